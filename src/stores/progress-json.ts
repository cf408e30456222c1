import type { PersistedProgress } from './progress.types';

// Small helpers for reading and writing progress as JSON, shared by the first page's fast path
// and the code that repairs and merges progress when something is off.

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted: equal records give equal text, whatever order their keys were made in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Just the progress of a store's state. */
export const progressOf = ({ inProgress, completed }: PersistedProgress): PersistedProgress => ({ inProgress, completed });

/** A vignette's own entry: an id such as `constructor` never reads what every object inherits. */
export const entryOf = <T>(records: Record<string, T>, id: string): T | undefined => (Object.hasOwn(records, id) ? records[id] : undefined);

/** Whether reading dropped a field: `read` lacks a key that `found` has, at any depth. */
export function dropsField(found: unknown, read: unknown): boolean {
  if (Array.isArray(found)) return !Array.isArray(read) || found.some((item, i) => dropsField(item, read[i]));
  if (!isObject(found)) return false;
  if (!isObject(read)) return true;
  return Object.keys(found).some((key) => !(key in read) || dropsField(found[key], read[key]));
}
