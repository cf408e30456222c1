import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { canonicalJson, mergeTabs } from './progress-merge';
import { readStoredProgress, type StoredProgress } from './progress-records';
import type { PersistedProgress } from './progress.types';
import { browserStorage, keepAside, setAsideRecords, type SetAsideRecord } from './record-loader';

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

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });
const progressOf = ({ inProgress, completed }: PersistedProgress): PersistedProgress => ({ inProgress, completed });

/**
 * Keeps the progress store and localStorage in step, for zustand's persist:
 * - loading reads record by record; what cannot be read is kept aside under its own key first;
 * - every write reads what is stored now and merges it with this tab's changes (mergeTabs), so two
 *   tabs never overwrite each other, and another tab's write refreshes this one (`storage` event);
 * - a value written by a newer version is never overwritten: changes stay in memory;
 * - a refused write is said at once and retried on the next change and when the page is hidden
 *   or shown again.
 */
export function createProgressSync(options: SyncOptions) {
  const storage = options.storage ?? browserStorage;
  const now = options.now ?? (() => new Date());
  let base = empty();
  let lastRaw: string | null = null;
  let readOnly = false;
  let failing = false;
  let pendingAside: SetAsideRecord[] = [];
  let loadOutcome: { notice: SaveNotice | null; setAsideCount: number } = { notice: null, setAsideCount: 0 };
  let store: SyncedStore | undefined;
  let applying = false;

  const read = (raw: string | null): StoredProgress => readStoredProgress(raw, options.version, options.migrate, now());

  // The stored text; undefined when the browser refuses to read storage at all.
  const readRaw = (name: string): string | null | undefined => {
    try {
      return storage()?.getItem(name) ?? null;
    } catch {
      return undefined;
    }
  };

  const asideOf = (found: StoredProgress & { kind: 'unreadable' | 'ok' }): SetAsideRecord[] =>
    found.kind === 'unreadable' ? [{ where: 'progress', foundAt: now().toISOString(), value: found.raw }] : found.setAside;

  // Keeps records aside, each once: a record kept by an earlier load or by another tab is not added again.
  const keepNew = (local: Storage | undefined, records: readonly SetAsideRecord[]) => {
    if (records.length === 0) return true;
    const known = new Set(setAsideRecords(local, options.key).map((r) => canonicalJson([r.where, r.value])));
    return keepAside(local, options.key, records.filter((r) => !known.has(canonicalJson([r.where, r.value]))));
  };

  // Sets store state without that change being written back as if it were the learner's own.
  const apply = (partial: Parameters<SyncedStore['setState']>[0]) => {
    if (!store) return;
    applying = true;
    try {
      store.setState(partial);
    } finally {
      applying = false;
    }
  };

  const tell = (notice: SaveNotice) => {
    if (store && store.getState().notice !== notice) apply({ notice });
  };

  // What is stored now, as progress to merge with; undefined when it must not be written over.
  const theirs = (raw: string | null): PersistedProgress | undefined => {
    if (raw === lastRaw) return base;
    const found = read(raw);
    if (found.kind === 'newer') {
      readOnly = true;
      tell('newer-store');
      return undefined;
    }
    pendingAside = found.kind === 'empty' ? [] : asideOf(found);
    return found.kind === 'ok' ? found.progress : empty();
  };

  const write = (mine: PersistedProgress) => {
    if (readOnly) return;
    const local = storage();
    try {
      if (!local) throw new Error('no storage');
      const raw = local.getItem(options.key);
      const stored = theirs(raw);
      if (!stored) return;
      // Records that could not be read are kept under their own key before the value they came
      // from is written over; if that fails, nothing is written over.
      if (!keepNew(local, pendingAside)) throw new Error('cannot keep aside');
      pendingAside = [];
      const merged = mergeTabs(base, mine, stored, options.playing());
      // Canonical text: two tabs holding the same progress write the same text, so a write that
      // changes nothing is skipped and tabs never answer each other's writes for ever.
      const text = canonicalJson({ state: merged, version: options.version } satisfies StorageValue<PersistedProgress>);
      if (text !== raw) local.setItem(options.key, text);
      base = merged;
      lastRaw = text;
      if (failing) {
        failing = false;
        tell('saved-again');
      }
      if (canonicalJson(merged) !== canonicalJson(mine)) apply(merged);
    } catch {
      failing = true;
      tell('save-failed');
    }
  };

  const persistStorage: PersistStorage<PersistedProgress> = {
    getItem(name) {
      readOnly = false;
      failing = false;
      pendingAside = [];
      // Storage that cannot be read counts as empty here; the first write then says it failed.
      const raw = readRaw(name) ?? null;
      const found = read(raw);
      loadOutcome = { notice: null, setAsideCount: 0 };
      base = found.kind === 'newer' || found.kind === 'ok' ? found.progress : empty();
      lastRaw = raw;
      if (found.kind === 'empty') return null;
      if (found.kind === 'newer') {
        readOnly = true;
        loadOutcome = { notice: 'newer-store', setAsideCount: 0 };
        return { state: found.progress, version: options.version };
      }
      const aside = asideOf(found);
      if (aside.length > 0) {
        // What cannot be read goes aside at once. Until it is safe there, the stored value is not
        // written over: the next write reads it again and tries again.
        const kept = keepNew(storage(), aside);
        if (!kept) {
          failing = true;
          lastRaw = null;
        }
        loadOutcome = { notice: !kept ? 'save-failed' : found.kind === 'unreadable' ? 'unreadable-kept' : 'set-aside', setAsideCount: aside.length };
      }
      return { state: base, version: options.version };
    },
    setItem(_name, value) {
      if (applying) return;
      write(progressOf(value.state));
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing stored can be removed: nothing to do.
      }
      base = empty();
      lastRaw = null;
    },
  };

  /** Brings in what another tab wrote; this tab's own unsaved or playing changes stay. */
  const refresh = () => {
    if (!store || readOnly || store.persist.getOptions().storage !== persistStorage) return;
    const raw = readRaw(options.key);
    if (raw === undefined || raw === lastRaw) return;
    const found = read(raw);
    if (found.kind === 'unreadable') return; // kept aside by the next write, not read into this tab
    if (found.kind === 'newer') {
      readOnly = true;
      tell('newer-store');
      return;
    }
    const stored = found.kind === 'empty' ? empty() : found.progress;
    const mine = progressOf(store.getState());
    const merged = mergeTabs(base, mine, stored, options.playing());
    base = stored;
    lastRaw = raw;
    pendingAside = found.kind === 'ok' ? found.setAside : [];
    // Not written back: a walk this tab plays may differ from the stored one, and writing it now
    // would answer every write of another tab with one of its own. This tab's next change writes it.
    apply(merged);
  };

  /** Tries a failed save again. */
  const retry = () => {
    if (failing && store) write(progressOf(store.getState()));
  };

  return {
    storage: persistStorage,
    /** The notice and the number of records kept aside by the last load (for the store's merge). */
    loadOutcome: () => loadOutcome,
    /** Whether changes are kept in memory only (a newer version's progress is stored). */
    isReadOnly: () => readOnly,
    refresh,
    retry,
    /** Connects the store and listens for other tabs and for the page being hidden or shown. */
    connect(target: SyncedStore) {
      store = target;
      if (typeof window === 'undefined') return () => undefined;
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
}

export type ProgressSync = ReturnType<typeof createProgressSync>;
