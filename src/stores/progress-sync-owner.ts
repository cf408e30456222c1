import type { SyncCore } from './progress-sync.types';

/**
 * Whether the store still saves through this sync. An LMS launch moves it to storage of its own
 * (restore-progress.ts), and from then on nothing of it may reach this browser's localStorage (not
 * even a write asked for before, which waited for the repair path) and no other tab's write is
 * read into it. Both the write and the refresh of the repair path ask this.
 */
export const syncOwnsStore = (core: SyncCore) => !core.store || core.store.persist.getOptions().storage === core.persistStorage;
