import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** A stored value that could not be parsed; the store's merge turns it into a fresh start. */
export const UNREADABLE = Symbol('unreadable');

/**
 * localStorage behind zustand's persist that never throws: unparsable JSON comes back as a value
 * that fails validation, and a browser that refuses storage simply keeps state in memory.
 */
export function createSafeStorage<S>(): PersistStorage<S> {
  const storage = (): Storage | undefined => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name) {
      const raw = storage()?.getItem(name);
      if (raw === null || raw === undefined) return null;
      try {
        return JSON.parse(raw) as StorageValue<S>;
      } catch {
        return { state: UNREADABLE as unknown as S, version: -1 };
      }
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota or privacy mode: progress stays in memory for this visit.
      }
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}
