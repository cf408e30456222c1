import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttemptRecord, LearnerEvent, ScenarioId } from '../engine';
import { PersistedProgressSchema } from './progress.schema';
import { createSafeStorage } from './safe-storage';

export const PROGRESS_STORAGE_KEY = 'signaal.progress';
export const PROGRESS_VERSION = 1;

export type InProgress = { contentVersion: number; events: LearnerEvent[] };

export type PersistedProgress = {
  inProgress: Record<string, InProgress>;
  completed: Record<string, AttemptRecord[]>;
};

export type ProgressState = PersistedProgress & {
  /** Set when stored progress was unreadable and the app started afresh. */
  notice: 'storage-reset' | null;
  recordEvent: (scenario: ScenarioId, contentVersion: number, event: LearnerEvent) => void;
  restart: (scenario: ScenarioId) => void;
  complete: (attempt: AttemptRecord) => void;
  /** Replaces all progress, e.g. with an imported file. */
  replaceAll: (progress: PersistedProgress) => void;
  dismissNotice: () => void;
};

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

/**
 * Brings stored progress of an older version up to the current one. Version 1 is the first; a
 * new version adds a step here and a frozen fixture of the old shape in tests/fixtures.
 */
export function migrateProgress(stored: unknown, version: number): unknown {
  if (version === PROGRESS_VERSION) return stored;
  return stored;
}

/** Validates rehydrated progress; anything unusable becomes a fresh start with a notice. */
export function mergeProgress(stored: unknown, current: ProgressState): ProgressState {
  if (stored === undefined || stored === null) return current;
  const parsed = PersistedProgressSchema.safeParse(stored);
  if (!parsed.success) return { ...current, ...empty(), notice: 'storage-reset' };
  return { ...current, ...(parsed.data as PersistedProgress) };
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      ...empty(),
      notice: null,
      recordEvent: (scenario, contentVersion, event) =>
        set((state) => {
          const existing = state.inProgress[scenario];
          const events = existing?.contentVersion === contentVersion ? existing.events : [];
          return { inProgress: { ...state.inProgress, [scenario]: { contentVersion, events: [...events, event] } } };
        }),
      restart: (scenario) =>
        set((state) => {
          const { [scenario]: _dropped, ...inProgress } = state.inProgress;
          return { inProgress };
        }),
      complete: (attempt) =>
        set((state) => {
          const { [attempt.scenarioId]: _done, ...inProgress } = state.inProgress;
          const history = state.completed[attempt.scenarioId] ?? [];
          return { inProgress, completed: { ...state.completed, [attempt.scenarioId]: [...history, attempt] } };
        }),
      replaceAll: (progress) => set({ inProgress: progress.inProgress, completed: progress.completed, notice: null }),
      dismissNotice: () => set({ notice: null }),
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<unknown>(),
      partialize: (state): PersistedProgress => ({ inProgress: state.inProgress, completed: state.completed }),
      migrate: migrateProgress,
      merge: (stored, current) => mergeProgress(stored, current),
    },
  ),
);

/** The latest completed attempt of a vignette, if any. */
export const latestAttempt = (state: PersistedProgress, scenario: string) => state.completed[scenario]?.at(-1);
