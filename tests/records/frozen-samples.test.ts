// @vitest-environment node
// Every frozen record sample in tests/fixtures/records/ must still decode, replay, score and
// verify exactly as it did on the day it was made (its .expected.json). A change that breaks a
// certificate already printed, a link already shared or progress already stored fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, listSamples, memoryStorage, sampleLabel, type Sample, type Summary } from './frozen-samples.support';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

const samples = listSamples();
const expectedOf = (sample: Sample) => JSON.parse(readFileSync(sample.expectedFile, 'utf8')) as Summary;
const textOf = (sample: Sample) => readFileSync(sample.file, 'utf8');
const of = (format: string) => samples.filter((s) => s.format === format).map((s) => ({ sample: s, expected: expectedOf(s) }));

describe('the frozen samples', () => {
  it('are all there: each in a known format, with its expected.json, and every format has one', () => {
    for (const sample of samples) {
      const format = FORMATS[sample.format];
      expect(format, `${sampleLabel(sample)}: unknown format folder`).toBeDefined();
      expect(sample.version, sampleLabel(sample)).toMatch(/^v\d+$/);
      expect(sample.file.endsWith(`.${format?.ext}`), `${sampleLabel(sample)}: extension`).toBe(true);
      expect(() => expectedOf(sample), `${sampleLabel(sample)}: expected.json`).not.toThrow();
    }
    expect(new Set(samples.map((s) => s.format))).toEqual(new Set(Object.keys(FORMATS)));
    // Samples are only ever added: 22 were made on the first day.
    expect(samples.length).toBeGreaterThanOrEqual(22);
  });

  describe.each(samples.map((sample) => [sampleLabel(sample), sample] as const))('%s', (_label, sample) => {
    it('decodes, replays, scores and verifies exactly as recorded', async () => {
      const expected = expectedOf(sample);
      const read = FORMATS[sample.format]?.read;
      expect(await read?.(textOf(sample), expected)).toEqual(expected);
    });
  });
});

// What was recorded must itself be sound, or the samples would freeze a bug: these read the
// expected.json files only, so they hold whatever the code does later.
describe('what the samples recorded', () => {
  const attemptsIn = (value: unknown): Summary[] => {
    if (Array.isArray(value)) return value.flatMap(attemptsIn);
    if (typeof value !== 'object' || value === null) return [];
    const record = value as Summary;
    const own = 'possible' in record && 'path' in record ? [record] : [];
    return [...own, ...Object.values(record).flatMap(attemptsIn)];
  };

  it('holds real walks only: every attempt is possible on its vignette and scored', () => {
    const attempts = samples.flatMap((s) => attemptsIn(expectedOf(s)));
    expect(attempts.length).toBeGreaterThan(40);
    for (const attempt of attempts) expect(attempt).toMatchObject({ possible: true, score: { overall: expect.any(Number) } });
    // Signals missed, distractors flagged, and every quality of decision appear somewhere.
    const scores = attempts.map((a) => a.score as Summary);
    expect(scores.some((s) => (s.misses as number) > 0)).toBe(true);
    expect(scores.some((s) => (s.falseAlarms as number) > 0)).toBe(true);
    const qualities = new Set(scores.flatMap((s) => (s.decisions as string[]).map((d) => d.split(':')[1])));
    expect(qualities).toEqual(new Set(['recommended', 'acceptable', 'harmful']));
  });

  it('verified every certificate and signature, and every stated score matched its answers', () => {
    for (const { expected } of [...of('certificate-code'), ...of('certificate-file'), ...of('open-badge')]) {
      const certificate = (expected.certificate ?? expected) as Summary;
      expect(certificate.verdict).toBe('valid');
      for (const vignette of certificate.vignettes as Summary[]) {
        expect(vignette.status).toBe('match');
        expect(vignette.recomputed).toBe(vignette.stated);
      }
    }
    const signed = of('certificate-code').filter(({ expected }) => expected.countersignature !== null);
    expect(signed).toHaveLength(1);
    expect(signed[0]?.expected.countersignature).toMatchObject({ check: 'valid', fingerprint: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/) });
    expect(of('open-badge')[0]?.expected.certificate).toMatchObject({ countersignature: { check: 'valid', badge: 'valid' } });
    for (const { expected } of [...of('assignment-link'), ...of('result-file')]) expect(expected.signature).toBe('valid');
  });

  it('has a passing and a failing learner, in the file and in the code', () => {
    for (const format of ['result-file', 'result-code']) {
      const verdicts = of(format).map(({ expected }) => (expected.course as Summary).passed);
      expect(verdicts.sort()).toEqual([false, true]);
    }
    for (const { expected } of of('result-code')) expect(expected.forThisAssignment).toBe(true);
  });
});
