import type { ScenarioSummary } from '../../engine';
import { latestAttempt, type PersistedProgress } from '../../stores/progress-store';

export type ScenarioStatus =
  | { kind: 'new' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; attempts: number };

/** Where the learner stands with one vignette, read from stored progress. */
export function statusOf(progress: PersistedProgress, scenario: ScenarioSummary): ScenarioStatus {
  if (progress.inProgress[scenario.id]?.contentVersion === scenario.version) return { kind: 'in-progress' };
  if (latestAttempt(progress, scenario.id)) return { kind: 'completed', attempts: progress.completed[scenario.id]?.length ?? 0 };
  return { kind: 'new' };
}
