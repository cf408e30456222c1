import * as z from 'zod/mini';
import { SignedPartsSchema } from './assignment.schema';
import { AttemptRecordFileSchema } from './attempt.schema';
import { lineText } from './text-fields.schema';

export const RESULT_FILE_FORMAT = 'signaal-result';
/** Version 2 carries each attempt's mode, seed and scoring rules; version 1 did not. */
export const RESULT_FILE_VERSION = 2;
export const LEARNER_NAME_MAX = 100;
/** A result file is a few KB; anything far larger is not one, and is refused before parsing. */
export const MAX_RESULT_FILE_BYTES = 512 * 1024;

/**
 * A learner's result file (versions 1 and 2; the attempt schema tells them apart by the fields
 * present). Scores are deliberately absent: the trainer recomputes them from the attempts, so
 * there is nothing in the file worth editing.
 */
export const ResultFileSchema = z.strictObject({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(RESULT_FILE_VERSION)]),
  learner: lineText(LEARNER_NAME_MAX),
  savedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)),
  assignment: SignedPartsSchema,
  attempts: z.array(AttemptRecordFileSchema).check(z.maxLength(400)),
});

export type ResultFileJson = z.infer<typeof ResultFileSchema>;
