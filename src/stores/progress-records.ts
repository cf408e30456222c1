import { PersistedProgressSchema } from './progress.schema';
import type { PersistedProgress } from './progress.types';
import { readEnvelope, readRecords, type SetAsideRecord } from './record-loader';

type Walk = PersistedProgress['inProgress'][string];
type Attempt = PersistedProgress['completed'][string][number];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether reading dropped a field: `read` lacks a key that `found` has, at any depth. */
function dropsField(found: unknown, read: unknown): boolean {
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
  const record = parsed.success ? (parsed.data.inProgress[key] as Walk | undefined) : undefined;
  return record && { record, whole: !dropsField(value, record) };
};

const readAttempt = (key: string, value: unknown): Read<Attempt> => {
  const parsed = PersistedProgressSchema.safeParse({ inProgress: {}, completed: { [key]: [value] } });
  const record = parsed.success ? (parsed.data.completed[key]?.[0] as Attempt | undefined) : undefined;
  return record && { record, whole: !dropsField(value, record) };
};

const KNOWN_PARTS = new Set(['inProgress', 'completed']);

/**
 * Reads progress (already migrated to the current version) one record at a time: every walk in
 * progress and every finished attempt that the schema accepts is kept; each one it refuses is
 * added to `setAside`, with where it was found. Nothing readable is dropped for a neighbour's sake.
 */
export function readProgressRecords(state: unknown, setAside: SetAsideRecord[], where = 'progress', now = new Date()): PersistedProgress {
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

/**
 * Reads the stored progress value: the envelope, the migrations up to the current version, then
 * record by record. Never throws.
 */
export function readStoredProgress(
  raw: string | null,
  version: number,
  migrate: (state: unknown, from: number) => unknown,
  now = new Date(),
): StoredProgress {
  const envelope = readEnvelope(raw, version);
  if (envelope.kind === 'empty' || envelope.kind === 'unreadable') return envelope;
  if (envelope.kind === 'newer') {
    // Best effort: records a newer version kept in a shape this one knows are shown, read-only.
    let state: unknown;
    try {
      state = (JSON.parse(envelope.raw) as { state?: unknown }).state;
    } catch {
      state = undefined;
    }
    return { kind: 'newer', version: envelope.version, progress: readProgressRecords(state, [], 'progress', now) };
  }
  const setAside: SetAsideRecord[] = [];
  let migrated: unknown;
  try {
    migrated = envelope.version === version ? envelope.state : migrate(envelope.state, envelope.version);
  } catch {
    migrated = undefined;
    setAside.push({ where: 'progress', foundAt: now.toISOString(), value: envelope.state });
  }
  return { kind: 'ok', progress: readProgressRecords(migrated, setAside, 'progress', now), setAside };
}
