import type { AttemptRecord } from '../../engine';

/**
 * Whether an attempt counts towards a certificate: only attempts played in assessment mode (no
 * feedback until the end) do; a practice attempt taught the answers along the way. The one place
 * this is decided. Records made before modes existed read as assessment, and attempts stored for
 * an assignment without a mode took the assignment's feedback mode when they were read.
 */
export const countsTowardCertificate = (attempt: AttemptRecord): boolean => attempt.mode === 'assessment';

/** The attempts of a list that count towards a certificate, in their order. */
export const certificateAttempts = (attempts: readonly AttemptRecord[]) => attempts.filter(countsTowardCertificate);
