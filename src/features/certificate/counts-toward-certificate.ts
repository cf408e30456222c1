import type { Assignment } from '../../records';
import type { AttemptRecord } from '../../engine';

/**
 * Whether an attempt counts towards a certificate: only attempts played in assessment mode
 * (feedback at the end) do. The one place this is decided.
 *
 * Until attempt records carry their own mode, the rule for records made before modes existed
 * applies: an assignment's attempts have its feedback mode ('end' = assessment), and self-paced
 * attempts count as assessment.
 */
export function countsTowardCertificate(_attempt: AttemptRecord, assignment?: Pick<Assignment, 'feedback'>): boolean {
  return assignment === undefined || assignment.feedback === 'end';
}

/** The attempts of a list that count towards a certificate, in their order. */
export const certificateAttempts = (attempts: readonly AttemptRecord[], assignment?: Pick<Assignment, 'feedback'>) =>
  attempts.filter((attempt) => countsTowardCertificate(attempt, assignment));
