import * as z from 'zod/mini';
import { PersistedProgressSchema, toPersistedProgress } from './progress.schema';
import { PROGRESS_VERSION, migrateProgress, type PersistedProgress } from './progress-store';

export const PROGRESS_FILE_FORMAT = 'signaal-progress';
/** Larger than any real progress file by far; refuses files that could only be mistakes or abuse. */
export const PROGRESS_FILE_MAX_BYTES = 2_000_000;

export type ProgressFileError = 'too-large' | 'not-json' | 'not-signaal' | 'newer-version' | 'invalid';
export type DecodedProgressFile = { ok: true; progress: PersistedProgress; exportedAt: string } | { ok: false; error: ProgressFileError };

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

/** Reads a progress file; never throws, and says precisely why a file cannot be used. */
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
  const progress = PersistedProgressSchema.safeParse(migrateProgress(envelope.data.progress, envelope.data.version));
  if (!progress.success) return { ok: false, error: 'invalid' };
  return { ok: true, progress: toPersistedProgress(progress.data), exportedAt: envelope.data.exportedAt };
}
