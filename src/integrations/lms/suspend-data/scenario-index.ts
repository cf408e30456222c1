import type { FragmentId, OptionId, ScenarioStructure, SceneId, UnitId } from '../../../engine';
import { unitsOf } from '../../../records';

/**
 * A vignette's ids in a fixed order, so progress can be stored as small numbers. The order comes
 * from the content of one version; an index is only ever read back against that same version.
 */
export type ScenarioIndex = {
  id: string;
  version: number;
  scenes: SceneId[];
  /** Version 1 of suspend_data numbered fragments only. */
  fragments: FragmentId[];
  /** Every markable unit: fragments, then neutral units (the shared attempt encoding's order). */
  units: UnitId[];
  options: OptionId[];
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** Lists a vignette's scenes, units and options in content order. */
export function indexScenario(scenario: ScenarioStructure): ScenarioIndex {
  return {
    id: scenario.id,
    version: scenario.version,
    scenes: scenario.scenes.map((s) => s.id),
    fragments: unique(scenario.scenes.flatMap((s) => s.fragments.map((f) => f.id))),
    units: unique(unitsOf(scenario)),
    options: unique(scenario.scenes.flatMap((s) => (s.type === 'decide' ? s.options.map((o) => o.id) : []))),
  };
}
