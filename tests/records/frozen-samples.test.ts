// @vitest-environment node
// Every frozen record sample in tests/fixtures/records/ must still decode, replay, score and
// verify exactly as it did on the day it was made (its .expected.json). A change that breaks a
// certificate already printed, a link already shared or progress already stored fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, listSamples, memoryStorage, sampleLabel, type Sample, type Summary } from './frozen-samples.support';
import { scenarioById } from '../support/scenario-text';

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
      // v<N>: the format's own version; v<N>-code<M>: a file of version N holding a certificate code of version M.
      expect(sample.version, sampleLabel(sample)).toMatch(/^v\d+(-code\d+)?$/);
      expect(sample.file.endsWith(`.${format?.ext}`), `${sampleLabel(sample)}: extension`).toBe(true);
      expect(() => expectedOf(sample), `${sampleLabel(sample)}: expected.json`).not.toThrow();
    }
    expect(new Set(samples.map((s) => s.format))).toEqual(new Set(Object.keys(FORMATS)));
    // Samples are only ever added: 22 were made on the first day, 18 more for the formats of the second.
    expect(samples.length).toBeGreaterThanOrEqual(40);
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
    // One countersigned certificate per generation of samples, each with its badge.
    const signed = of('certificate-code').filter(({ expected }) => expected.countersignature !== null);
    expect(signed.map(({ sample }) => sample.version).sort()).toEqual(['v1', 'v2']);
    for (const { expected } of signed) {
      expect(expected.countersignature).toMatchObject({ check: 'valid', fingerprint: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/) });
    }
    expect(of('open-badge')).toHaveLength(2);
    for (const { expected } of of('open-badge')) expect(expected.certificate).toMatchObject({ countersignature: { check: 'valid', badge: 'valid' } });
    for (const { expected } of [...of('assignment-link'), ...of('result-file')]) expect(expected.signature).toBe('valid');
  });

  it('has a passing and a failing learner, in the file and in the code, in each version', () => {
    for (const format of ['result-file', 'result-code']) {
      const versions = new Set(of(format).map(({ sample }) => sample.version));
      expect(versions, format).toEqual(new Set(['v1', 'v2']));
      for (const version of versions) {
        const verdicts = new Set(of(format).filter(({ sample }) => sample.version === version).map(({ expected }) => (expected.course as Summary).passed));
        expect(verdicts, `${format}/${version}`).toEqual(new Set([false, true]));
      }
    }
    for (const { expected } of of('result-code')) expect(expected.forThisAssignment).toBe(true);
  });

  it('holds what attempt record v2 added, in every folder made after the first (v1) samples', () => {
    const later = samples.filter((s) => s.version !== 'v1');
    expect(new Set(later.map((s) => s.format))).toEqual(
      new Set(['assignment-link', 'certificate-code', 'certificate-file', 'open-badge', 'result-code', 'result-file', 'progress-file', 'stored-progress', 'stored-trainer', 'stored-lrs-outbox', 'suspend-data']),
    );
    const attempts = later.flatMap((s) => attemptsIn(expectedOf(s)));
    expect(attempts.length).toBeGreaterThan(40);
    // Every attempt in these folders was made by the new code: it has a run and neutral tallies.
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ run: { mode: expect.any(String), seed: expect.any(Number), rules: 2 }, score: { neutralsSeen: expect.any(Number) } });
    }
    const runs = attempts.map((a) => a.run as Summary);
    expect(new Set(runs.map((r) => r.mode))).toEqual(new Set(['practice', 'assessment']));
    expect(runs.every((r) => (r.seed as number) >= 1)).toBe(true);
    expect(new Set(runs.map((r) => r.seed)).size).toBeGreaterThan(10);
    expect(attempts.some((a) => ((a.score as Summary).neutralsMarked as string[]).length > 0)).toBe(true);
    expect(attempts.some((a) => (a.flags as string[]).some((f) => /\.\d+$/.test(f)))).toBe(true);
    // Vignettes at version 2 (raised for neutral units) and new vignettes (numbers 9–14, version 1).
    expect(attempts.some((a) => a.contentVersion === 2)).toBe(true);
    const newVignettes = new Set(attempts.filter((a) => scenarioById(String(a.scenarioId)).code >= 9).map((a) => a.scenarioId));
    expect(newVignettes.size).toBeGreaterThanOrEqual(4);
    // Walks in progress carry their run too, in the store, the file and suspend_data.
    for (const format of ['stored-progress', 'progress-file', 'suspend-data']) {
      const running = of(format)
        .filter(({ sample }) => sample.version !== 'v1')
        .flatMap(({ expected }) => Object.values((expected.progress as Summary).inProgress as Summary));
      expect(running.length, format).toBeGreaterThan(0);
      for (const run of running) expect(run, format).toMatchObject({ mode: expect.any(String), seed: expect.any(Number) });
    }
    // Assignment links of format 2 name an LRS; the trainer's store holds imported results.
    for (const { sample, expected } of of('assignment-link').filter(({ sample }) => sample.version === 'v2')) {
      expect(expected.payload, sampleLabel(sample)).toMatch(/^\{"v":2,/);
      expect((expected.assignment as Summary).lrs).toMatchObject({ endpoint: expect.any(String), auth: expect.stringMatching(/^Basic /) });
    }
    const imported = of('stored-trainer').flatMap(({ expected }) => Object.values((expected.results ?? {}) as Record<string, Summary[]>).flat());
    expect(new Set(imported.map((r) => r.flag))).toEqual(new Set([null, 'duplicate', 'other-assignment']));
  });
});
