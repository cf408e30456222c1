import type { AttemptRecord, LearnerEvent, Mode } from '../engine';

/** How a vignette is being played: its content version, mode and option-order seed. */
export type Run = { contentVersion: number; mode: Mode; seed: number };

/** A vignette's walk in progress: the learner's events so far, in one run. */
export type InProgress = Run & { events: LearnerEvent[] };

/** What is kept of a learner's progress: walks in progress and finished attempts, per vignette. */
export type PersistedProgress = {
  inProgress: Record<string, InProgress>;
  completed: Record<string, AttemptRecord[]>;
};
