import type { AttemptRecord } from '../../../engine';

export type AttemptMode = 'practice' | 'assessment';

/**
 * The mode an attempt was played in (practice: feedback after each scene; assessment: feedback at
 * the end), reported to the LMS and LRS next to its score. Undefined for attempt records that do
 * not carry it yet.
 * TODO: read `attempt.mode` directly once attempt record v2 (with `mode`) is in src/engine.
 */
export function attemptMode(attempt: AttemptRecord): AttemptMode | undefined {
  const mode: unknown = (attempt as { mode?: unknown }).mode;
  return mode === 'practice' || mode === 'assessment' ? mode : undefined;
}
