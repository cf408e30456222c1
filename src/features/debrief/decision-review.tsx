import { useTranslation } from 'react-i18next';
import type { DecisionResult, ScenarioText } from '../../engine';

/** Each decision taken, its quality, and the feedback that explains it. */
export function DecisionReview({ decisions, text }: { decisions: DecisionResult[]; text: ScenarioText }) {
  const { t } = useTranslation('debrief');
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('decisions.heading')}</h2>
      {decisions.map((decision) => {
        const option = text.scenes[decision.scene]?.options?.[decision.option];
        return (
          <div key={`${decision.scene}-${decision.option}`} className={`decision-review quality-${decision.quality}`}>
            <p>
              {t('decisions.chosen', { label: option?.label ?? '' })} <strong className="badge">{t(`decisions.${decision.quality}`)}</strong>
            </p>
            {decision.quality === 'harmful' && (
              <p className="notice notice-error">
                <strong>{t('decisions.harmfulCallout')}</strong>
              </p>
            )}
            <p>{option?.feedback}</p>
          </div>
        );
      })}
    </section>
  );
}
