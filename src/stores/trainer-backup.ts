import * as z from 'zod/mini';
import { PUBLIC_KEY } from '../records/assignment.schema';
import { readTrainerData, storedTrainerData, type TrainerData } from './trainer-store';
import type { SetAsideRecord } from './record-loader';

export const TRAINER_BACKUP_FORMAT = 'signaal-trainer-backup';
export const TRAINER_BACKUP_VERSION = 1;
/** A backup of many assignments and thousands of results stays well under this. */
export const MAX_TRAINER_BACKUP_BYTES = 20 * 1024 * 1024;

/** The trainer's key as a backup carries it (see integrations/signing). */
export type BackupKey = { publicKey: string; privateKey: string; createdAt: string };

const KeySchema = z.strictObject({
  publicKey: z.string().check(z.regex(PUBLIC_KEY)),
  privateKey: z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+$/)),
  createdAt: z.string().check(z.maxLength(40)),
});

const BackupSchema = z.object({
  format: z.literal(TRAINER_BACKUP_FORMAT),
  version: z.number(),
  savedAt: z.string().check(z.maxLength(40)),
  data: z.unknown(),
  key: z.optional(z.unknown()),
});

/** Writes everything the trainer keeps in this browser as one readable JSON file. */
export function writeTrainerBackup(data: TrainerData, key: BackupKey | undefined, now = new Date()): string {
  const file = { format: TRAINER_BACKUP_FORMAT, version: TRAINER_BACKUP_VERSION, savedAt: now.toISOString(), data: storedTrainerData(data), ...(key ? { key } : {}) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type TrainerBackupError = 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version';

/** What a backup file held: every record that could be read, the key, and how many could not. */
export type TrainerBackup = { data: TrainerData; key?: BackupKey; unreadable: number; savedAt: string };

/** Reads a backup file record by record, like stored data: one bad result does not cost the rest. */
export function readTrainerBackup(text: string): { ok: true; value: TrainerBackup } | { ok: false; error: TrainerBackupError } {
  if (text.length > MAX_TRAINER_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const file = BackupSchema.safeParse(raw);
  if (!file.success) return { ok: false, error: 'not-a-backup' };
  if (file.data.version > TRAINER_BACKUP_VERSION) return { ok: false, error: 'newer-version' };
  const unreadable: SetAsideRecord[] = [];
  const data = readTrainerData(file.data.data, unreadable);
  const key = file.data.key === undefined ? undefined : KeySchema.safeParse(file.data.key);
  const badKey = key !== undefined && !key.success;
  return {
    ok: true,
    value: { data, unreadable: unreadable.length + (badKey ? 1 : 0), savedAt: file.data.savedAt, ...(key?.success ? { key: key.data } : {}) },
  };
}
