import type { ScenarioCodes } from '../engine';
import { ATTEMPT_LIMITS, readAttempt, readTextVignette, unpackBits, writeAttempt, type CompactAttempt } from './attempt-encoding';
import { BASE64URL, fromBase64url, toBase64url } from './base64url';
import type { SignedAssignment } from './assignment.schema';
import { ByteReader, ByteWriter, crc16 } from './byte-writer';
import { accept, refuse, type Decoded } from './decoded';
import { LEARNER_NAME_MAX } from './result-file.schema';
import { lineText } from './text-fields.schema';

/** What a short result code carries: which assignment, who, and the latest attempt per vignette. */
export type ResultCode = { assignmentId: string; assignmentDigest: string; learner: string; attempts: CompactAttempt[] };

export type ResultCodeError = 'empty' | 'too-long' | 'malformed' | 'not-a-result-code' | 'unknown-version' | 'damaged' | 'invalid';

/**
 * Format byte of a result code: high nibble 1 = result, low nibble = version. Version 1 (0x11):
 * fragment bits and options only. Version 2 (0x12): the shared attempt encoding (mode, seed,
 * rules, fragment and neutral unit bits, options).
 */
export const RESULT_CODE_FORMAT = 0x12;
const RESULT_CODE_V1 = 0x11;
export const MAX_RESULT_CODE_LENGTH = 2000;
const LearnerSchema = lineText(LEARNER_NAME_MAX);
const readUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/**
 * A short fingerprint of one signed assignment (its payload and signature), so a result code can
 * name it in 6 bytes instead of carrying it.
 */
export async function assignmentDigest(signed: Pick<SignedAssignment, 'payload' | 'signature'>): Promise<string> {
  const payload = new TextEncoder().encode(signed.payload);
  const signature = fromBase64url(signed.signature) ?? new Uint8Array();
  const joined = new Uint8Array(payload.length + signature.length);
  joined.set(payload);
  joined.set(signature, payload.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
  return toBase64url(hash.subarray(0, 6));
}

/** Writes a result code: format byte, assignment id and digest, name, attempts, CRC-16; base64url. */
export function encodeResultCode(code: ResultCode, codes: ScenarioCodes): string {
  const id = fromBase64url(code.assignmentId);
  const digest = fromBase64url(code.assignmentDigest);
  const name = new TextEncoder().encode(code.learner);
  if (id?.length !== 6 || digest?.length !== 6 || name.length > 255) throw new RangeError('result code fields out of range');
  const out = new ByteWriter().byte(RESULT_CODE_FORMAT).raw(id).raw(digest).byte(name.length).raw(name).varint(code.attempts.length);
  for (const attempt of code.attempts) writeAttempt(out, attempt, codes);
  const body = out.done();
  const crc = crc16(body);
  return toBase64url(new ByteWriter().raw(body).byte(crc >> 8).byte(crc).done());
}

// Version 1: a vignette as number + 1, or 0, one length byte and its id; fragment bits; options + 1.
function readAttemptV1(read: ByteReader, codes: ScenarioCodes): CompactAttempt | undefined {
  const code = read.varint(10_000);
  const scenarioId = code > 0 ? codes.idOf(code - 1) : readTextVignette(read, read.byte());
  const contentVersion = read.varint();
  const count = read.varint(ATTEMPT_LIMITS.units);
  const flagged = unpackBits(read.raw(Math.ceil(count / 8)), count);
  const options = Array.from({ length: read.varint(ATTEMPT_LIMITS.decisions) }, () => read.varint(ATTEMPT_LIMITS.options) - 1);
  return scenarioId === undefined ? undefined : { scenarioId, contentVersion, flagged, options };
}

function readAttemptV2(read: ByteReader, codes: ScenarioCodes): CompactAttempt | undefined {
  const { scenarioId, ...rest } = readAttempt(read, codes);
  return scenarioId === undefined ? undefined : { scenarioId, ...rest };
}

/**
 * Reads a result code of any version; never throws. Attempts still have to be expanded against the
 * structure of their content version.
 */
export function decodeResultCode(text: string, codes: ScenarioCodes): Decoded<ResultCode, ResultCodeError> {
  const trimmed = text.replace(/\s+/g, '');
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_RESULT_CODE_LENGTH) return refuse('too-long');
  if (!BASE64URL.test(trimmed)) return refuse('malformed');
  const bytes = fromBase64url(trimmed);
  if (!bytes) return refuse('damaged');
  if (bytes.length < 3) return refuse('damaged');
  const format = bytes[0] ?? 0;
  if (format >> 4 !== RESULT_CODE_FORMAT >> 4) return refuse('not-a-result-code');
  if (format !== RESULT_CODE_FORMAT && format !== RESULT_CODE_V1) return refuse('unknown-version');
  const body = bytes.subarray(0, bytes.length - 2);
  if (crc16(body) !== (((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0))) return refuse('damaged');
  const readOne = format === RESULT_CODE_V1 ? readAttemptV1 : readAttemptV2;
  try {
    const read = new ByteReader(body);
    read.byte();
    const assignmentId = toBase64url(read.raw(6));
    const assignmentDigest = toBase64url(read.raw(6));
    const learner = readUtf8(read.raw(read.byte()));
    if (!LearnerSchema.safeParse(learner).success) return refuse('invalid');
    const attempts: CompactAttempt[] = [];
    for (let n = read.varint(64); n > 0; n -= 1) {
      const attempt = readOne(read, codes);
      if (!attempt) return refuse('invalid');
      attempts.push(attempt);
    }
    if (!read.atEnd) return refuse('damaged');
    return accept({ assignmentId, assignmentDigest, learner, attempts });
  } catch {
    // A length that runs past the end, invalid UTF-8 or an out-of-range number: a damaged code.
    return refuse('damaged');
  }
}
