// Loading a versioned store record by record: what cannot be read is kept aside, never wiped, and a
// store written by a newer version is never overwritten. Written for the trainer store; any store
// kept as `{ state, version }` in localStorage can use it.

/** A stored record that could not be read, kept as it was found. */
export type SetAsideRecord = { where: string; foundAt: string; value: unknown };

/** What was found under a storage key. */
export type StoredRead =
  | { kind: 'empty' }
  /** Not JSON, or not a `{ state, version }` envelope: the text itself is kept aside. */
  | { kind: 'unreadable'; raw: string }
  /** Written by a newer version: left exactly as it is. */
  | { kind: 'newer'; version: number; raw: string }
  | { kind: 'ok'; version: number; state: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a stored `{ state, version }` envelope; never throws. */
export function readEnvelope(raw: string | null, currentVersion: number): StoredRead {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  if (!isObject(parsed) || typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 0) {
    return { kind: 'unreadable', raw };
  }
  if (parsed.version > currentVersion) return { kind: 'newer', version: parsed.version, raw };
  return { kind: 'ok', version: parsed.version, state: parsed.state };
}

/**
 * Reads a keyed collection one record at a time: each record `parse` accepts is kept; each it
 * refuses is added to `setAside` with where it was found. A collection that is not an object at
 * all is set aside whole.
 */
export function readRecords<T>(
  collection: unknown,
  where: string,
  parse: (key: string, value: unknown) => T | undefined,
  setAside: SetAsideRecord[],
  now = new Date(),
): Record<string, T> {
  const records: Record<string, T> = {};
  if (collection === undefined) return records;
  if (!isObject(collection)) {
    setAside.push({ where, foundAt: now.toISOString(), value: collection });
    return records;
  }
  for (const [key, value] of Object.entries(collection)) {
    // Keys such as __proto__ never become properties of the loaded state.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      setAside.push({ where: `${where}/${key}`, foundAt: now.toISOString(), value });
      continue;
    }
    const record = parse(key, value);
    if (record === undefined) setAside.push({ where: `${where}/${key}`, foundAt: now.toISOString(), value });
    else records[key] = record;
  }
  return records;
}

const asideKey = (key: string) => `${key}.set-aside`;

/** What was kept aside under a store's key so far (oldest first). */
export function setAsideRecords(storage: Storage | undefined, key: string): SetAsideRecord[] {
  try {
    const raw = storage?.getItem(asideKey(key));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((r): r is SetAsideRecord => isObject(r) && typeof r.where === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Adds records to what is kept aside under a store's key (before the store writes its readable
 * part back). Returns false when storage refused: the caller must then not overwrite the store.
 */
export function keepAside(storage: Storage | undefined, key: string, records: readonly SetAsideRecord[]): boolean {
  if (records.length === 0) return true;
  try {
    if (!storage) return false;
    storage.setItem(asideKey(key), JSON.stringify([...setAsideRecords(storage, key), ...records]));
    return true;
  } catch {
    return false;
  }
}

/** Forgets what was kept aside, once the person has it (downloaded) or says it may go. */
export function dropSetAside(storage: Storage | undefined, key: string) {
  try {
    storage?.removeItem(asideKey(key));
  } catch {
    // Nothing to do: the records stay aside.
  }
}

/** localStorage when this browser allows it. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
