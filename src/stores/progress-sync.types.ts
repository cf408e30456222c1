import type { PersistStorage } from 'zustand/middleware';
import type { PersistedProgress } from './progress.types';
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
  /** The vignettes whose walk this tab is playing: never rewritten under the player. */
  playing: () => ReadonlySet<string>;
  storage?: () => Storage | undefined;
  now?: () => Date;
};

/** The store the sync keeps in step with storage (a zustand store with persist). */
export type SyncedStore = {
  getState: () => PersistedProgress & { notice: string | null };
  setState: (partial: Partial<PersistedProgress> & { notice?: SaveNotice | null; setAsideCount?: number }) => void;
  persist: { getOptions: () => { storage?: unknown }; rehydrate: () => Promise<void> };
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
  /** Set while the sync itself changes the store: such a change is not written back. */
  applying: boolean;
  /** Stored progress is being read (by the repair path, fetched after the first page). */
  loading: boolean;
  /** The store changed while it was being loaded: written once the load is merged in. */
  changedWhileLoading: boolean;
  /** The repair path could not be fetched for the load; the next change tries again. */
  loadFailed: boolean;
};
