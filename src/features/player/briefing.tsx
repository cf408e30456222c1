import { useTranslation } from 'react-i18next';
import type { Scenario, ScenarioText } from '../../engine';

type Props = { scenario: Scenario; text: ScenarioText; onStart: () => void; backHref: string };

/** The content warning every learner reads before a vignette starts. */
export function Briefing({ scenario, text, onStart, backHref }: Props) {
  const { t } = useTranslation('player');
  return (
    <div className="briefing">
      <h2>{t('warning.heading')}</h2>
      <p className="lead">{text.summary}</p>
      <div className="notice notice-warning">
        <p>
          <strong>{t(`warning.level.${scenario.warning}`)}</strong>
        </p>
        <p>{text.contentWarning}</p>
        <p>{t('warning.exit')}</p>
      </div>
      <p>{t('warning.minutes', { count: scenario.minutes })}</p>
      <p className="actions">
        <button type="button" className="button" onClick={onStart}>
          {t('warning.continue')}
        </button>
        <a className="button button-secondary" href={backHref}>
          {t('warning.back')}
        </a>
      </p>
    </div>
  );
}
