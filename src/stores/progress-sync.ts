import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { canonicalJson, dropsField, isObject, progressOf } from './progress-json';
import { PersistedProgressSchema } from './progress.schema';
import type { PersistedProgress } from './progress.types';
import type * as Repairs from './progress-sync-repair';
import type { SetAsideRecord } from './record-loader';

/** What the learner is told about saving, after loading or after a write. */
export type SaveNotice =
  /** Some stored records could not be read; they are kept aside, the rest loaded. */
  | 'set-aside'
  /** The stored value could not be read at all; it is kept aside and Signaal starts empty. */
  | 'unreadable-kept'
  /** A newer Signaal wrote the progress; this one leaves it alone and keeps changes in memory. */
  | 'newer-store'
  /** The browser refused to save; changes are in memory and saving is retried. */
  | 'save-failed'
  /** Saving works again after it had failed. */
  | 'saved-again';

export type SyncOptions = {
  key: string;
  version: number;
  migrate: (state: unknown, from: number) => unknown;
  /** The vignettes whose walk this tab is playing: never rewritten under the player. */
  playing: () => ReadonlySet<string>;
  storage?: () => Storage | undefined;
  now?: () => Date;
};

/** The store the sync keeps in step with storage (a zustand store with persist). */
export type SyncedStore = {
  getState: () => PersistedProgress & { notice: string | null };
  setState: (partial: Partial<PersistedProgress> & { notice?: SaveNotice | null; setAsideCount?: number }) => void;
  persist: { getOptions: () => { storage?: unknown } };
};

export type LoadOutcome = { notice: SaveNotice | null; setAsideCount: number };

/** What the sync knows and does, shared with its repair path (progress-sync-repair.ts). */
export type SyncCore = {
  options: SyncOptions;
  /** The stored progress this tab last read or wrote, and the text it was read from or written as. */
  base: PersistedProgress;
  lastRaw: string | null;
  /** A newer version's progress is stored: nothing is written. */
  readOnly: boolean;
  /** The last write failed; the next change, or the page being hidden or shown, tries again. */
  failing: boolean;
  /** Records of the stored text that must be kept aside before it is written over. */
  pendingAside: SetAsideRecord[];
  loadOutcome: LoadOutcome;
  store: SyncedStore | undefined;
  persistStorage: PersistStorage<PersistedProgress>;
  storage: () => Storage | undefined;
  now: () => Date;
  readRaw: (name: string) => string | null | undefined;
  apply: (partial: Parameters<SyncedStore['setState']>[0]) => void;
  tell: (notice: SaveNotice) => void;
};

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
 * that is not JSON, a newer version, a record that does not fit, a part or field not known here).
 */
function readWhole(raw: string | null, options: SyncOptions): { state: PersistedProgress } | null | undefined {
  if (raw === null) return null;
  try {
    const found: unknown = JSON.parse(raw);
    if (!isObject(found) || typeof found.version !== 'number' || found.version > options.version) return undefined;
    const migrated = found.version === options.version ? found.state : options.migrate(found.state, found.version);
    const parsed = PersistedProgressSchema.safeParse(migrated);
    return parsed.success && !dropsField(migrated, parsed.data) ? { state: parsed.data as PersistedProgress } : undefined;
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
 * - a value written by a newer version is never overwritten: changes stay in memory;
 * - a refused write is said at once and retried on the next change and when the page is hidden
 *   or shown again.
 */
export function createProgressSync(options: SyncOptions) {
  let applying = false;
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
    // Read inside try: a browser that refuses storage throws on the very access.
    storage: options.storage ?? (() => globalThis.localStorage),
    now: options.now ?? (() => new Date()),
    readRaw(name) {
      try {
        return core.storage()?.getItem(name) ?? null;
      } catch {
        return undefined; // the browser refuses to read storage at all
      }
    },
    // Sets store state without that change being written back as if it were the learner's own.
    apply(partial) {
      applying = true;
      try {
        core.store?.setState(partial);
      } finally {
        applying = false;
      }
    },
    tell(notice) {
      if (core.store && core.store.getState().notice !== notice) core.apply({ notice });
    },
  };

  const write = (mine: PersistedProgress) => {
    if (core.readOnly) return;
    try {
      const local = core.storage();
      if (!local) throw new Error('no storage');
      const raw = local.getItem(options.key);
      let merged = mine;
      if (raw !== core.lastRaw || core.pendingAside.length > 0) {
        // Another tab wrote, or records wait to be kept aside: the repair path merges first.
        if (!repair) {
          void loadRepair().then(
            () => core.store && write(progressOf(core.store.getState())),
            () => core.tell('save-failed'),
          );
          return;
        }
        const found = repair.mergeWithStored(core, local, raw, mine);
        if (!found) return;
        merged = found;
      }
      // Canonical text: two tabs holding the same progress write the same text, so a write that
      // changes nothing is skipped and tabs never answer each other's writes for ever.
      const text = canonicalJson({ state: merged, version: options.version } satisfies StorageValue<PersistedProgress>);
      if (text !== raw) local.setItem(options.key, text);
      core.base = merged;
      core.lastRaw = text;
      if (core.failing) {
        core.failing = false;
        core.tell('saved-again');
      }
      if (merged !== mine && canonicalJson(merged) !== canonicalJson(mine)) core.apply(merged);
    } catch {
      core.failing = true;
      core.tell('save-failed');
    }
  };

  core.persistStorage = {
    getItem(name) {
      core.readOnly = false;
      core.failing = false;
      core.pendingAside = [];
      core.loadOutcome = { notice: null, setAsideCount: 0 };
      // Storage that cannot be read counts as empty here; the first write then says it failed.
      const raw = core.readRaw(name) ?? null;
      const whole = readWhole(raw, options);
      if (whole !== undefined) {
        core.base = whole?.state ?? empty();
        core.lastRaw = raw;
        return whole && { state: whole.state, version: options.version };
      }
      // Nothing is written until the record-by-record reading has kept aside what it must.
      core.readOnly = true;
      if (repair) return repair.loadRecordByRecord(core, raw);
      return loadRepair().then(
        (module) => module.loadRecordByRecord(core, raw),
        () => {
          core.loadOutcome = { notice: 'save-failed', setAsideCount: 0 };
          return null;
        },
      );
    },
    setItem(_name, value) {
      if (applying) return;
      write(progressOf(value.state));
    },
    removeItem(name) {
      try {
        core.storage()?.removeItem(name);
      } catch {
        // Nothing stored can be removed: nothing to do.
      }
      core.base = empty();
      core.lastRaw = null;
    },
  };

  /** Brings in what another tab wrote; this tab's own unsaved or playing changes stay. */
  const refresh = () => {
    if (!core.store || core.readOnly || !sync.ownsStore()) return;
    if (repair) repair.refresh(core);
    else void loadRepair().then((module) => module.refresh(core), () => undefined);
  };

  /** Tries a failed save again. */
  const retry = () => {
    if (core.failing && core.store) write(progressOf(core.store.getState()));
  };

  const sync = {
    storage: core.persistStorage,
    /** The notice and the number of records kept aside by the last load (for the store's merge). */
    loadOutcome: () => core.loadOutcome,
    /** Whether the store still keeps its progress here (not in an LMS, which sets its own storage). */
    ownsStore: () => !core.store || core.store.persist.getOptions().storage === core.persistStorage,
    refresh,
    retry,
    /** Connects the store and listens for other tabs and for the page being hidden or shown. */
    connect(target: SyncedStore) {
      core.store = target;
      if (typeof window === 'undefined') return () => undefined;
      void loadRepair().catch(() => undefined);
      const onStorage = (event: StorageEvent) => {
        if (event.key === options.key || event.key === null) refresh();
      };
      const onVisibility = () => retry();
      window.addEventListener('storage', onStorage);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('storage', onStorage);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
  return sync;
}

export type ProgressSync = ReturnType<typeof createProgressSync>;
