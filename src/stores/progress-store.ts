import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttemptRecord, LearnerEvent, Mode, ScenarioId } from '../engine';
import { PersistedProgressSchema, migrateProgressV1, toPersistedProgress } from './progress.schema';
import { createSafeStorage } from './safe-storage';

export const PROGRESS_STORAGE_KEY = 'signaal.progress';
export const PROGRESS_VERSION = 2;

/** How a vignette is being played: its content version, mode and option-order seed. */
export type Run = { contentVersion: number; mode: Mode; seed: number };

export type InProgress = Run & { events: LearnerEvent[] };

export type PersistedProgress = {
  inProgress: Record<string, InProgress>;
  completed: Record<string, AttemptRecord[]>;
};

export type ProgressState = PersistedProgress & {
  /** Set when stored progress was unreadable and the app started afresh. */
  notice: 'storage-reset' | null;
  /** Appends an event to a run; a run with another version, mode or seed starts a fresh log. */
  recordEvent: (scenario: ScenarioId, run: Run, event: LearnerEvent) => void;
  restart: (scenario: ScenarioId) => void;
  complete: (attempt: AttemptRecord) => void;
  /** Replaces all progress, e.g. with an imported file. */
  replaceAll: (progress: PersistedProgress) => void;
  dismissNotice: () => void;
};

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

/**
 * Brings stored progress of an older version up to the current one; each version adds a step here
 * and a frozen fixture of the old shape in tests/fixtures.
 */
export function migrateProgress(stored: unknown, version: number): unknown {
  return version === 1 ? migrateProgressV1(stored) : stored;
}

/** Validates rehydrated progress; anything unusable becomes a fresh start with a notice. */
export function mergeProgress(stored: unknown, current: ProgressState): ProgressState {
  if (stored === undefined || stored === null) return current;
  const parsed = PersistedProgressSchema.safeParse(stored);
  if (!parsed.success) return { ...current, ...empty(), notice: 'storage-reset' };
  return { ...current, ...toPersistedProgress(parsed.data) };
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      ...empty(),
      notice: null,
      recordEvent: (scenario, run, event) =>
        set((state) => {
          const existing = state.inProgress[scenario];
          const same = existing?.contentVersion === run.contentVersion && existing.mode === run.mode && existing.seed === run.seed;
          const events = same ? existing.events : [];
          return { inProgress: { ...state.inProgress, [scenario]: { ...run, events: [...events, event] } } };
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
