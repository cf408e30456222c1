import * as z from 'zod/mini';
import { readProgressRecords } from './progress-records';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION, type PersistedProgress } from './progress-store';
import { migrateProgress } from './progress.schema';
import { browserStorage, setAsideRecords, type SetAsideRecord } from './record-loader';

export const PROGRESS_FILE_FORMAT = 'signaal-progress';
/** Larger than any real progress file by far; refuses files that could only be mistakes or abuse. */
export const PROGRESS_FILE_MAX_BYTES = 2_000_000;

export type ProgressFileError = 'too-large' | 'not-json' | 'not-signaal' | 'newer-version' | 'invalid';
export type DecodedProgressFile =
  /** `unreadable`: how many records of the file could not be read (and are not in `progress`). */
  | { ok: true; progress: PersistedProgress; exportedAt: string; unreadable: number }
  | { ok: false; error: ProgressFileError };

const EnvelopeSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.number().check(z.int(), z.positive()),
  exportedAt: z.string(),
  progress: z.unknown(),
});

/** The learner's own progress as a versioned file, to carry it to another device. */
export function encodeProgressFile(progress: PersistedProgress, exportedAt: Date): string {
  const envelope = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: exportedAt.toISOString(),
    progress: { inProgress: progress.inProgress, completed: progress.completed },
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Reads a progress file record by record; never throws, and says precisely why a file cannot be
 * used. A record that cannot be read is counted and left out; the file is refused only when it
 * holds something and none of it can be read.
 */
export function decodeProgressFile(text: string): DecodedProgressFile {
  if (text.length > PROGRESS_FILE_MAX_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: 'not-signaal' };
  if (envelope.data.version > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
  const unreadable: SetAsideRecord[] = [];
  let progress: PersistedProgress;
  try {
    progress = readProgressRecords(migrateProgress(envelope.data.progress, envelope.data.version), unreadable, 'file', new Date(), envelope.data.progress);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const read = Object.keys(progress.inProgress).length + Object.keys(progress.completed).length;
  if (read === 0 && unreadable.length > 0) return { ok: false, error: 'invalid' };
  return { ok: true, progress, exportedAt: envelope.data.exportedAt, unreadable: unreadable.length };
}

export const SET_ASIDE_FILE_FORMAT = 'signaal-set-aside';

/**
 * What was kept aside from stored progress because it could not be read, as a file for the
 * learner to keep or to hand to whoever runs Signaal: each record exactly as it was found.
 */
export function encodeSetAsideFile(records: readonly SetAsideRecord[], exportedAt: Date): string {
  const file = { format: SET_ASIDE_FILE_FORMAT, key: PROGRESS_STORAGE_KEY, exportedAt: exportedAt.toISOString(), records };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The progress records kept aside in this browser so far (oldest first). */
export const progressSetAside = (): SetAsideRecord[] => setAsideRecords(browserStorage(), PROGRESS_STORAGE_KEY);
