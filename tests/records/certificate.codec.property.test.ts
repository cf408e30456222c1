import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/records';
import { decodeCertificate, encodeCertificate } from '../../src/records/certificate.codec';
import type { Certificate } from '../../src/records/certificate.schema';
import { asScenarioId } from '../../src/engine';
import { scenarioCodes } from '../support/scenario-text';

// A one-line text as the schemas accept it: any Unicode, trimmed, no control characters.
const line = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => [...s].filter((c) => !/\p{Cc}/u.test(c)).join('').trim())
    .filter((s) => s.length > 0 && [...s].length <= max && s.length <= max);

const kebab = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);

const attempt = fc.record({
  scenarioId: fc.oneof(fc.constantFrom('hotel-room-214', 'care-gp-employer'), kebab).map(asScenarioId),
  contentVersion: fc.integer({ min: 1, max: 1_000_000 }),
  mode: fc.constantFrom('practice' as const, 'assessment' as const),
  seed: fc.integer({ min: 0, max: 4095 }),
  rules: fc.constantFrom(1 as const, 2 as const),
  flagged: fc.array(fc.boolean(), { maxLength: 60 }),
  // Dense marks, and the usual few marks among many sentences (written as positions).
  neutrals: fc.oneof(
    fc.array(fc.boolean(), { maxLength: 200 }),
    fc.integer({ min: 0, max: 200 }).chain((n) => fc.subarray([...Array(n).keys()], { maxLength: Math.min(5, n) }).map((set) => Array.from({ length: n }, (_, i) => set.includes(i)))),
  ),
  options: fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 5 }),
  stated: fc.integer({ min: 0, max: 100 }),
});

const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const publicKey = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toBase64url);
const signature = fc.uint8Array({ minLength: 64, maxLength: 64 }).map(toBase64url);

const certificate: fc.Arbitrary<Certificate> = fc
  .record({
    locale: fc.constantFrom('nl' as const, 'en' as const),
    issued: day,
    learner: line(100),
    passMark: fc.integer({ min: 0, max: 100 }),
    attempts: fc.uniqueArray(attempt, { minLength: 1, maxLength: 8, selector: (a) => a.scenarioId }),
    assignment: fc.option(
      fc.record({ title: line(120), trainer: line(80), organisation: line(80) }, { requiredKeys: ['title'] }),
      { nil: undefined },
    ),
    countersignature: fc.option(fc.record({ publicKey, signature }), { nil: undefined }),
  })
  .map(({ assignment, countersignature, ...rest }) => ({
    ...rest,
    ...(assignment ? { assignment } : {}),
    ...(countersignature && assignment?.trainer ? { countersignature } : {}),
  }));

// Hundreds of async cases each: the timeouts leave room for a busy machine.
describe('certificate code properties', () => {
  it('every certificate survives encoding and decoding unchanged, with the same number', async () => {
    await fc.assert(
      fc.asyncProperty(certificate, async (original) => {
        const { code, number } = await encodeCertificate(original, scenarioCodes);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        const decoded = await decodeCertificate(code, scenarioCodes);
        if (!decoded.ok) throw new Error(`refused: ${decoded.error}`);
        expect(decoded.value.certificate).toEqual(original);
        expect(decoded.value.number).toBe(number);
        expect(decoded.value.signedBytes !== undefined).toBe(original.countersignature !== undefined);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('any text at all is refused with a reason, never thrown and never read as a certificate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
        const decoded = await decodeCertificate(text, scenarioCodes);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('random bytes in a certificate frame are refused: the checksum does not match', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 9, maxLength: 400 }), async (bytes) => {
        bytes[0] = 0x21;
        const decoded = await decodeCertificate(toBase64url(bytes), scenarioCodes);
        // A checksum that does not match is 'altered', or 'truncated' where the bytes read as the
        // start of a longer code (e.g. 21 00 80 8f 01 00 … claims more attempts than it holds).
        expect(decoded).toEqual({ ok: false, error: expect.stringMatching(/^(altered|truncated)$/) });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('changing any one character of a code makes it refused', async () => {
    await fc.assert(
      fc.asyncProperty(certificate, fc.nat(), fc.constantFrom(...'ABCabc019-_'), async (original, at, replacement) => {
        const { code } = await encodeCertificate(original, scenarioCodes);
        const index = at % code.length;
        fc.pre(code[index] !== replacement);
        const changed = code.slice(0, index) + replacement + code.slice(index + 1);
        const decoded = await decodeCertificate(changed, scenarioCodes);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
