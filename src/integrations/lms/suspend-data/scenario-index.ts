import type { OptionId, Scenario, SceneId, UnitId } from '../../../engine';

/**
 * A vignette's ids in a fixed order, so progress can be stored as small numbers. The order comes
 * from the content of one version; an index is only ever read back against that same version.
 */
export type ScenarioIndex = {
  id: string;
  version: number;
  scenes: SceneId[];
  fragments: UnitId[];
  options: OptionId[];
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** Lists a vignette's scenes, fragments and options in content order. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  return {
    id: scenario.id,
    version: scenario.version,
    scenes: scenario.scenes.map((s) => s.id),
    fragments: unique(scenario.scenes.flatMap((s) => s.fragments.map((f) => f.id))),
    options: unique(scenario.scenes.flatMap((s) => (s.type === 'decide' ? s.options.map((o) => o.id) : []))),
  };
}
