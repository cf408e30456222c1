import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_LIMITS,
  MAX_ASSIGNMENT_CODE_LENGTH,
  decodeAssignmentCode,
  fromBase64url,
  parseAssignmentPayload,
  toBase64url,
  type AssignmentCodeError,
} from '../../src/records';
import { deflateRaw } from '../../src/records/deflate';
import { verifySignature } from '../../src/integrations/signing';
import { qrSvgPath } from '../../src/integrations/qr';
import { ALL_SCENARIOS, assignmentArbitrary, makeAssignment, signAssignment } from '../support/assignments';
import { scenarioCodes } from '../support/scenario-text';

const ERRORS: AssignmentCodeError[] = ['empty', 'too-long', 'malformed', 'unknown-version', 'damaged', 'invalid', 'unknown-scenario'];
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Decodes and verifies like a learner's browser: accepted only when both succeed. */
async function openLike(code: string) {
  const decoded = await decodeAssignmentCode(code, scenarioCodes);
  if (!decoded.ok) return { accepted: false, error: decoded.error };
  const check = await verifySignature(decoded.value.publicKey, bytesOf(decoded.value.payload), decoded.value.signature);
  return { accepted: check === 'valid', decoded: decoded.value };
}

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('assignment link codes', { timeout: 60_000 }, () => {
  it('round-trip any valid assignment, signature intact', async () => {
    await fc.assert(
      fc.asyncProperty(assignmentArbitrary, async (assignment) => {
        const signed = await signAssignment(assignment);
        const decoded = await decodeAssignmentCode(signed.code, scenarioCodes);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.value.assignment).toEqual(assignment);
        expect(decoded.value.payload).toBe(signed.payload);
        expect(await verifySignature(decoded.value.publicKey, bytesOf(decoded.value.payload), decoded.value.signature)).toBe('valid');
      }),
      { numRuns: 60 },
    );
  });

  it('random text never throws and is refused with a known reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String().map((s) => s.replace(/=+$/, ''))), async (text) => {
        const decoded = await decodeAssignmentCode(text, scenarioCodes);
        if (!decoded.ok) expect(ERRORS).toContain(decoded.error);
        else expect((await openLike(text)).accepted).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a valid format byte never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 400 }), async (bytes) => {
        const code = toBase64url(Uint8Array.of(1, ...bytes));
        const opened = await openLike(code);
        expect(opened.accepted).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a truncated code is never accepted', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: ALL_SCENARIOS, trainer: 'Anna de Vries' }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: signed.code.length - 1 }), async (length) => {
        const opened = await openLike(signed.code.slice(0, length));
        expect(opened.accepted).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('a single flipped bit anywhere never opens as a different assignment', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: ALL_SCENARIOS.slice(0, 4), passMark: 80 }));
    const bytes = fromBase64url(signed.code);
    if (!bytes) throw new Error('the code must decode');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const opened = await openLike(toBase64url(flipped));
        // Padding bits after the deflate stream's end carry nothing: the same payload may open.
        if (opened.accepted) expect(opened.decoded?.payload).toBe(signed.payload);
      }),
      { numRuns: 200 },
    );
  });

  it('an oversized code is refused before any work, as too long', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MAX_ASSIGNMENT_CODE_LENGTH + 1, max: 200_000 }), async (length) => {
        const decoded = await decodeAssignmentCode('A'.repeat(length), scenarioCodes);
        expect(decoded).toEqual({ ok: false, error: 'too-long' });
      }),
      { numRuns: 20 },
    );
  });

  it('a deflate bomb inside the size limit is refused, not unpacked', async () => {
    const signed = await signAssignment(makeAssignment());
    const key = fromBase64url(signed.publicKey) ?? new Uint8Array();
    const signature = fromBase64url(signed.signature) ?? new Uint8Array();
    const bomb = await deflateRaw(new Uint8Array(1_000_000));
    const code = toBase64url(Uint8Array.of(1, ...key, ...signature, ...bomb));
    expect(code.length).toBeLessThanOrEqual(MAX_ASSIGNMENT_CODE_LENGTH);
    expect(await decodeAssignmentCode(code, scenarioCodes)).toEqual({ ok: false, error: 'too-long' });
  });

  it('an edited pass mark or list of vignettes is detected by the signature', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: ALL_SCENARIOS.slice(0, 3), passMark: 80 }));
    for (const edited of [signed.payload.replace('"p":80', '"p":10'), signed.payload.replace('"s":[0,1,2]', '"s":[0]')]) {
      expect(edited).not.toBe(signed.payload);
      const parsed = parseAssignmentPayload(edited, scenarioCodes);
      expect(parsed.ok).toBe(true);
      expect(await verifySignature(signed.publicKey, bytesOf(edited), signed.signature)).toBe('invalid');
    }
  });

  it('names the reason: unknown version, unknown vignette number, invalid fields', async () => {
    const signed = await signAssignment(makeAssignment());
    const bytes = fromBase64url(signed.code) ?? new Uint8Array();
    expect(await decodeAssignmentCode(toBase64url(Uint8Array.of(2, ...bytes.subarray(1))), scenarioCodes)).toEqual({ ok: false, error: 'unknown-version' });
    expect(parseAssignmentPayload(signed.payload.replace('"v":1', '"v":3'), scenarioCodes)).toEqual({ ok: false, error: 'unknown-version' });
    expect(parseAssignmentPayload(signed.payload.replace('"s":[0]', '"s":[999]'), scenarioCodes)).toEqual({ ok: false, error: 'unknown-scenario' });
    expect(parseAssignmentPayload(signed.payload.replace('"p":70', '"p":170'), scenarioCodes)).toEqual({ ok: false, error: 'invalid' });
    expect(parseAssignmentPayload(signed.payload.replace('"p":70', '"p":70,"x":1'), scenarioCodes)).toEqual({ ok: false, error: 'invalid' });
    expect(parseAssignmentPayload('{', scenarioCodes)).toEqual({ ok: false, error: 'damaged' });
    expect(await decodeAssignmentCode('  ', scenarioCodes)).toEqual({ ok: false, error: 'empty' });
    expect(await decodeAssignmentCode('abc!def', scenarioCodes)).toEqual({ ok: false, error: 'malformed' });
  });

  it('the largest assignment still makes a link a phone reads from a QR code', async () => {
    const assignment = makeAssignment({
      scenarios: ALL_SCENARIOS,
      title: 'Signalen van mensenhandel herkennen: jaarlijkse verplichte scholing voor receptie, huishouding, nachtdienst en bediening'.padEnd(ASSIGNMENT_LIMITS.title, '.'),
      trainer: 'Maria Gonçalves-van den Berghe-Oudshoorn, trainer mensenhandel'.padEnd(ASSIGNMENT_LIMITS.name, '.'),
      organisation: 'Stichting Veilig Werken Noord-Holland en Flevoland, afdeling opleidingen'.padEnd(ASSIGNMENT_LIMITS.name, '.'),
      due: '2026-12-31',
      feedback: 'scene',
    });
    const signed = await signAssignment(assignment);
    const link = `https://signaal.example.org/training/#/assignment/${signed.code}`;
    const qr = qrSvgPath(link);
    console.info(`largest assignment: payload ${signed.payload.length} chars, code ${signed.code.length} chars, link ${link.length} chars, QR version ${qr.version} (${qr.modules}×${qr.modules} modules, level M)`);
    // The largest code grows with the library (a few characters a vignette); what matters is the QR.
    expect(signed.code.length).toBeLessThanOrEqual(MAX_ASSIGNMENT_CODE_LENGTH);
    // Version 20 (97 modules) printed 6 cm wide still gives phones over 0.6 mm per module.
    expect(qr.version).toBeLessThanOrEqual(20);
  });
});
