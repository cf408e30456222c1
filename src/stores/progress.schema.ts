import * as z from 'zod/mini';

// zod/mini keeps the first page light; this validates what is read back from storage.
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const LearnerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('learner.acknowledge') }),
  z.object({ type: z.literal('learner.toggle'), fragment: id }),
  z.object({ type: z.literal('learner.submit') }),
  z.object({ type: z.literal('learner.choose'), option: id }),
]);

export const AttemptRecordSchema = z.object({
  scenarioId: id,
  contentVersion: z.number().check(z.int(), z.positive()),
  path: z.array(id),
  flags: z.array(id),
  choices: z.array(z.object({ scene: id, option: id })),
});

export const InProgressSchema = z.object({
  contentVersion: z.number().check(z.int(), z.positive()),
  events: z.array(LearnerEventSchema),
});

/** Version 1 of the persisted progress. */
export const PersistedProgressSchema = z.object({
  inProgress: z.record(id, InProgressSchema),
  completed: z.record(id, z.array(AttemptRecordSchema)),
});
