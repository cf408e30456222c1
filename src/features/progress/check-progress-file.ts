import { findSummary, loadStructure } from '../../content';
import type { AttemptRecord, ScenarioId, ScenarioStructure } from '../../engine';
import { isPossibleAttempt } from '../../records';
import { entryOf } from '../../stores/progress-json';
import { canonicalJson } from '../../stores/progress-merge';
import { latestAttempt, type PersistedProgress } from '../../stores/progress-store';

/** What adding a progress file would do, counted for the learner before and after. */
export type ImportPlan = {
  /** The file's progress that may be added: possible attempts, kept unknown ones, takeable walks. */
  progress: PersistedProgress;
  /** Finished attempts in the file that can be read. */
  attempts: number;
  /** Of those: new here and shown. */
  added: number;
  /** Already in this browser. */
  alreadyHere: number;
  /** For a vignette or version this Signaal does not know: kept, shown once Signaal is updated. */
  kept: number;
  /** Not a walk the vignette allows (edited or damaged): left out. */
  impossible: number;
  /** Records of the file that could not be read at all: left out. */
  unreadable: number;
  /** Vignettes finished here before whose latest attempt becomes one from the file. */
  newLatest: number;
  /** Walks in progress taken from the file (only where none is in progress here). */
  walksAdded: number;
  /** Walks in progress left in the file: one is in progress here already, or not for this version. */
  walksLeft: number;
};

type Check = 'shown' | 'kept' | 'impossible';

/**
 * Checks each attempt of a decoded progress file against the vignette it names: one this Signaal
 * knows, in its current or an archived version, is replayed and kept only if it is a possible
 * walk; one for a vignette or a version this Signaal does not have is kept as it is and counted.
 * Rejects when a vignette cannot be loaded (a network error), so the learner can try again.
 */
export async function planImport(
  file: PersistedProgress,
  unreadable: number,
  current: PersistedProgress,
  load: (id: ScenarioId, version: number) => Promise<ScenarioStructure | undefined> = loadStructure,
): Promise<ImportPlan> {
  const attempts = Object.values(file.completed).flat();
  const at = (attempt: AttemptRecord) => `${attempt.scenarioId}@${attempt.contentVersion}`;
  const known = new Map(attempts.filter((a) => findSummary(a.scenarioId) !== undefined).map((a) => [at(a), a] as const));
  const loaded = new Map(await Promise.all([...known].map(async ([key, a]) => [key, await load(a.scenarioId, a.contentVersion)] as const)));
  const check = (attempt: AttemptRecord): Check => {
    const structure = loaded.get(at(attempt));
    // Only a version this build has (current or archived) can be replayed; any other is kept, unshown, as it is.
    if (!structure) return 'kept';
    return isPossibleAttempt(structure, attempt) ? 'shown' : 'impossible';
  };
  const checked = attempts.map((attempt) => ({ attempt, kind: check(attempt) }));
  const usable = checked.filter((c) => c.kind !== 'impossible');
  // Counted as addImported adds them: each attempt once, unless this browser has it already.
  const here = new Map<string, number>();
  for (const attempt of Object.values(current.completed).flat()) here.set(canonicalJson(attempt), (here.get(canonicalJson(attempt)) ?? 0) + 1);
  const counts = { added: 0, alreadyHere: 0, kept: 0 };
  const newLatest = new Set<string>();
  for (const { attempt, kind } of usable) {
    const left = here.get(canonicalJson(attempt)) ?? 0;
    if (left > 0) here.set(canonicalJson(attempt), left - 1);
    const counted = left > 0 ? 'alreadyHere' : kind === 'kept' ? 'kept' : 'added';
    counts[counted] += 1;
    if (counted === 'added' && latestAttempt(current, attempt.scenarioId)) newLatest.add(attempt.scenarioId);
  }
  const completed = Object.fromEntries(
    Object.keys(file.completed)
      .map((id) => [id, usable.filter((c) => c.attempt.scenarioId === id).map((c) => c.attempt)] as const)
      .filter(([, list]) => list.length > 0),
  );
  const takeable = Object.entries(file.inProgress).filter(
    ([id, walk]) => entryOf(current.inProgress, id) === undefined && findSummary(id)?.version === walk.contentVersion,
  );
  return {
    progress: { inProgress: Object.fromEntries(takeable), completed },
    attempts: attempts.length,
    ...counts,
    newLatest: newLatest.size,
    impossible: checked.length - usable.length,
    unreadable,
    walksAdded: takeable.length,
    walksLeft: Object.keys(file.inProgress).length - takeable.length,
  };
}
