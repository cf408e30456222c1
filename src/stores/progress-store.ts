import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { findSummary } from '../content';
import type { AttemptRecord, LearnerEvent, ScenarioId } from '../engine';
import { entryOf, progressOf } from './progress-json';
import { createProgressSync, type ProgressSync, type SaveNotice } from './progress-sync';
import { PROGRESS_STORAGE_KEY } from './progress-key';
import type { PersistedProgress, Run } from './progress.types';

export { PROGRESS_STORAGE_KEY };
export const PROGRESS_VERSION = 2;

export type { InProgress, PersistedProgress, Run } from './progress.types';

/**
 * What the learner is told about their stored progress: how saving went (SaveNotice), or
 * 'storage-reset' when the progress an LMS kept could not be read and this launch started afresh.
 */
export type ProgressNotice = SaveNotice | 'storage-reset';

export type ProgressState = PersistedProgress & {
  notice: ProgressNotice | null;
  /** How many stored records the last load kept aside because they could not be read. */
  setAsideCount: number;
  /** Appends an event to a run; a run with another version, mode or seed starts a fresh log. */
  recordEvent: (scenario: ScenarioId, run: Run, event: LearnerEvent) => void;
  restart: (scenario: ScenarioId) => void;
  complete: (attempt: AttemptRecord) => void;
  dismissNotice: () => void;
};

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

/** A progress store kept in step with storage and with other tabs by `sync`. */
export function createProgressStore(sync: ProgressSync, playing: Set<string>) {
  // Settled when a load has been merged in, or has failed (the store then writes nothing over).
  let settle = () => {};
  const loaded = new Promise<void>((resolve) => (settle = resolve));
  const store = create<ProgressState>()(
    persist(
      (set) => ({
        ...empty(),
        notice: null,
        setAsideCount: 0,
        recordEvent: (scenario, run, event) => {
          playing.add(scenario);
          set((state) => {
            const existing = entryOf(state.inProgress, scenario);
            const same = existing?.contentVersion === run.contentVersion && existing.mode === run.mode && existing.seed === run.seed;
            const events = same ? existing.events : [];
            return { inProgress: { ...state.inProgress, [scenario]: { ...run, events: [...events, event] } } };
          });
        },
        restart: (scenario) => {
          playing.delete(scenario);
          set((state) => {
            const { [scenario]: _dropped, ...inProgress } = state.inProgress;
            return { inProgress };
          });
        },
        complete: (attempt) => {
          playing.delete(attempt.scenarioId);
          set((state) => {
            const { [attempt.scenarioId]: _done, ...inProgress } = state.inProgress;
            const history = entryOf(state.completed, attempt.scenarioId) ?? [];
            return { inProgress, completed: { ...state.completed, [attempt.scenarioId]: [...history, attempt] } };
          });
        },
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: sync.storage,
        partialize: (state): PersistedProgress => ({ inProgress: state.inProgress, completed: state.completed }),
        // The sync has read, migrated and checked the stored value already; what changed while it
        // was read is merged in. A load that finishes after the store was handed to an LMS (which
        // keeps the progress then) changes nothing.
        merge: (stored, current) =>
          sync.ownsStore()
            ? { ...current, ...sync.loaded(progressOf(current), stored as PersistedProgress | undefined), ...sync.loadOutcome() }
            : current,
        onRehydrateStorage: () => (_state, error) => {
          if (error === undefined) sync.afterLoad();
          settle();
        },
      },
    ),
  );
  sync.connect(store);
  return Object.assign(store, { whenLoaded: () => loaded });
}

// The vignettes this tab is playing: their walks are never rewritten by another tab's write.
const playing = new Set<string>();
const sync = createProgressSync({ key: PROGRESS_STORAGE_KEY, version: PROGRESS_VERSION, playing: () => playing });

export const useProgressStore = createProgressStore(sync, playing);

/** Whether this version of Signaal can show an attempt: its vignette is here, in that version or a later one. */
export const isReadableAttempt = (attempt: AttemptRecord) => {
  const summary = findSummary(attempt.scenarioId);
  return summary !== undefined && attempt.contentVersion <= summary.version;
};

/**
 * The latest completed attempt of a vignette that this version can show, if any. An attempt made
 * with a newer version of Signaal stays stored but counts nowhere until Signaal is updated.
 */
export const latestAttempt = (state: PersistedProgress, scenario: string) => entryOf(state.completed, scenario)?.findLast(isReadableAttempt);

/** Attempts kept for vignettes or versions this version of Signaal does not know. */
export const unknownAttempts = (state: PersistedProgress) => Object.values(state.completed).flat().filter((a) => !isReadableAttempt(a));
