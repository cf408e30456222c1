import type { StorageValue } from 'zustand/middleware';
import { mergeTabs } from './progress-merge';
import { canonicalJson, progressOf } from './progress-json';
import { readStoredProgress, type StoredProgress } from './progress-records';
import type { SyncCore } from './progress-sync';
import type { PersistedProgress } from './progress.types';
import { keepAside, setAsideRecords, type SetAsideRecord } from './record-loader';

// The rare paths of progress-sync, fetched after the first page: progress that does not read in
// one go, and merging with what another tab wrote.

const empty = (): PersistedProgress => ({ inProgress: {}, completed: {} });

const storageOf = (core: SyncCore): Storage | undefined => {
  try {
    return core.storage();
  } catch {
    return undefined;
  }
};

const read = (core: SyncCore, raw: string | null): StoredProgress => readStoredProgress(raw, core.options.version, core.options.migrate, core.now());

const asideOf = (core: SyncCore, found: StoredProgress & { kind: 'unreadable' | 'ok' }): SetAsideRecord[] =>
  found.kind === 'unreadable' ? [{ where: 'progress', foundAt: core.now().toISOString(), value: found.raw }] : found.setAside;

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
export function mergeWithStored(core: SyncCore, local: Storage, raw: string | null, mine: PersistedProgress): PersistedProgress | undefined {
  let theirs = core.base;
  if (raw !== core.lastRaw) {
    const found = read(core, raw);
    if (found.kind === 'newer') {
      core.readOnly = true;
      core.tell('newer-store');
      return undefined;
    }
    core.pendingAside = found.kind === 'empty' ? [] : asideOf(core, found);
    theirs = found.kind === 'ok' ? found.progress : empty();
  }
  // Records that could not be read are kept under their own key before the value they came from
  // is written over; if that fails, nothing is written over.
  if (!keepNew(core, local, core.pendingAside)) throw new Error('cannot keep aside');
  core.pendingAside = [];
  return mergeTabs(core.base, mine, theirs, core.options.playing());
}

/** Brings in what another tab wrote; this tab's own unsaved or playing changes stay. */
export function refresh(core: SyncCore) {
  const store = core.store;
  const raw = core.readRaw(core.options.key);
  if (!store || raw === undefined || raw === core.lastRaw) return;
  const found = read(core, raw);
  if (found.kind === 'unreadable') return; // kept aside by the next write, not read into this tab
  if (found.kind === 'newer') {
    core.readOnly = true;
    core.tell('newer-store');
    return;
  }
  const stored = found.kind === 'empty' ? empty() : found.progress;
  const merged = mergeTabs(core.base, progressOf(store.getState()), stored, core.options.playing());
  core.base = stored;
  core.lastRaw = raw;
  core.pendingAside = found.kind === 'ok' ? found.setAside : [];
  // Not written back: a walk this tab plays may differ from the stored one, and writing it now
  // would answer every write of another tab with one of its own. This tab's next change writes it.
  core.apply(merged);
}
