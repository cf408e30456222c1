import { asScenarioId, type ScenarioCodes } from '../engine';

/** A lookup both ways over (number, vignette id) pairs: every number issued, and this build's. */
export function createScenarioCodes(pairs: readonly (readonly [number, string])[]): ScenarioCodes {
  const byCode = new Map(pairs.map(([code, id]) => [code, asScenarioId(id)]));
  const byId = new Map(pairs.map(([code, id]) => [id, code]));
  return { codeOf: (id) => byId.get(id), idOf: (code) => byCode.get(code) };
}
