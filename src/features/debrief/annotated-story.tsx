import { useTranslation } from 'react-i18next';
import { AnnotatedScene, AnnotationLegend } from '../../components/annotated-scene';
import type { AttemptRecord, Locale, Scenario, ScenarioText, Scene, UnitId } from '../../engine';

type Props = { scenario: Scenario; attempt: AttemptRecord; text: ScenarioText; locale: Locale };

// What happened in a scene, in a few words: signals seen and missed, things wrongly marked.
function tally(scene: Scene, flags: readonly UnitId[]) {
  const marked = new Set(flags);
  const signals = scene.fragments.filter((f) => f.kind === 'signal');
  const hits = signals.filter((f) => marked.has(f.id)).length;
  const noise = [...scene.fragments.filter((f) => f.kind === 'distractor').map((f) => f.id), ...scene.neutrals];
  return { hits, misses: signals.length - hits, wrong: noise.filter((id) => marked.has(id)).length };
}

/**
 * The story of the learner's route, one disclosure per scene that says in its summary what
 * happened there; opened, the scene's own text annotated in place with what they did.
 */
export function AnnotatedStory({ scenario, attempt, text, locale }: Props) {
  const { t } = useTranslation('debrief');
  const scenes = attempt.path.flatMap((id) => {
    const scene = scenario.scenes.find((s) => s.id === id);
    const sceneText = text.scenes[id];
    return scene && sceneText ? [{ scene, sceneText }] : [];
  });
  return (
    <section aria-labelledby="story-heading" className="story">
      <h2 id="story-heading">{t('story.heading')}</h2>
      <p>{t('story.intro')}</p>
      <AnnotationLegend />
      {scenes.map(({ scene, sceneText }) => {
        const choice = attempt.choices.find((c) => c.scene === scene.id);
        return (
          <details key={scene.id} className="story-scene">
            <summary>
              <span className="story-scene-heading">{sceneText.heading}</span> <span className="story-tally">{t('story.tally', tally(scene, attempt.flags))}</span>
            </summary>
            <AnnotatedScene scene={scene} text={sceneText} explanations={text.fragments} flags={attempt.flags} locale={locale} />
            {choice && <p className="notice">{t('story.yourChoice', { label: sceneText.options?.[choice.option]?.label ?? '' })}</p>}
          </details>
        );
      })}
    </section>
  );
}
