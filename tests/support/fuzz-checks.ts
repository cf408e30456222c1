import { expect } from 'vitest';
import { parseAssignmentPayload, type SignedAssignment } from '../../src/records';
import { ASSIGNMENT_LRS_VERSION, AssignmentWireSchema, AssignmentWireV2Schema, PUBLIC_KEY, SIGNATURE } from '../../src/records/assignment.schema';
import { scenarioCodes } from './scenario-text';
import { verifySignature } from '../../src/integrations/signing';

// Checks the fuzz tests share: what every accepted signed assignment must be.

type SignedParts = Pick<SignedAssignment, 'payload' | 'publicKey' | 'signature'>;

const partsOf = ({ payload, publicKey, signature }: SignedParts) => JSON.stringify([payload, publicKey, signature]);

/**
 * Signed parts that are not among the originals must not pass the signature: a fuzzer that
 * made a valid signature over edited bytes has made a forgery.
 */
export async function expectNoForgery(parts: SignedParts, originals: readonly SignedParts[]) {
  if (originals.some((original) => partsOf(original) === partsOf(parts))) return;
  const check = await verifySignature(parts.publicKey, new TextEncoder().encode(parts.payload), parts.signature);
  expect(check, "edited signed parts passed the trainer's signature").not.toBe('valid');
}

/**
 * An accepted assignment: its payload valid by the wire schema of its version (1, or 2 naming an
 * LRS), read as it says, key and signature well-formed.
 */
export function expectSoundAssignment(signed: SignedAssignment) {
  const payload = JSON.parse(signed.payload) as { v?: unknown };
  const schema = payload.v === ASSIGNMENT_LRS_VERSION ? AssignmentWireV2Schema : AssignmentWireSchema;
  expect(schema.safeParse(payload).success, 'the signed payload re-validates').toBe(true);
  expect(parseAssignmentPayload(signed.payload, scenarioCodes)).toEqual({ ok: true, value: signed.assignment });
  expect(signed.publicKey).toMatch(PUBLIC_KEY);
  expect(signed.signature).toMatch(SIGNATURE);
}

/**
 * Whether two JSON-like values are equal, compared without recursion: a fuzzed value may be
 * nested deeper than any stack, and the check must not fail where the decoder did not.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() ?? [];
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
      stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
