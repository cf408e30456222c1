import type { AttemptRecord } from '../engine';
import { parseAssignmentPayload } from './assignment-codec';
import type { SignedAssignment } from './assignment.schema';
import { modeOfFeedback, toAttemptRecord } from './attempt.schema';
import { accept, refuse, type Decoded } from './decoded';
import {
  MAX_RESULT_FILE_BYTES,
  RESULT_FILE_FORMAT,
  RESULT_FILE_VERSION,
  ResultFileSchema,
  type ResultFileV1,
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
  const file: ResultFileV1 = {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    learner: result.learner,
    savedAt: result.savedAt,
    assignment: { payload: result.signed.payload, publicKey: result.signed.publicKey, signature: result.signed.signature },
    // Version 1 carries no mode, seed or rules: TODO(result file v2, once frozen samples of v1 are in main) write them.
    attempts: result.attempts.map(({ mode: _mode, seed: _seed, rules: _rules, ...v1 }) => v1),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Brings an older result file up to the current version. Version 1 is the first: a new version
 * adds a step here and a frozen fixture of the old shape in tests/fixtures.
 */
function migrateResultFile(raw: { version: unknown }): unknown {
  return raw;
}

/** Reads a result file's text; never throws. The signature is checked by the caller (WebCrypto). */
export function readResultFile(text: string): Decoded<ResultFile, ResultFileError> {
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
  const parsed = ResultFileSchema.safeParse(migrateResultFile(raw));
  if (!parsed.success) return refuse('invalid');
  const file = parsed.data;
  const assignment = parseAssignmentPayload(file.assignment.payload);
  if (!assignment.ok) return refuse('assignment-damaged');
  return accept({
    learner: file.learner,
    savedAt: file.savedAt,
    signed: { assignment: assignment.value, ...file.assignment },
    attempts: file.attempts.map((attempt) => toAttemptRecord(attempt, modeOfFeedback(assignment.value.feedback))),
  });
}
