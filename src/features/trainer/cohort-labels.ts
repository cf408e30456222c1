import { findIndicator } from '../../content/reference';
import type { FragmentId, IndicatorId, Locale, OptionId, Scenario, ScenarioId, SceneId } from '../../engine';

/** The words a trainer reads for the ids in a cohort, in one language. */
export type CohortLabels = ReturnType<typeof cohortLabels>;

/** Looks up titles, indicator names, fragment texts and option labels in the content. */
export function cohortLabels(scenarios: ReadonlyMap<ScenarioId, Scenario>, locale: Locale) {
  const text = (id: ScenarioId) => scenarios.get(id)?.text[locale];
  return {
    vignette: (id: ScenarioId) => text(id)?.title ?? id,
    indicator: (id: IndicatorId) => findIndicator(id)?.text[locale].name ?? id,
    fragment: (id: ScenarioId, scene: SceneId, fragment: FragmentId) =>
      text(id)
        ?.scenes[scene]?.body.flat()
        .find((s) => s.kind === 'fragment' && s.fragment === fragment)?.text ?? fragment,
    question: (id: ScenarioId, scene: SceneId) => text(id)?.scenes[scene]?.question ?? text(id)?.scenes[scene]?.heading ?? scene,
    option: (id: ScenarioId, scene: SceneId, option: OptionId) => text(id)?.scenes[scene]?.options?.[option]?.label ?? option,
  };
}
