import { BASE64URL, fromBase64url, toBase64url } from './base64url';
import {
  ASSIGNMENT_LRS_VERSION,
  ASSIGNMENT_VERSION,
  AssignmentWireSchema,
  AssignmentWireV2Schema,
  type Assignment,
  type AssignmentWire,
  type AssignmentWireV2,
  type SignedAssignment,
} from './assignment.schema';
import { accept, refuse, type Decoded } from './decoded';
import { deflateRaw, inflateRaw } from './deflate';
import { asScenarioId, type ScenarioCodes } from '../engine';

/** Why an assignment code or payload was refused; each has a translated message. */
export type AssignmentCodeError = 'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'damaged' | 'invalid' | 'unknown-scenario';

/** Format byte of a link code: high nibble 0 = assignment, low nibble = version. */
export const ASSIGNMENT_CODE_FORMAT = 0x01;
export const MAX_ASSIGNMENT_CODE_LENGTH = 3000;
const MAX_PAYLOAD_BYTES = 4096;
const KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const HEADER = 1 + KEY_BYTES + SIGNATURE_BYTES;

/** A fresh random assignment id (48 bits: collisions within one trainer's assignments are moot). */
export const createAssignmentId = () => toBase64url(crypto.getRandomValues(new Uint8Array(6)));

/** The exact JSON text that is signed; keys in a fixed order, optional fields left out. */
export function assignmentPayload(assignment: Assignment, codes: ScenarioCodes): string {
  const wire: AssignmentWire | AssignmentWireV2 = {
    v: ASSIGNMENT_VERSION,
    i: assignment.id,
    t: assignment.title,
    s: assignment.scenarios.map((id) => codes.codeOf(id) ?? id),
    p: assignment.passMark,
    f: assignment.feedback === 'scene' ? 's' : 'e',
    ...(assignment.due ? { d: assignment.due } : {}),
    ...(assignment.trainer ? { n: assignment.trainer } : {}),
    ...(assignment.organisation ? { o: assignment.organisation } : {}),
    l: assignment.locale,
    // Version 2 only when an LRS is named: an assignment without one is the same bytes as before.
    ...(assignment.lrs ? { v: ASSIGNMENT_LRS_VERSION, x: { e: assignment.lrs.endpoint, a: assignment.lrs.auth } } : {}),
  } as AssignmentWire | AssignmentWireV2;
  return JSON.stringify(wire);
}

/** Reads and validates a signed payload text; never throws. */
export function parseAssignmentPayload(payload: string, codes: ScenarioCodes): Decoded<Assignment, AssignmentCodeError> {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return refuse('damaged');
  }
  const version = typeof raw === 'object' && raw !== null && 'v' in raw ? raw.v : undefined;
  if (version !== undefined && version !== ASSIGNMENT_VERSION && version !== ASSIGNMENT_LRS_VERSION) return refuse('unknown-version');
  const parsed = version === ASSIGNMENT_LRS_VERSION ? AssignmentWireV2Schema.safeParse(raw) : AssignmentWireSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalid');
  const wire = parsed.data;
  const scenarios = wire.s.map((code) => (typeof code === 'number' ? codes.idOf(code) : asScenarioId(code)));
  if (scenarios.some((id) => id === undefined)) return refuse('unknown-scenario');
  return accept({
    id: wire.i,
    title: wire.t,
    scenarios: scenarios.filter((id) => id !== undefined),
    passMark: wire.p,
    feedback: wire.f === 's' ? 'scene' : 'end',
    ...(wire.d ? { due: wire.d } : {}),
    ...(wire.n ? { trainer: wire.n } : {}),
    ...(wire.o ? { organisation: wire.o } : {}),
    locale: wire.l,
    ...('x' in wire ? { lrs: { endpoint: wire.x.e, auth: wire.x.a } } : {}),
  });
}

/**
 * Packs a signed assignment for a link: format byte, public key, signature, then the payload
 * deflated; base64url. Key and signature do not compress, so they stay outside the deflate.
 */
export async function encodeAssignmentCode(signed: Omit<SignedAssignment, 'assignment'>): Promise<string> {
  const key = fromBase64url(signed.publicKey);
  const signature = fromBase64url(signed.signature);
  if (key?.length !== KEY_BYTES || signature?.length !== SIGNATURE_BYTES) throw new RangeError('not an Ed25519 key and signature');
  const packed = await deflateRaw(new TextEncoder().encode(signed.payload));
  const bytes = new Uint8Array(HEADER + packed.length);
  bytes[0] = ASSIGNMENT_CODE_FORMAT;
  bytes.set(key, 1);
  bytes.set(signature, 1 + KEY_BYTES);
  bytes.set(packed, HEADER);
  return toBase64url(bytes);
}

/**
 * Unpacks and validates an assignment code from a link. It does not check the signature (that is
 * WebCrypto's job, in integrations/signing); it never throws, whatever the input.
 */
export async function decodeAssignmentCode(code: string, codes: ScenarioCodes): Promise<Decoded<SignedAssignment, AssignmentCodeError>> {
  const text = code.trim();
  if (text === '') return refuse('empty');
  if (text.length > MAX_ASSIGNMENT_CODE_LENGTH) return refuse('too-long');
  if (!BASE64URL.test(text)) return refuse('malformed');
  // Right characters but an impossible length: the end of the link was cut off.
  const bytes = fromBase64url(text);
  if (!bytes || bytes.length === 0) return refuse('damaged');
  if (bytes[0] !== ASSIGNMENT_CODE_FORMAT) return refuse('unknown-version');
  if (bytes.length <= HEADER) return refuse('damaged');
  const inflated = await inflateRaw(bytes.subarray(HEADER), MAX_PAYLOAD_BYTES);
  if (typeof inflated === 'string') return refuse(inflated);
  let payload: string;
  try {
    payload = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return refuse('damaged');
  }
  const assignment = parseAssignmentPayload(payload, codes);
  if (!assignment.ok) return assignment;
  return accept({
    assignment: assignment.value,
    payload,
    publicKey: toBase64url(bytes.subarray(1, 1 + KEY_BYTES)),
    signature: toBase64url(bytes.subarray(1 + KEY_BYTES, HEADER)),
  });
}
