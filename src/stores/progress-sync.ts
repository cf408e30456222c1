import type { PersistStorage } from 'zustand/middleware';
import type { SyncCore, SyncedStore, SyncOptions } from './progress-sync.types';
import { PersistedProgressSchema, toPersistedProgress } from './progress.schema';
import type { PersistedProgress } from './progress.types';

export type { SaveNotice } from './progress-sync.types';
import type * as Repairs from './progress-sync-repair';

type Repair = typeof Repairs;

// What is rare (progress that does not read in one go, another tab's write to merge) is handled
// by code fetched after the first page, so the first page stays light; until it is here, such a
// load waits for it and such a write is made as soon as it is.
let repair: Repair | undefined;
let fetching: Promise<Repair> | undefined;
/** Fetches the repair path (also at start-up, so that it is normally here before it is needed). */
export const loadRepair = () => (fetching ??= import('./progress-sync-repair').then((module) => (repair = module)));

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

/**
 * The quick read that every page load makes: the whole stored value at once, in this version or an
 * older one. Undefined when anything needs the record-by-record reading of the repair path (text
 * that is not JSON, a newer version, a record that does not fit). A part or field the schema left
 * out is looked for by the repair path before anything is written (SyncCore.audited).
 */
function readWhole(raw: string | null, options: SyncOptions): { state: PersistedProgress } | null | undefined {
  if (raw === null) return null;
  try {
    const { state, version } = (JSON.parse(raw) ?? {}) as { state?: unknown; version?: unknown };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > options.version) return undefined;
    const parsed = PersistedProgressSchema.safeParse(version === options.version ? state : options.migrate(state, version));
    return parsed.success ? { state: toPersistedProgress(parsed.data) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the progress store and localStorage in step, for zustand's persist:
 * - loading reads the whole value, or record by record when that fails; what cannot be read is
 *   kept aside under its own key first;
 * - every write checks whether another tab wrote meanwhile and then merges with it, so two tabs
 *   never overwrite each other, and another tab's write refreshes this one (`storage` event);
 * - what does all this but the quick load is in progress-sync-repair.ts, fetched at start-up;
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
    audited: true,
  };
  // Runs a job of the repair path: at once when it is here (it is fetched at start-up), else as
  // soon as it arrives.
  const withRepair = (job: (module: Repair) => void) => (repair ? job(repair) : void loadRepair().then(job));

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
      const whole = readWhole(raw, options);
      if (whole !== undefined) {
        core.base = whole?.state ?? empty();
        core.lastRaw = raw;
        core.audited = whole === null;
        return whole && { state: whole.state, version: options.version };
      }
      // Nothing is written until the record-by-record reading has kept aside what it must.
      core.readOnly = true;
      return repair ? repair.loadRecordByRecord(core, raw) : loadRepair().then((module) => module.loadRecordByRecord(core, raw));
    },
    setItem() {
      if (!core.applying) withRepair((module) => module.write(core));
    },
    removeItem(name) {
      withRepair((module) => module.remove(core, name));
    },
  };

  const sync = {
    storage: core.persistStorage,
    /** The notice and the number of records kept aside by the last load (for the store's merge). */
    loadOutcome: () => core.loadOutcome,
    /** Whether the store still keeps its progress here (not in an LMS, which sets its own storage). */
    ownsStore: () => !core.store || core.store.persist.getOptions().storage === core.persistStorage,
    /** Brings in what another tab wrote; this tab's own unsaved or playing changes stay. */
    refresh: () => withRepair((module) => module.refresh(core, sync.ownsStore())),
    /** Tries a failed save again. */
    retry: () => withRepair((module) => module.retry(core)),
    /** Connects the store; the repair path then listens for other tabs and the page being hidden or shown. */
    connect(target: SyncedStore) {
      core.store = target;
      if (typeof window !== 'undefined') withRepair((module) => module.listen(core, sync));
    },
  };
  return sync;
}

export type ProgressSync = ReturnType<typeof createProgressSync>;
