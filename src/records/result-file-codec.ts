import type { AttemptRecord, ScenarioCodes } from '../engine';
import { parseAssignmentPayload } from './assignment-codec';
import type { Assignment, SignedAssignment } from './assignment.schema';
import { modeOfFeedback, toAttemptRecord } from './attempt.schema';
import { accept, refuse, type Decoded } from './decoded';
import {
  MAX_RESULT_FILE_BYTES,
  RESULT_FILE_FORMAT,
  RESULT_FILE_VERSION,
  ResultFileSchema,
  type ResultFileJson,
} from './result-file.schema';

/** A learner's results for one assignment, validated. */
export type ResultFile = {
  learner: string;
  savedAt: string;
  signed: SignedAssignment;
  attempts: AttemptRecord[];
};

/** Why a file was refused; each has a translated message. */
export type ResultFileError = 'too-large' | 'not-json' | 'not-a-result' | 'unknown-version' | 'invalid' | 'assignment-damaged';

/** Writes a result file as pretty JSON, readable by a person who opens it. */
export function writeResultFile(result: ResultFile): string {
  const file: ResultFileJson = {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    learner: result.learner,
    savedAt: result.savedAt,
    assignment: { payload: result.signed.payload, publicKey: result.signed.publicKey, signature: result.signed.signature },
    attempts: result.attempts,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Brings a version-1 result file up to version 2: every attempt was played before attempt record
 * v2, so it was scored under rules 1 with options in authored order (seed 0), in the mode its
 * assignment asked for.
 */
function migrateAttempts(file: ResultFileJson, assignment: Assignment): AttemptRecord[] | undefined {
  const mode = modeOfFeedback(assignment.feedback);
  const complete = (a: ResultFileJson['attempts'][number]) => a.mode !== undefined && a.seed !== undefined && a.rules !== undefined;
  if (file.version === RESULT_FILE_VERSION && !file.attempts.every(complete)) return undefined;
  if (file.version === 1 && file.attempts.some((a) => a.mode !== undefined || a.seed !== undefined || a.rules !== undefined)) return undefined;
  return file.attempts.map((attempt) => toAttemptRecord(attempt, mode));
}

/** Reads a result file's text (any version); never throws. The signature is checked by the caller (WebCrypto). */
export function readResultFile(text: string, codes: ScenarioCodes): Decoded<ResultFile, ResultFileError> {
  if (text.length > MAX_RESULT_FILE_BYTES) return refuse('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (typeof raw !== 'object' || raw === null || !('format' in raw) || raw.format !== RESULT_FILE_FORMAT) return refuse('not-a-result');
  if (!('version' in raw) || typeof raw.version !== 'number' || raw.version > RESULT_FILE_VERSION || raw.version < 1) {
    return refuse('unknown-version');
  }
  const parsed = ResultFileSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalid');
  const file = parsed.data;
  const assignment = parseAssignmentPayload(file.assignment.payload, codes);
  if (!assignment.ok) return refuse('assignment-damaged');
  const attempts = migrateAttempts(file, assignment.value);
  if (!attempts) return refuse('invalid');
  return accept({ learner: file.learner, savedAt: file.savedAt, signed: { assignment: assignment.value, ...file.assignment }, attempts });
}
