import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/assignment.json';
import nl from '../../../content/locales/nl/assignment.json';
import { useFocusHeading } from '../../components/use-focus-heading';
import { findIndicator } from '../../content/reference';
import type { FragmentId, OptionId, ScenarioText, Scene, UnitId } from '../../engine';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { toLocale } from '../../i18n/setup-i18n';

type Props = { scene: Scene; text: ScenarioText; flags: readonly UnitId[]; choice?: OptionId | undefined; onContinue: () => void };

/**
 * Feedback right after a scene (assignments that ask for it): each fragment of the scene, whether
 * it was a signal, whether the learner marked it, and why; then the chosen option's feedback.
 */
export function SceneFeedback({ scene, text, flags, choice, onContinue }: Props) {
  useLazyNamespace('assignment', { nl, en });
  const { t, i18n } = useTranslation('assignment');
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>(scene.id);
  const sceneText = text.scenes[scene.id];
  const fragmentText = (id: FragmentId) => sceneText?.body.flat().find((s) => s.kind === 'fragment' && s.fragment === id)?.text ?? '';
  const option = scene.type === 'decide' ? scene.options.find((o) => o.id === choice) : undefined;
  return (
    <section className="scene-feedback" aria-labelledby="scene-feedback-heading">
      <h2 id="scene-feedback-heading" ref={heading} tabIndex={-1}>
        {t('sceneFeedback.heading', { scene: sceneText?.heading ?? '' })}
      </h2>
      {scene.fragments.length > 0 && (
        <ul className="outcome-list">
          {scene.fragments.map((fragment) => {
            const marked = flags.includes(fragment.id);
            const indicator = fragment.kind === 'signal' ? findIndicator(fragment.indicator) : undefined;
            const verdict =
              fragment.kind === 'signal'
                ? marked
                  ? 'signalMarked'
                  : 'signalMissed'
                : marked
                  ? 'distractorMarked'
                  : 'distractorLeft';
            return (
              <li key={fragment.id} className={`feedback-${verdict}`}>
                <q>{fragmentText(fragment.id)}</q>
                <p className="outcome-tag">
                  {t(`sceneFeedback.${verdict}`)}
                  {indicator && ` · ${t('sceneFeedback.indicator', { name: indicator.text[locale].name })}`}
                </p>
                <p>{text.fragments[fragment.id]}</p>
              </li>
            );
          })}
        </ul>
      )}
      {option && (
        <div className={`notice quality-${option.quality}`}>
          <p>
            <strong>{t('sceneFeedback.chosen', { label: sceneText?.options?.[option.id]?.label ?? '' })}</strong>{' '}
            <span className="badge">{t(`sceneFeedback.quality.${option.quality}`)}</span>
          </p>
          <p>{sceneText?.options?.[option.id]?.feedback}</p>
        </div>
      )}
      <p className="actions">
        <button type="button" className="button" onClick={onContinue}>
          {t('sceneFeedback.continue')}
        </button>
      </p>
    </section>
  );
}
