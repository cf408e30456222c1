import type { StorageValue } from 'zustand/middleware';
import { canonicalJson, mergeTabs } from './progress-merge';
import { progressOf } from './progress-json';
import { readStoredProgress, type StoredProgress } from './progress-records';
import { syncOwnsStore } from './progress-sync-owner';
import type { SaveNotice, SyncCore, SyncedStore } from './progress-sync.types';
import type { PersistedProgress } from './progress.types';
import { migrateProgress } from './progress.schema';
import { keepAside, setAsideRecords, type SetAsideRecord } from './record-loader';

// What progress-sync does beyond the quick load, fetched after the first page: writing (merged
// with what another tab wrote), progress that does not read in one go, another tab's write.

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

// Read inside try: a browser that refuses storage throws on the very access.
const storageOf = (core: SyncCore): Storage | undefined => {
  try {
    return core.options.storage ? core.options.storage() : localStorage;
  } catch {
    return undefined;
  }
};

const now = (core: SyncCore) => core.options.now?.() ?? new Date();

// The stored text; undefined when the browser refuses to read storage at all.
const readRaw = (core: SyncCore): string | null | undefined => {
  try {
    return storageOf(core)?.getItem(core.options.key) ?? null;
  } catch {
    return undefined;
  }
};

// Sets store state without that change being written back as if it were the learner's own.
function apply(core: SyncCore, partial: Parameters<SyncedStore['setState']>[0]) {
  core.applying = true;
  try {
    core.store?.setState(partial);
  } finally {
    core.applying = false;
  }
}

function tell(core: SyncCore, notice: SaveNotice) {
  if (core.store && core.store.getState().notice !== notice) apply(core, { notice });
}

const read = (core: SyncCore, raw: string | null): StoredProgress => readStoredProgress(raw, core.options.version, migrateProgress, now(core));

const asideOf = (core: SyncCore, found: StoredProgress & { kind: 'unreadable' | 'ok' }): SetAsideRecord[] =>
  found.kind === 'unreadable' ? [{ where: 'progress', foundAt: now(core).toISOString(), value: found.raw }] : found.setAside;

/** Keeps records aside, each once: a record kept by an earlier load or by another tab is not added again. */
export function keepNew(core: SyncCore, local: Storage | undefined, records: readonly SetAsideRecord[]) {
  if (records.length === 0) return true;
  const known = new Set(setAsideRecords(local, core.options.key).map((r) => canonicalJson([r.where, r.value])));
  return keepAside(local, core.options.key, records.filter((r) => !known.has(canonicalJson([r.where, r.value]))));
}

/** Loads stored progress record by record, keeping aside at once what cannot be read. */
export function loadRecordByRecord(core: SyncCore, raw: string | null): StorageValue<PersistedProgress> | null {
  const found = read(core, raw);
  core.readOnly = found.kind === 'newer';
  core.base = found.kind === 'newer' || found.kind === 'ok' ? found.progress : empty();
  core.lastRaw = raw;
  if (found.kind === 'empty') return null;
  if (found.kind === 'newer') {
    core.loadOutcome = { notice: 'newer-store', setAsideCount: 0 };
    return { state: found.progress, version: core.options.version };
  }
  const aside = asideOf(core, found);
  if (aside.length > 0) {
    // Until what cannot be read is safe aside, the stored value is not written over: the next
    // write reads it again and tries again.
    const kept = keepNew(core, storageOf(core), aside);
    if (!kept) {
      core.failing = true;
      core.lastRaw = null;
    }
    core.loadOutcome = { notice: !kept ? 'save-failed' : found.kind === 'unreadable' ? 'unreadable-kept' : 'set-aside', setAsideCount: aside.length };
  }
  return { state: core.base, version: core.options.version };
}

/**
 * Merges this tab's progress with what is stored now, having kept aside what the stored value
 * holds that cannot be read. Undefined when the stored value must not be written over (a newer
 * version's). Throws when storage refuses to keep records aside.
 */
function mergeWithStored(core: SyncCore, local: Storage, raw: string | null, mine: PersistedProgress): PersistedProgress | undefined {
  let theirs = core.base;
  if (raw !== core.lastRaw) {
    const found = read(core, raw);
    if (found.kind === 'newer') {
      core.readOnly = true;
      tell(core, 'newer-store');
      return undefined;
    }
    core.pendingAside = found.kind === 'empty' ? [] : asideOf(core, found);
    theirs = found.kind === 'ok' ? found.progress : empty();
  }
  // Records that could not be read are kept under their own key before the value they came from
  // is written over; if that fails, nothing is written over.
  if (!keepNew(core, local, core.pendingAside)) throw new Error('cannot keep aside');
  core.pendingAside = [];
  return raw === core.lastRaw ? mine : mergeTabs(core.base, mine, theirs, core.options.playing());
}

/**
 * The progress a load shows: what the store held already (changes made while the stored value was
 * being read) merged with what was read, as with another tab's write.
 */
export const mergeLoaded = (core: SyncCore, current: PersistedProgress, stored: PersistedProgress) =>
  mergeTabs(empty(), progressOf(current), stored, core.options.playing());

/**
 * Writes this tab's progress, merged with whatever another tab wrote since this one last read or
 * wrote; a refused write is said at once (and retried by the caller later), a write that works
 * again is said too.
 */
export function write(core: SyncCore) {
  if (core.readOnly || !core.store || !syncOwnsStore(core)) return;
  const mine = progressOf(core.store.getState());
  try {
    const local = storageOf(core);
    if (!local) throw new Error('no storage');
    const raw = local.getItem(core.options.key);
    const merged = mergeWithStored(core, local, raw, mine);
    if (!merged) return;
    // Canonical text: two tabs holding the same progress write the same text, so a write that
    // changes nothing is skipped and tabs never answer each other's writes for ever.
    const text = canonicalJson({ state: merged, version: core.options.version } satisfies StorageValue<PersistedProgress>);
    if (text !== raw) local.setItem(core.options.key, text);
    core.base = merged;
    core.lastRaw = text;
    if (core.failing) {
      core.failing = false;
      tell(core, 'saved-again');
    }
    if (merged !== mine && canonicalJson(merged) !== canonicalJson(mine)) apply(core, merged);
  } catch {
    core.failing = true;
    tell(core, 'save-failed');
  }
}

/** Brings in what another tab wrote (not once an LMS keeps the progress); this tab's own unsaved or playing changes stay. */
export function refresh(core: SyncCore) {
  const store = core.store;
  if (!syncOwnsStore(core) || core.readOnly) return;
  const raw = readRaw(core);
  if (!store || raw === undefined || raw === core.lastRaw) return;
  const found = read(core, raw);
  if (found.kind === 'unreadable') return; // kept aside by the next write, not read into this tab
  if (found.kind === 'newer') {
    core.readOnly = true;
    tell(core, 'newer-store');
    return;
  }
  const stored = found.kind === 'empty' ? empty() : found.progress;
  const merged = mergeTabs(core.base, progressOf(store.getState()), stored, core.options.playing());
  core.base = stored;
  core.lastRaw = raw;
  core.pendingAside = found.kind === 'ok' ? found.setAside : [];
  // Not written back: a walk this tab plays may differ from the stored one, and writing it now
  // would answer every write of another tab with one of its own. This tab's next change writes it.
  apply(core, merged);
}

/** Tries a failed save again. */
export function retry(core: SyncCore) {
  if (core.failing) write(core);
}
