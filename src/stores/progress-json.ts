import type { PersistedProgress } from './progress.types';

// Small helpers for progress, light enough for the first page.

/** Just the progress of a store's state. */
export const progressOf = ({ inProgress, completed }: PersistedProgress): PersistedProgress => ({ inProgress, completed });

/** A vignette's own entry: an id such as `constructor` never reads what every object inherits. */
export const entryOf = <T>(records: Record<string, T>, id: string): T | undefined => (Object.hasOwn(records, id) ? records[id] : undefined);
