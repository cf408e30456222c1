import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RESULT_FILE_BYTES, readResultFile, writeResultFile, type ResultFileError } from '../../src/records';
import { isControl } from '../../src/records/text-fields.schema';
import { makeAssignment, signAssignment } from '../support/assignments';
import { attemptArbitrary } from '../support/attempts';
import { scenarioById, scenarioCodes } from '../support/scenario-text';

const ERRORS: ResultFileError[] = ['too-large', 'not-json', 'not-a-result', 'unknown-version', 'invalid', 'assignment-damaged'];
const hotel = scenarioById('hotel-room-214');
const school = scenarioById('school-bank-card');
const learner = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map((s) => [...s].filter((c) => !isControl(c)).join('').replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

async function sample() {
  const signed = await signAssignment(makeAssignment({ scenarios: [hotel.id, school.id] }));
  return { signed, text: writeResultFile({ learner: 'Zoë Ãlvarez-Øberg', savedAt: '2026-03-01T10:00:00.000Z', signed, attempts: [fc.sample(attemptArbitrary(hotel), 1)[0]!] }) };
}

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('result files', { timeout: 60_000 }, () => {
  it('round-trip any learner name and attempts', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: [hotel.id, school.id] }));
    fc.assert(
      fc.property(learner, fc.array(fc.oneof(attemptArbitrary(hotel), attemptArbitrary(school)), { maxLength: 6 }), (name, attempts) => {
        const text = writeResultFile({ learner: name, savedAt: '2026-03-01T10:00:00.000Z', signed, attempts });
        const read = readResultFile(text, scenarioCodes);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.value.learner).toBe(name);
        expect(read.value.attempts).toEqual(attempts);
        expect(read.value.signed).toEqual({ assignment: signed.assignment, payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature });
      }),
      { numRuns: 30 },
    );
  });

  it('random text and random JSON never throw and are refused with a known reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'signaal-result', version: 1, v }))), (text) => {
        const read = readResultFile(text, scenarioCodes);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(ERRORS).toContain(read.error);
      }),
      { numRuns: 400 },
    );
  });

  it('a truncated file is refused', async () => {
    const { text } = await sample();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.trimEnd().length - 1 }), (length) => {
        const read = readResultFile(text.slice(0, length), scenarioCodes);
        expect(read.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a flipped bit never throws: the file is refused or read as valid data', async () => {
    const { text } = await sample();
    const bytes = new TextEncoder().encode(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const read = readResultFile(new TextDecoder().decode(flipped), scenarioCodes);
        if (!read.ok) expect(ERRORS).toContain(read.error);
      }),
      { numRuns: 300 },
    );
  });

  it('an oversized file is refused before it is parsed', () => {
    expect(readResultFile(' '.repeat(MAX_RESULT_FILE_BYTES + 1), scenarioCodes)).toEqual({ ok: false, error: 'too-large' });
  });

  it('names the reason for files of another kind or version', async () => {
    const { text } = await sample();
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(readResultFile('not json', scenarioCodes)).toEqual({ ok: false, error: 'not-json' });
    expect(readResultFile(JSON.stringify({ ...file, format: 'something-else' }), scenarioCodes)).toEqual({ ok: false, error: 'not-a-result' });
    expect(readResultFile(JSON.stringify({ ...file, version: 3 }), scenarioCodes)).toEqual({ ok: false, error: 'unknown-version' });
    expect(readResultFile(JSON.stringify({ ...file, learner: '' }), scenarioCodes)).toEqual({ ok: false, error: 'invalid' });
    expect(readResultFile(JSON.stringify({ ...file, score: 100 }), scenarioCodes)).toEqual({ ok: false, error: 'invalid' });
    const assignment = file.assignment as Record<string, string>;
    expect(readResultFile(JSON.stringify({ ...file, assignment: { ...assignment, payload: '{"v":1}' } }), scenarioCodes)).toEqual({ ok: false, error: 'assignment-damaged' });
  });
});
