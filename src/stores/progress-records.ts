import { PersistedProgressSchema, toPersistedProgress } from './progress.schema';
import type { PersistedProgress } from './progress.types';
import { readEnvelope, readRecords, type SetAsideRecord } from './record-loader';

type Walk = PersistedProgress['inProgress'][string];
type Attempt = PersistedProgress['completed'][string][number];

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether reading dropped a field: `read` lacks a key that `found` has, at any depth. */
export function dropsField(found: unknown, read: unknown): boolean {
  if (Array.isArray(found)) return !Array.isArray(read) || found.some((item, i) => dropsField(item, read[i]));
  if (!isObject(found)) return false;
  if (!isObject(read)) return true;
  return Object.keys(found).some((key) => !(key in read) || dropsField(found[key], read[key]));
}

type Read<T> = { record: T; whole: boolean } | undefined;

// One record at a time, through the schema of the whole store: whatever shape the schema gives a
// walk or an attempt, a record is read here exactly as it would be read inside a whole store.
// `whole` is false when the schema left out a field it does not know (a newer version's, say).
const readWalk = (key: string, value: unknown): Read<Walk> => {
  const parsed = PersistedProgressSchema.safeParse({ inProgress: { [key]: value }, completed: {} });
  if (!parsed.success) return undefined;
  const record = toPersistedProgress(parsed.data).inProgress[key];
  return record && { record, whole: !dropsField(value, parsed.data.inProgress[key]) };
};

const readAttempt = (key: string, value: unknown): Read<Attempt> => {
  const parsed = PersistedProgressSchema.safeParse({ inProgress: {}, completed: { [key]: [value] } });
  if (!parsed.success) return undefined;
  const record = toPersistedProgress(parsed.data).completed[key]?.[0];
  return record && { record, whole: !dropsField(value, parsed.data.completed[key]?.[0]) };
};

const KNOWN_PARTS = new Set(['inProgress', 'completed']);

// The value at a path of record keys in what was found, if it is there.
function valueAt(found: unknown, keys: string[]): { value: unknown } | undefined {
  let node: unknown = found;
  for (const key of keys) {
    if (!(isObject(node) || Array.isArray(node)) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return { value: node };
}

/**
 * Reads progress (already migrated to the current version) one record at a time: every walk in
 * progress and every finished attempt that the schema accepts is kept; each one it refuses is
 * added to `setAside`, with where it was found and as it was found (before migration, when `found`
 * is the value the migration started from). Nothing readable is dropped for a neighbour's sake.
 */
export function readProgressRecords(state: unknown, setAside: SetAsideRecord[], where = 'progress', now = new Date(), found: unknown = state): PersistedProgress {
  const first = setAside.length;
  const progress = readMigrated(state, setAside, where, now);
  for (const entry of setAside.slice(first)) {
    const original = valueAt(found, entry.where === where ? [] : entry.where.slice(where.length + 1).split('/'));
    if (original) entry.value = original.value;
  }
  return progress;
}

function readMigrated(state: unknown, setAside: SetAsideRecord[], where: string, now: Date): PersistedProgress {
  if (!isObject(state)) {
    if (state !== undefined) setAside.push({ where, foundAt: now.toISOString(), value: state });
    return { inProgress: {}, completed: {} };
  }
  const keep = (at: string, value: unknown) => setAside.push({ where: at, foundAt: now.toISOString(), value });
  // A part this version does not know is kept aside whole, never silently dropped.
  for (const [part, value] of Object.entries(state)) if (!KNOWN_PARTS.has(part)) keep(`${where}/${part}`, value);
  const inProgress = readRecords(
    state.inProgress,
    `${where}/inProgress`,
    (key, value) => {
      const read = readWalk(key, value);
      // Readable but with a field left out: shown as read, and kept aside as found.
      if (read && !read.whole) keep(`${where}/inProgress/${key}`, value);
      return read?.record;
    },
    setAside,
    now,
  );
  const completed = readRecords(
    state.completed,
    `${where}/completed`,
    (key, value) => {
      if (!Array.isArray(value)) return undefined;
      return value.flatMap((attempt, index) => {
        const read = readAttempt(key, attempt);
        if (!read || !read.whole) keep(`${where}/completed/${key}/${index}`, attempt);
        return read ? [read.record] : [];
      });
    },
    setAside,
    now,
  );
  const kept = Object.entries(completed).filter(([, attempts]) => attempts.length > 0);
  return { inProgress, completed: Object.fromEntries(kept) };
}

/** What was found under the progress key at start-up or after another tab wrote it. */
export type StoredProgress =
  | { kind: 'empty' }
  /** Not JSON, or no `{ state, version }`: the text itself must be kept aside. */
  | { kind: 'unreadable'; raw: string }
  /** Written by a newer Signaal: what this version can read of it, never to be written back. */
  | { kind: 'newer'; version: number; progress: PersistedProgress }
  | { kind: 'ok'; progress: PersistedProgress; setAside: SetAsideRecord[] };

type Migrate = (state: unknown, from: number) => unknown;

type Opened =
  | { kind: 'empty' }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'newer'; version: number; raw: string }
  /** `migrated` is undefined when the migration itself failed on `state`. */
  | { kind: 'ok'; state: unknown; migrated: unknown; failed: boolean };

// The envelope, then the migrations up to the current version; never throws.
function openStored(raw: string | null, version: number, migrate: Migrate): Opened {
  const envelope = readEnvelope(raw, version);
  if (envelope.kind !== 'ok') return envelope;
  try {
    const migrated = envelope.version === version ? envelope.state : migrate(envelope.state, envelope.version);
    return { kind: 'ok', state: envelope.state, migrated, failed: false };
  } catch {
    return { kind: 'ok', state: envelope.state, migrated: undefined, failed: true };
  }
}

/**
 * Reads the stored progress value: the envelope, the migrations up to the current version, then
 * record by record. Never throws.
 */
export function readStoredProgress(raw: string | null, version: number, migrate: Migrate, now = new Date()): StoredProgress {
  const opened = openStored(raw, version, migrate);
  if (opened.kind === 'empty' || opened.kind === 'unreadable') return opened;
  if (opened.kind === 'newer') {
    // Best effort: records a newer version kept in a shape this one knows are shown, read-only.
    let state: unknown;
    try {
      state = (JSON.parse(opened.raw) as { state?: unknown }).state;
    } catch {
      state = undefined;
    }
    return { kind: 'newer', version: opened.version, progress: readProgressRecords(state, [], 'progress', now) };
  }
  const setAside: SetAsideRecord[] = [];
  if (opened.failed) setAside.push({ where: 'progress', foundAt: now.toISOString(), value: opened.state });
  return { kind: 'ok', progress: readProgressRecords(opened.migrated, setAside, 'progress', now, opened.state), setAside };
}
