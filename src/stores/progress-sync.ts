import type { PersistStorage } from 'zustand/middleware';
import { syncOwnsStore } from './progress-sync-owner';
import type { SyncCore, SyncedStore, SyncOptions } from './progress-sync.types';
import type { PersistedProgress } from './progress.types';

export type { SaveNotice } from './progress-sync.types';
import type * as Repairs from './progress-sync-repair';

type Repair = typeof Repairs;

// Reading, checking, writing and merging stored progress is done by code fetched after the first
// page (with the schemas it reads through), so the first page stays light: a first visit, with
// nothing stored, needs none of it; a later visit waits for it before the first screen is shown
// (whenLoaded), and a write made before it arrives is made as soon as it does.
let repair: Repair | undefined;
let fetching: Promise<Repair> | undefined;
/** Fetches the repair path (also at start-up, so that it is normally here before it is needed). */
export const loadRepair = () =>
  (fetching ??= import('./progress-sync-repair').then(
    (module) => (repair = module),
    (error: unknown) => {
      // Fetched again by the next call (the next write, the next load).
      fetching = undefined;
      throw error;
    },
  ));

/**
 * Fetches the repair path once the first screen is up (main.tsx calls this after it has rendered),
 * in the task after it, so that fetching it never holds that screen up: stored progress fetches it
 * at once to be read; with nothing stored it is here before a learner can have read that screen
 * and made a change. Not later (at an idle moment after the load event, as before): a change made
 * earlier waits for it, and a page left in between lost that change. A failure is met again by the
 * job that needs it.
 */
export const prefetchRepair = () => setTimeout(() => void loadRepair().catch(() => undefined), 0);

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

/**
 * Keeps the progress store and localStorage in step, for zustand's persist:
 * - loading reads the stored value record by record; what cannot be read is kept aside under its
 *   own key first;
 * - every write checks whether another tab wrote meanwhile and then merges with it, so two tabs
 *   never overwrite each other, and another tab's write refreshes this one (`storage` event);
 * - all of this is in progress-sync-repair.ts, fetched to read what is stored; with nothing stored,
 *   nothing waits for it, and it is fetched once the first screen is up;
 * - a value written by a newer version is never overwritten: changes stay in memory;
 * - a refused write is said at once and retried on the next change and when the page is hidden
 *   or shown again.
 */
export function createProgressSync(options: SyncOptions) {
  const core: SyncCore = {
    options,
    base: empty(),
    lastRaw: null,
    readOnly: false,
    failing: false,
    pendingAside: [],
    loadOutcome: { notice: null, setAsideCount: 0 },
    store: undefined,
    persistStorage: undefined as unknown as PersistStorage<PersistedProgress>,
    applying: false,
    loading: false,
    changedWhileLoading: false,
    loadFailed: false,
  };
  // Runs a job of the repair path: at once when it is here (fetched to read what is stored, or once
  // the first screen is up), else as soon as it arrives; when it cannot be fetched, `missing` says
  // what that means.
  const withRepair = (job: (module: Repair) => void, missing = () => {}) => (repair ? job(repair) : void loadRepair().then(job, missing));
  // Saving cannot happen without the repair path: said like any refused save, and retried the same way.
  const saveFailed = () => {
    core.failing = true;
    if (!core.store || core.store.getState().notice === 'save-failed') return;
    core.applying = true;
    try {
      core.store.setState({ notice: 'save-failed' });
    } finally {
      core.applying = false;
    }
  };

  core.persistStorage = {
    getItem(name) {
      core.readOnly = core.failing = false;
      core.pendingAside = [];
      core.loadOutcome = { notice: null, setAsideCount: 0 };
      let raw: string | null = null;
      try {
        raw = (options.storage ? options.storage() : localStorage)?.getItem(name) ?? null;
      } catch {
        // Storage that cannot be read counts as empty here; the first write then says it failed.
      }
      core.base = empty();
      core.lastRaw = raw;
      if (raw === null) return null;
      // Nothing is written until the stored value is read and what cannot be read is kept aside.
      core.readOnly = core.loading = true;
      return repair
        ? repair.loadRecordByRecord(core, raw)
        : loadRepair().then(
            (module) => module.loadRecordByRecord(core, raw),
            (error: unknown) => {
              core.loadFailed = true;
              throw error;
            },
          );
    },
    setItem() {
      if (core.applying) return;
      // A change made while stored progress is still being read is written once it is merged in.
      if (core.loading) {
        core.changedWhileLoading = true;
        // The repair path did not arrive for the load: the change fetches it again and loads again.
        if (core.loadFailed) {
          core.loadFailed = false;
          void core.store?.persist.rehydrate();
        }
      } else withRepair((module) => module.write(core));
    },
    // Forgets the stored progress (zustand's clearStorage), at once: erasing needs no repair path.
    removeItem(name) {
      try {
        (options.storage ? options.storage() : localStorage)?.removeItem(name);
      } catch {
        // Nothing stored can be removed: nothing to do.
      }
      core.base = empty();
      core.lastRaw = null;
    },
  };

  const sync = {
    storage: core.persistStorage,
    /** The notice and the number of records kept aside by the last load (for the store's merge). */
    loadOutcome: () => core.loadOutcome,
    /**
     * The progress to show once a load has read `stored`: what the store held already (changes
     * made while it was read) merged with it, as with another tab's write.
     */
    loaded: (current: PersistedProgress, stored: PersistedProgress | undefined): PersistedProgress =>
      stored && repair ? repair.mergeLoaded(core, current, stored) : (stored ?? current),
    /** After a load: writes what changed while it was read (merged with what is stored). */
    afterLoad: () => {
      if (!core.loading) return;
      core.loading = false;
      const changed = core.changedWhileLoading;
      core.changedWhileLoading = false;
      // Another tab may have written while this one read: its write merges in now.
      withRepair((module) => (changed ? module.write(core) : module.refresh(core)), changed ? saveFailed : undefined);
    },
    /** Whether the store still keeps its progress here (not in an LMS, which sets its own storage). */
    ownsStore: () => syncOwnsStore(core),
    /** Brings in what another tab wrote; this tab's own unsaved or playing changes stay. */
    refresh: () => withRepair((module) => module.refresh(core)),
    /** Tries a failed save again. */
    retry: () => {
      if (core.failing) withRepair((module) => module.retry(core), saveFailed);
    },
    /** Connects the store, listens for other tabs' writes and for the page being hidden or shown (to retry a failed save). */
    connect(target: SyncedStore) {
      core.store = target;
      if (typeof window === 'undefined') return;
      window.addEventListener('storage', (event) => {
        if (event.key === options.key || event.key === null) sync.refresh();
      });
      document.addEventListener('visibilitychange', () => sync.retry());
    },
  };
  return sync;
}

export type ProgressSync = ReturnType<typeof createProgressSync>;
