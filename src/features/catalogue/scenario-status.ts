import type { ScenarioSummary } from '../../engine';
import type { PersistedProgress } from '../../stores/progress-store';

export type ScenarioStatus =
  | { kind: 'new' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; attempts: number };

/**
 * Where the learner stands with one vignette, read from stored progress: an attempt counts when it
 * was made on this version of the vignette or an earlier one (a newer one, from another device's
 * newer build, is kept but not shown).
 */
export function statusOf(progress: PersistedProgress, scenario: ScenarioSummary): ScenarioStatus {
  if (progress.inProgress[scenario.id]?.contentVersion === scenario.version) return { kind: 'in-progress' };
  const attempts = Object.hasOwn(progress.completed, scenario.id) ? (progress.completed[scenario.id] ?? []) : [];
  if (attempts.some((attempt) => attempt.contentVersion <= scenario.version)) return { kind: 'completed', attempts: attempts.length };
  return { kind: 'new' };
}
