import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_RESULT_CODE_LENGTH,
  assignmentDigest,
  compactAttempt,
  decodeResultCode,
  encodeResultCode,
  expandAttempt,
  type ResultCode,
  type ResultCodeError,
} from '../../src/records';
import { ALL_SCENARIOS, makeAssignment, signAssignment } from '../support/assignments';
import { attemptArbitrary } from '../support/attempts';
import { scenarioById, scenarioCodes } from '../support/scenario-text';

const ERRORS: ResultCodeError[] = ['empty', 'too-long', 'malformed', 'not-a-result-code', 'unknown-version', 'damaged', 'invalid'];
const scenarios = ALL_SCENARIOS.map(scenarioById);
const hotel = scenarioById('hotel-room-214');
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

async function sampleCode(learner = 'Ada Lovelace') {
  const signed = await signAssignment(makeAssignment({ scenarios: ALL_SCENARIOS }));
  const attempts = scenarios.map((s) => compactAttempt(s, fc.sample(attemptArbitrary(s), 1)[0]!));
  const code: ResultCode = { assignmentId: signed.assignment.id, assignmentDigest: await assignmentDigest(signed), learner, attempts };
  return { code, text: encodeResultCode(code, scenarioCodes) };
}

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('short result codes', { timeout: 60_000 }, () => {
  it('carry any attempt exactly: packing and unpacking through the vignette gives the same record', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios).chain((s) => attemptArbitrary(s).map((a) => [s, a] as const)), ([scenario, attempt]) => {
        const compact = compactAttempt(scenario, attempt);
        const text = encodeResultCode({ assignmentId: 'AAAAAAAA', assignmentDigest: 'BBBBBBBB', learner: 'Jan', attempts: [compact] }, scenarioCodes);
        const decoded = decodeResultCode(text, scenarioCodes);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.value.attempts).toEqual([compact]);
        expect(expandAttempt(scenario, decoded.value.attempts[0]!)).toEqual({ ...attempt, flags: expect.arrayContaining(attempt.flags) });
      }),
      { numRuns: 60 },
    );
  });

  it('stay short: every vignette, a few marked sentences each and a long name in a few hundred characters', async () => {
    const { text } = await sampleCode('Maria Gonçalves-van den Berghe-Oudshoorn');
    console.info(`result code for ${scenarios.length} vignettes: ${text.length} characters`);
    // About 25 characters a vignette (number, version, mode, seed, rules, marks, choices) and 80 for the rest.
    expect(text.length).toBeLessThan(80 + 25 * scenarios.length);
  });

  it('random text never throws and is refused with a known reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/)), (text) => {
        const decoded = decodeResultCode(text, scenarioCodes);
        if (!decoded.ok) expect(ERRORS).toContain(decoded.error);
        else expect(decoded.value.learner.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a truncated code is refused', async () => {
    const { text } = await sampleCode();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (length) => {
        expect(decodeResultCode(text.slice(0, length), scenarioCodes).ok).toBe(false);
      }),
    );
  });

  it('one mistyped character anywhere is refused (CRC-16)', async () => {
    const { text } = await sampleCode();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom(...ALPHABET), (at, char) => {
        fc.pre(text[at] !== char);
        expect(decodeResultCode(`${text.slice(0, at)}${char}${text.slice(at + 1)}`, scenarioCodes).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('an oversized code is refused as too long', () => {
    expect(decodeResultCode('A'.repeat(MAX_RESULT_CODE_LENGTH + 1), scenarioCodes)).toEqual({ ok: false, error: 'too-long' });
  });

  it('an assignment link pasted as a result code is named as such', async () => {
    const signed = await signAssignment(makeAssignment());
    expect(decodeResultCode(signed.code, scenarioCodes)).toEqual({ ok: false, error: 'not-a-result-code' });
  });

  it('an attempt packed against another version of a vignette does not unpack', () => {
    const attempt = fc.sample(attemptArbitrary(hotel), 1)[0]!;
    const compact = compactAttempt(hotel, attempt);
    expect(expandAttempt(hotel, { ...compact, contentVersion: hotel.version + 1 })).toBeUndefined();
    expect(expandAttempt(hotel, { ...compact, flagged: compact.flagged.slice(1) })).toBeUndefined();
    expect(expandAttempt(hotel, { ...compact, options: [99] })).toBeUndefined();
  });
});
