import { loadStructure } from '../../content';
import { asScenarioId, type ScenarioStructure } from '../../engine';
import { useProgressStore } from '../../stores/progress-store';
import type { ScenarioCache } from './scenario-cache';
import { decodeProgress, vignettesIn } from './suspend-data/suspend-data-codec';

const memoryOnly = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

/**
 * Makes the LMS the only keeper of progress for this launch: the browser's own saved progress is
 * set aside (it may be another learner's on a shared computer, or another course's on the same
 * LMS site) and the progress the LMS kept is loaded in its place. Unreadable LMS data starts
 * afresh and tells the learner so, like unreadable browser storage does.
 */
export async function restoreProgress(text: string, scenarios: ScenarioCache) {
  useProgressStore.persist.setOptions({ storage: memoryOnly });
  const mentioned = vignettesIn(text);
  const current = await scenarios.getAll(mentioned.map((m) => m.id));
  // Each vignette at the version the text was written on: the current one, or an archived one.
  const structures = new Map<string, ScenarioStructure>();
  for (const { id, version } of mentioned) {
    const scenario = current.get(id);
    const structure = scenario?.version === version ? scenario : await loadStructure(asScenarioId(id), version);
    if (structure) structures.set(id, structure);
  }
  const result = decodeProgress(text, structures);
  if (!result.ok) {
    useProgressStore.setState({ inProgress: {}, completed: {}, notice: 'storage-reset' });
    return result;
  }
  useProgressStore.setState({ ...result.progress, notice: null });
  return result;
}
