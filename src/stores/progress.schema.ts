import * as z from 'zod/mini';
import { ID_PATTERN, MAX_SEED, MODES, type LearnerEvent, type Mode } from '../engine';
import { AttemptRecordFileSchema, toAttemptRecord } from '../records/attempt.schema';
import { unitId } from '../records/text-fields.schema';

// zod/mini keeps the first page light; this validates what is read back from storage.
const id = z.string().check(z.regex(ID_PATTERN));

export const LearnerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('learner.acknowledge') }),
  z.object({ type: z.literal('learner.toggle'), unit: unitId() }),
  z.object({ type: z.literal('learner.submit') }),
  z.object({ type: z.literal('learner.choose'), option: id }),
  z.object({ type: z.literal('learner.continue') }),
]);

export const InProgressSchema = z.object({
  contentVersion: z.number().check(z.int(), z.positive()),
  mode: z.enum(MODES),
  seed: z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED)),
  events: z.array(LearnerEventSchema),
});

/** Version 2 of the persisted progress: runs carry their mode and seed; attempts are v2 records. */
export const PersistedProgressSchema = z.object({
  inProgress: z.record(id, InProgressSchema),
  completed: z.record(id, z.array(AttemptRecordFileSchema)),
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const mapValues = (value: unknown, map: (entry: unknown) => unknown) =>
  isObject(value) ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, map(entry)])) : value;

// Version 1 toggles named their unit `fragment`; there were no neutral units yet.
const migrateEventV1 = (event: unknown) =>
  isObject(event) && event.type === 'learner.toggle' && 'fragment' in event ? { type: event.type, unit: event.fragment } : event;

/**
 * Progress version 1 → 2: runs in progress get mode assessment and seed 0 (authored option order,
 * as they were shown), toggles name their unit; completed attempts are read as records made before
 * attempt record v2 (rules 1, seed 0, assessment). Anything it does not recognise is left for the
 * schema to refuse.
 */
export function migrateProgressV1(stored: unknown): unknown {
  if (!isObject(stored)) return stored;
  return {
    ...stored,
    inProgress: mapValues(stored.inProgress, (run) =>
      isObject(run) ? { ...run, mode: 'assessment', seed: 0, events: Array.isArray(run.events) ? run.events.map(migrateEventV1) : run.events } : run,
    ),
    completed: mapValues(stored.completed, (attempts) =>
      Array.isArray(attempts)
        ? attempts.map((attempt: unknown) => (isObject(attempt) ? { mode: 'assessment', seed: 0, rules: 1, ...attempt } : attempt))
        : attempts,
    ),
  };
}

/**
 * Brings stored progress of an older version up to the current one; each version adds a step here
 * and a frozen fixture of the old shape in tests/fixtures.
 */
export function migrateProgress(stored: unknown, version: number): unknown {
  return version === 1 ? migrateProgressV1(stored) : stored;
}

/** Brands validated progress: every completed attempt as a full attempt record. */
export const toPersistedProgress = (data: z.infer<typeof PersistedProgressSchema>) => ({
  inProgress: data.inProgress as Record<string, { contentVersion: number; mode: Mode; seed: number; events: LearnerEvent[] }>,
  completed: Object.fromEntries(Object.entries(data.completed).map(([id, attempts]) => [id, attempts.map((a) => toAttemptRecord(a))])),
});
