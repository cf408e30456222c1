import type { Assignment, AssignmentScore } from '../../records';
import { loadScenario } from '../../content';
import { asScenarioId, type AttemptRecord, type Scenario, type ScenarioId } from '../../engine';
import type { AssignmentEntry } from '../../stores/assignment-store';
import { useAsync } from '../../components/use-async';
import { certificateCourse, type CertifiedVignette } from './build-certificate';
import { certificateAttempts } from './counts-toward-certificate';

/** An assignment the learner passed under the one pass rule with attempts that count. */
export type PassedAssignment = { key: string; assignment: Assignment; vignettes: CertifiedVignette[]; score: AssignmentScore };

export type CertificateOptions = {
  /** Self-paced: every vignette with a counting attempt, and its latest score. */
  selfPaced: CertifiedVignette[];
  assignments: PassedAssignment[];
  /** Assignments passed only with attempts that do not count (feedback after each scene). */
  practiceOnly: Assignment[];
};

export type OptionsLoad = { status: 'loading' } | { status: 'error' } | ({ status: 'ready' } & CertificateOptions);

/** What the learner can get a certificate for, every score recomputed from the recorded answers. */
export function certificateOptions(
  completed: Record<string, AttemptRecord[]>,
  entries: Record<string, AssignmentEntry>,
  passMark: number,
  scenarios: ReadonlyMap<ScenarioId, Scenario>,
): CertificateOptions {
  const own = certificateAttempts(Object.values(completed).flat());
  const selfPaced = certificateCourse({ scenarios: [...scenarios.keys()], passMark }, own, scenarios).vignettes;
  const assignments: PassedAssignment[] = [];
  const practiceOnly: Assignment[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const { assignment } = entry.signed;
    const counted = certificateCourse(assignment, certificateAttempts(entry.attempts), scenarios);
    if (counted.score.passed) assignments.push({ key, assignment, ...counted });
    else if (certificateCourse(assignment, entry.attempts, scenarios).score.passed) practiceOnly.push(assignment);
  }
  return { selfPaced, assignments, practiceOnly };
}

/**
 * Loads every vignette involved (each its own chunk) to recompute the scores; storage holds none.
 */
export function useCertificateOptions(completed: Record<string, AttemptRecord[]>, entries: Record<string, AssignmentEntry>, passMark: number) {
  const { state, retry } = useAsync(async () => {
    const ids = new Set([
      ...Object.keys(completed).filter((id) => (completed[id]?.length ?? 0) > 0),
      ...Object.values(entries).flatMap((entry) => (entry.attempts.length > 0 ? entry.signed.assignment.scenarios : [])),
    ]);
    const loaded = await Promise.all([...ids].map((id) => loadScenario(asScenarioId(id)).catch(() => undefined)));
    const scenarios = new Map(loaded.filter((s): s is Scenario => s !== undefined).map((s) => [s.id, s]));
    return certificateOptions(completed, entries, passMark, scenarios);
  }, [completed, entries, passMark]);
  const load: OptionsLoad = state.status === 'ready' ? { status: 'ready', ...state.value } : state.status === 'error' ? { status: 'error' } : { status: 'loading' };
  return { load, retry };
}
