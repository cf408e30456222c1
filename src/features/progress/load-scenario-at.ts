import { loadScenario, loadStructure } from '../../content';
import type { Scenario, ScenarioId } from '../../engine';

/**
 * A vignette as it was at a content version, to replay and rescore an attempt made on it: the
 * current vignette, or an older version's archived structure with the vignette's current title and
 * text; undefined when that version is not here (a newer one, say). Rejects when loading fails.
 */
export async function loadScenarioAt(id: ScenarioId, version: number): Promise<Scenario | undefined> {
  const current = await loadScenario(id);
  if (current.version === version) return current;
  const archived = await loadStructure(id, version);
  return archived && { ...current, version: archived.version, start: archived.start, scenes: archived.scenes };
}
