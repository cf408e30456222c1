import type { AttemptRecord, Scenario, ScenarioId } from '../engine';
import { BASE64URL, fromBase64url, toBase64url } from './base64url';
import type { SignedAssignment } from './assignment.schema';
import { ByteReader, ByteWriter, crc16 } from './byte-writer';
import { accept, refuse, type Decoded } from './decoded';
import { replayAnswers } from './replay-answers';
import { LEARNER_NAME_MAX } from './result-file.schema';
import { fromScenarioCode, toScenarioCode } from './scenario-codes';
import { ID, lineText } from './text-fields.schema';

/** An attempt packed against its vignette: one bit per fragment, one number per decision. */
export type CompactAttempt = { scenarioId: ScenarioId; contentVersion: number; flagged: boolean[]; options: number[] };

/** What a short result code carries: which assignment, who, and the latest attempt per vignette. */
export type ResultCode = { assignmentId: string; assignmentDigest: string; learner: string; attempts: CompactAttempt[] };

export type ResultCodeError = 'empty' | 'too-long' | 'malformed' | 'not-a-result-code' | 'unknown-version' | 'damaged' | 'invalid';

/** Format byte of a result code: high nibble 1 = result, low nibble = version. */
export const RESULT_CODE_FORMAT = 0x11;
export const MAX_RESULT_CODE_LENGTH = 2000;
const LearnerSchema = lineText(LEARNER_NAME_MAX);

const fragmentsOf = (scenario: Scenario) => scenario.scenes.flatMap((scene) => scene.fragments);

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

/** Packs an attempt against its vignette's fragments (in scene order) and decision options. */
export function compactAttempt(scenario: Scenario, attempt: AttemptRecord): CompactAttempt {
  const flags = new Set(attempt.flags);
  return {
    scenarioId: scenario.id,
    contentVersion: attempt.contentVersion,
    flagged: fragmentsOf(scenario).map((f) => flags.has(f.id)),
    options: attempt.choices.map((choice) => {
      const scene = scenario.scenes.find((s) => s.id === choice.scene);
      return scene?.type === 'decide' ? scene.options.findIndex((o) => o.id === choice.option) : -1;
    }),
  };
}

/**
 * Unpacks an attempt by replaying it through the vignette; undefined when it was packed against
 * another version or does not walk to the end.
 */
export function expandAttempt(scenario: Scenario, compact: CompactAttempt): AttemptRecord | undefined {
  const fragments = fragmentsOf(scenario);
  if (compact.scenarioId !== scenario.id || compact.contentVersion !== scenario.version) return undefined;
  if (compact.flagged.length !== fragments.length) return undefined;
  const flags = new Set(fragments.filter((_, i) => compact.flagged[i]).map((f) => f.id));
  const attempt = replayAnswers(scenario, flags, (scene, nth) => {
    const index = compact.options[nth];
    return scene.type === 'decide' && index !== undefined ? scene.options[index]?.id : undefined;
  });
  return attempt && attempt.choices.length === compact.options.length ? attempt : undefined;
}

/** Writes a result code: format byte, assignment id and digest, name, attempts, CRC-16; base64url. */
export function encodeResultCode(code: ResultCode): string {
  const id = fromBase64url(code.assignmentId);
  const digest = fromBase64url(code.assignmentDigest);
  const name = new TextEncoder().encode(code.learner);
  if (id?.length !== 6 || digest?.length !== 6 || name.length > 255) throw new RangeError('result code fields out of range');
  const out = new ByteWriter().byte(RESULT_CODE_FORMAT).raw(id).raw(digest).byte(name.length).raw(name).varint(code.attempts.length);
  for (const attempt of code.attempts) {
    const scenario = toScenarioCode(attempt.scenarioId);
    if (typeof scenario === 'number') out.varint(scenario + 1);
    else out.varint(0).raw(Uint8Array.of(scenario.length)).raw(new TextEncoder().encode(scenario));
    out.varint(attempt.contentVersion).varint(attempt.flagged.length);
    const bits = new Uint8Array(Math.ceil(attempt.flagged.length / 8));
    attempt.flagged.forEach((on, i) => {
      if (on) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
    });
    out.raw(bits).varint(attempt.options.length);
    for (const option of attempt.options) out.varint(option + 1);
  }
  const body = out.done();
  const crc = crc16(body);
  return toBase64url(new ByteWriter().raw(body).byte(crc >> 8).byte(crc).done());
}

/** Reads a result code; never throws. Attempts still have to be expanded against the content. */
export function decodeResultCode(text: string): Decoded<ResultCode, ResultCodeError> {
  const trimmed = text.replace(/\s+/g, '');
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_RESULT_CODE_LENGTH) return refuse('too-long');
  if (!BASE64URL.test(trimmed)) return refuse('malformed');
  const bytes = fromBase64url(trimmed);
  if (!bytes) return refuse('damaged');
  if (bytes.length < 3) return refuse('damaged');
  if (bytes[0] !== undefined && bytes[0] >> 4 !== RESULT_CODE_FORMAT >> 4) return refuse('not-a-result-code');
  if (bytes[0] !== RESULT_CODE_FORMAT) return refuse('unknown-version');
  const body = bytes.subarray(0, bytes.length - 2);
  if (crc16(body) !== (((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0))) return refuse('damaged');
  try {
    const read = new ByteReader(body);
    read.byte();
    const assignmentId = toBase64url(read.raw(6));
    const assignmentDigest = toBase64url(read.raw(6));
    const learner = new TextDecoder('utf-8', { fatal: true }).decode(read.raw(read.byte()));
    if (!LearnerSchema.safeParse(learner).success) return refuse('invalid');
    const attempts: CompactAttempt[] = [];
    for (let n = read.varint(64); n > 0; n -= 1) {
      const code = read.varint(10_000);
      const scenarioId = code > 0 ? fromScenarioCode(code - 1) : fromScenarioCode(new TextDecoder('utf-8', { fatal: true }).decode(read.raw(read.byte())));
      // An id in text is a vignette id like any other: never a control character or a stray byte.
      if (scenarioId === undefined || !ID.test(scenarioId)) return refuse('invalid');
      const contentVersion = read.varint();
      const count = read.varint(2000);
      const bits = read.raw(Math.ceil(count / 8));
      const flagged = Array.from({ length: count }, (_, i) => ((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0);
      const options = Array.from({ length: read.varint(200) }, () => read.varint(1000) - 1);
      attempts.push({ scenarioId, contentVersion, flagged, options });
    }
    if (!read.atEnd) return refuse('damaged');
    return accept({ assignmentId, assignmentDigest, learner, attempts });
  } catch {
    // A length that runs past the end, invalid UTF-8 or an out-of-range number: a damaged code.
    return refuse('damaged');
  }
}
