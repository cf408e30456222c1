// @vitest-environment node
// What travels between a trainer and learners: the assignment link (Ed25519-signed, deflated),
// and the learner's result file (the signed assignment inside) and short result code (CRC-16).
// Nothing edited may pass the trainer's signature, and a result code's checksum must catch every
// error it promises to catch.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asScenarioId, ID_PATTERN } from '../../src/engine';
import {
  MAX_ASSIGNMENT_CODE_LENGTH,
  MAX_RESULT_CODE_LENGTH,
  MAX_RESULT_FILE_BYTES,
  assignmentDigest,
  compactAttempt,
  decodeAssignmentCode,
  decodeResultCode,
  encodeAssignmentCode,
  encodeResultCode,
  fromBase64url,
  readResultFile,
  writeResultFile,
  type ResultCode,
  type ResultFile,
  type SignedAssignment,
} from '../../src/records';
import { AttemptRecordFileSchema } from '../../src/records/attempt.schema';
import { asCurrentAttempt } from '../../src/records/attempt-encoding';
import { crc16 } from '../../src/records/byte-writer';
import { lineText } from '../../src/records/text-fields.schema';
import { memoryStorage } from '../records/frozen-samples.support';
import { assignmentArbitrary } from '../support/assignments';
import { expectNoForgery, expectSoundAssignment } from '../support/fuzz-checks';
import { describeReport, fuzzDecoder, fuzzTimeout, seedFor } from '../support/fuzz-harness';
import { buildCase, burstBits, drawn, labelled, recipes, type Case } from '../support/fuzz-inputs';
import { codeOfLink, learnerName, sampleTexts, signWithFixedKey, walksThrough } from '../support/fuzz-records';
import { scenarioById, scenarioCodes } from '../support/scenario-text';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

type LinkOriginal = { text: string; value: SignedAssignment };
type FileOriginal = { text: string; value: ResultFile };
type CodeOriginal = { text: string; value: ResultCode };

let links: LinkOriginal[] = [];
let files: FileOriginal[] = [];
let codes: CodeOriginal[] = [];

beforeAll(async () => {
  const made = await Promise.all(drawn(assignmentArbitrary, seedFor('assignment originals')).map(signWithFixedKey));
  const linkCodes = [...sampleTexts('assignment-link').map(codeOfLink), ...made.map((m) => m.code)];
  links = await Promise.all(
    linkCodes.map(async (text, i) => {
      const decoded = await decodeAssignmentCode(text, scenarioCodes);
      if (!decoded.ok) throw new Error(`a valid assignment code was refused: ${decoded.error}`);
      return labelled({ text, value: decoded.value }, `link #${i}`);
    }),
  );

  const played = fc.sample(
    fc.record({
      signed: fc.constantFrom(...links.map((l) => l.value)),
      learner: learnerName,
      savedAt: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      textId: fc.constantFrom(undefined, 'constructor', 'prototype', 'a-vignette-this-build-lacks'),
    }).chain((r) => walksThrough(r.signed.assignment.scenarios.slice(0, 4)).map((attempts) => ({ ...r, attempts }))),
    { numRuns: 48, seed: seedFor('result originals') },
  );
  const written = played.map(({ signed, learner, savedAt, attempts }) => writeResultFile({ learner, savedAt, signed, attempts }));
  files = [...sampleTexts('result-file'), ...written].map((text, i) => {
    const read = readResultFile(text, scenarioCodes);
    if (!read.ok) throw new Error(`a valid result file was refused: ${read.error}`);
    return labelled({ text, value: read.value }, `result file #${i}`);
  });

  const encoded = await Promise.all(
    played.map(async ({ signed, learner, attempts, textId }) => {
      const compact = attempts.map((a) => compactAttempt(scenarioById(a.scenarioId), a));
      // A vignette without a number travels as its id in text: ids like "constructor" too.
      const withText = textId && compact[0] ? [{ ...compact[0], scenarioId: asScenarioId(textId) }, ...compact.slice(1)] : compact;
      return encodeResultCode({ assignmentId: signed.assignment.id, assignmentDigest: await assignmentDigest(signed), learner, attempts: withText }, scenarioCodes);
    }),
  );
  codes = [...sampleTexts('result-code'), ...encoded].map((text, i) => {
    const read = decodeResultCode(text, scenarioCodes);
    if (!read.ok) throw new Error(`a valid result code was refused: ${read.error}`);
    return labelled({ text, value: read.value }, `result code #${i}`);
  });
});

describe('assignment and result fuzz', () => {
  it('an assignment link code: answers every input in time, and nothing edited passes the trainer\'s signature', async () => {
    const report = await fuzzDecoder({
      name: 'assignment link code',
      recipes: recipes(fc.constantFrom(...links), { code: { frame: [0x01] }, oversize: MAX_ASSIGNMENT_CODE_LENGTH }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<LinkOriginal>) => decodeAssignmentCode(input.text, scenarioCodes),
      outcome: (out) => (out.ok ? 'accepted' : out.error),
      check: async (input, out) => {
        if (input.kind === 'valid') expect(out).toEqual({ ok: true, value: input.original?.value });
        if (input.kind === 'oversized') expect(out).toEqual({ ok: false, error: 'too-long' });
        if (!out.ok) return;
        expectSoundAssignment(out.value);
        expect(await decodeAssignmentCode(await encodeAssignmentCode(out.value), scenarioCodes)).toEqual(out);
        await expectNoForgery(out.value, input.original ? [input.original.value] : []);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('a result file: answers every input in time, re-validates what it accepts, and nothing edited passes the signature', async () => {
    const report = await fuzzDecoder({
      name: 'result file',
      recipes: recipes(fc.constantFrom(...files), { json: true, oversize: MAX_RESULT_FILE_BYTES }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<FileOriginal>) => readResultFile(input.text, scenarioCodes),
      outcome: (out) => (out.ok ? 'accepted' : out.error),
      check: async (input, out) => {
        if (input.kind === 'valid') expect(out).toEqual({ ok: true, value: input.original?.value });
        if (input.kind === 'oversized') expect(out).toEqual({ ok: false, error: 'too-large' });
        if (!out.ok) return;
        const { value } = out;
        expectSoundAssignment(value.signed);
        expect(lineText(100).safeParse(value.learner).success).toBe(true);
        for (const attempt of value.attempts) expect(AttemptRecordFileSchema.safeParse(attempt).success).toBe(true);
        expect(readResultFile(writeResultFile(value), scenarioCodes)).toEqual(out);
        await expectNoForgery(value.signed, input.original ? [input.original.value.signed] : []);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('a result code: answers every input in time, its CRC-16 refuses every error burst of up to 16 bits, and what it accepts re-validates', async () => {
    let collisions = 0;
    let longBursts = 0;
    const report = await fuzzDecoder({
      name: 'result code',
      recipes: recipes(fc.constantFrom(...codes), { code: { frame: [0x11], reseal: true }, oversize: MAX_RESULT_CODE_LENGTH }),
      build: (recipe) =>
        buildCase(recipe, {
          checksumBytes: 2,
          reseal: (body) => {
            const crc = crc16(body);
            return Uint8Array.from([...body, crc >> 8, crc & 0xff]);
          },
        }),
      decode: (input: Case<CodeOriginal>) => decodeResultCode(input.text, scenarioCodes),
      outcome: (out) => (out.ok ? 'accepted' : out.error),
      check: (input, out) => {
        if (input.kind === 'valid') expect(out).toEqual({ ok: true, value: input.original?.value });
        if (input.kind === 'oversized') expect(out).toEqual({ ok: false, error: 'too-long' });
        const original = input.original;
        const bytes = fromBase64url(input.text.replace(/\s+/g, ''));
        const before = original ? fromBase64url(original.text) : undefined;
        const burst = bytes && before ? burstBits(before, bytes) : Infinity;
        if (input.kind === 'mutated' && burst > 16) longBursts += 1;
        if (!out.ok) return;
        const { value } = out;
        expect(lineText(100).safeParse(value.learner).success, 'the learner\'s name re-validates').toBe(true);
        for (const attempt of value.attempts) expect(attempt.scenarioId, 'a vignette id re-validates').toMatch(ID_PATTERN);
        expect(value.assignmentId).toMatch(/^[A-Za-z0-9_-]{8}$/);
        expect(value.assignmentDigest).toMatch(/^[A-Za-z0-9_-]{8}$/);
        // Written again in today's format: an older code's attempts come back as they migrate.
        const current = { ...value, attempts: value.attempts.map(asCurrentAttempt) };
        expect(decodeResultCode(encodeResultCode(value, scenarioCodes), scenarioCodes)).toEqual({ ok: true, value: current });
        if (input.kind === 'random' || input.kind === 'prototype') throw new Error('text from nowhere was accepted as a result code');
        if (input.kind !== 'mutated' || JSON.stringify(value) === JSON.stringify(original?.value)) return;
        // CRC-16/CCITT catches every burst of up to 16 bits; longer edits slip through 1 in 65,536.
        expect(burst, 'a short error burst was accepted as another result').toBeGreaterThan(16);
        collisions += 1;
      },
    });
    console.info(`${describeReport(report)}; ${longBursts} edits longer than 16 bits, ${collisions} accepted as another result`);
    expect(collisions, 'more CRC-16 collisions than chance allows').toBeLessThanOrEqual(2 + Math.floor(longBursts / 4096));
  }, fuzzTimeout());
});
