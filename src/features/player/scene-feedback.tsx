import { useTranslation } from 'react-i18next';
import { AnnotatedScene } from '../../components/annotated-scene';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { Locale, OptionId, ScenarioText, Scene, UnitId } from '../../engine';

type Props = {
  scene: Scene;
  text: ScenarioText;
  locale: Locale;
  flags: readonly UnitId[];
  choice?: OptionId | undefined;
  onContinue: () => void;
};

// "You saw 2 of the 3 signals here; once you marked something that is no signal on its own."
function countsKey(signals: number, falseAlarms: number) {
  if (signals === 0) return falseAlarms === 0 ? 'feedback.noSignalsNone' : 'feedback.noSignals';
  return falseAlarms === 0 ? 'feedback.countsNone' : 'feedback.counts';
}

/**
 * Practice mode, right after a scene: the scene's own text again with what the learner caught,
 * missed and wrongly marked, each explained in place; then the chosen option's consequence.
 */
export function SceneFeedback({ scene, text, locale, flags, choice, onContinue }: Props) {
  const { t } = useTranslation('player');
  const heading = useFocusHeading<HTMLHeadingElement>(scene.id);
  const sceneText = text.scenes[scene.id];
  const marked = new Set(flags);
  const signals = scene.fragments.filter((f) => f.kind === 'signal');
  const hits = signals.filter((f) => marked.has(f.id)).length;
  const falseAlarms = [...scene.fragments.filter((f) => f.kind === 'distractor').map((f) => f.id), ...scene.neutrals].filter((id) => marked.has(id)).length;
  const option = scene.type === 'decide' ? scene.options.find((o) => o.id === choice) : undefined;
  if (!sceneText) return null;
  return (
    <section className="scene-feedback" aria-labelledby="scene-feedback-heading">
      <h2 id="scene-feedback-heading" ref={heading} tabIndex={-1}>
        {t('feedback.heading', { scene: sceneText.heading })}
      </h2>
      <p className="lead">{t(countsKey(signals.length, falseAlarms), { hits, signals: signals.length, count: falseAlarms })}</p>
      <p className="how-to">{t('feedback.intro')}</p>
      <AnnotatedScene scene={scene} text={sceneText} explanations={text.fragments} flags={flags} locale={locale} open />
      {option && (
        <div className={`notice quality-${option.quality}`}>
          <p>
            <strong>{t('feedback.chosen', { label: sceneText.options?.[option.id]?.label ?? '' })}</strong>{' '}
            <span className="badge">{t(`feedback.quality.${option.quality}`)}</span>
          </p>
          <p>{sceneText.options?.[option.id]?.feedback}</p>
        </div>
      )}
      <p className="actions">
        <button type="button" className="button" onClick={onContinue}>
          {t('feedback.continue')}
        </button>
      </p>
    </section>
  );
}
