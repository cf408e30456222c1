import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode, ScenarioBriefing, ScenarioSummary } from '../../engine';

type Props = {
  summary: ScenarioSummary;
  text: ScenarioBriefing[keyof ScenarioBriefing];
  /** The mode an assignment fixed; without it the learner chooses (practice unless they pick otherwise). */
  fixedMode: Mode | undefined;
  onStart: (mode: Mode) => void;
  backHref: string;
};

/** The content warning every learner reads before a vignette starts, and the choice of mode. */
export function Briefing({ summary, text, fixedMode, onStart, backHref }: Props) {
  const { t } = useTranslation('briefing');
  const [mode, setMode] = useState<Mode>(fixedMode ?? 'practice');
  const name = useId();
  return (
    <div className="briefing">
      <h2>{t('warning.heading')}</h2>
      <p className="lead">{text.summary}</p>
      <div className="notice notice-warning">
        <p>
          <strong>{t(`warning.level.${summary.warning}`)}</strong>
        </p>
        <p>{text.contentWarning}</p>
        <p>{t('warning.exit')}</p>
      </div>
      <p>{t('warning.minutes', { count: summary.minutes })}</p>
      {fixedMode ? (
        <p className="notice">{t(`mode.fixed.${fixedMode}`)}</p>
      ) : (
        <fieldset className="mode-choice">
          <legend>{t('mode.legend')}</legend>
          {(['practice', 'assessment'] as const).map((option) => (
            <label key={option} className="option">
              <input type="radio" name={name} value={option} checked={mode === option} onChange={() => setMode(option)} />
              <span>
                <strong>{t(`mode.${option}`)}</strong>
                <span className="hint">{t(`mode.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="actions">
        <button type="button" className="button" onClick={() => onStart(mode)}>
          {t('warning.continue')}
        </button>
        <a className="button button-secondary" href={backHref}>
          {t('warning.back')}
        </a>
      </p>
    </div>
  );
}
