import type { AttemptRecord, LearnerEvent } from '../engine';

/** A vignette's walk in progress: the learner's events so far, on one version of its content. */
export type InProgress = { contentVersion: number; events: LearnerEvent[] };

/** What is kept of a learner's progress: walks in progress and finished attempts, per vignette. */
export type PersistedProgress = {
  inProgress: Record<string, InProgress>;
  completed: Record<string, AttemptRecord[]>;
};
