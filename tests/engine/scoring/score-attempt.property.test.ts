import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUALITIES,
  asFragmentId,
  asOptionId,
  asSceneId,
  scoreAttempt,
  type AttemptRecord,
  type Scenario,
} from '../../../src/engine';
import { makeScenario } from '../../support/make-scenario';

// A scenario shape and an attempt on it: which signals and distractors are flagged, which option.
const attemptArbitrary = fc
  .record({ signals: fc.integer({ min: 1, max: 12 }), distractors: fc.integer({ min: 1, max: 12 }), option: fc.integer({ min: 0, max: 2 }) })
  .chain(({ signals, distractors, option }) =>
    fc.record({
      signals: fc.constant(signals),
      distractors: fc.constant(distractors),
      option: fc.constant(option),
      flaggedSignals: fc.subarray(Array.from({ length: signals }, (_, i) => i)),
      flaggedDistractors: fc.subarray(Array.from({ length: distractors }, (_, i) => i)),
      passMark: fc.integer({ min: 1, max: 100 }),
    }),
  );

type Generated = { option: number; flaggedSignals: number[]; flaggedDistractors: number[] };

const record = (scenario: Scenario, a: Generated): AttemptRecord => ({
  scenarioId: scenario.id,
  contentVersion: 1,
  path: [asSceneId('look'), asSceneId('choose')],
  flags: [...a.flaggedSignals.map((i) => `signal-${i}`), ...a.flaggedDistractors.map((i) => `distractor-${i}`)].map(asFragmentId),
  choices: [{ scene: asSceneId('choose'), option: asOptionId(`option-${a.option}`) }],
});

const shapeOf = (a: { signals: number; distractors: number }) => makeScenario(a.signals, a.distractors, [...QUALITIES]);

describe('scoring properties', () => {
  it('a learner who flags every fragment does not pass, whatever they decide', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const scenario = shapeOf(a);
        const all = { ...a, flaggedSignals: [...Array(a.signals).keys()], flaggedDistractors: [...Array(a.distractors).keys()] };
        expect(scoreAttempt(scenario, record(scenario, all)).passed).toBe(false);
      }),
    );
  });

  it('a learner who flags nothing does not pass, whatever they decide', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const scenario = shapeOf(a);
        expect(scoreAttempt(scenario, record(scenario, { ...a, flaggedSignals: [], flaggedDistractors: [] })).passed).toBe(false);
      }),
    );
  });

  it('a perfect attempt passes at any pass mark', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const scenario = shapeOf(a);
        const perfect = { option: 0, flaggedSignals: [...Array(a.signals).keys()], flaggedDistractors: [] };
        const score = scoreAttempt(scenario, record(scenario, perfect), a.passMark);
        expect(score.overall).toBe(100);
        expect(score.passed).toBe(true);
      }),
    );
  });

  it('one more hit never lowers the score', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const missed = [...Array(a.signals).keys()].find((i) => !a.flaggedSignals.includes(i));
        fc.pre(missed !== undefined);
        const scenario = shapeOf(a);
        const before = scoreAttempt(scenario, record(scenario, a));
        const after = scoreAttempt(scenario, record(scenario, { ...a, flaggedSignals: [...a.flaggedSignals, missed as number] }));
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        expect(after.recognition).toBeGreaterThanOrEqual(before.recognition);
        expect(after.dPrime).toBeGreaterThan(before.dPrime);
      }),
    );
  });

  it('one more false alarm never raises the score', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const spare = [...Array(a.distractors).keys()].find((i) => !a.flaggedDistractors.includes(i));
        fc.pre(spare !== undefined);
        const scenario = shapeOf(a);
        const before = scoreAttempt(scenario, record(scenario, a));
        const after = scoreAttempt(scenario, record(scenario, { ...a, flaggedDistractors: [...a.flaggedDistractors, spare as number] }));
        expect(after.overall).toBeLessThanOrEqual(before.overall);
        expect(after.recognition).toBeLessThanOrEqual(before.recognition);
        expect(after.dPrime).toBeLessThan(before.dPrime);
      }),
    );
  });

  it('every score stays between 0 and 100', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const scenario = shapeOf(a);
        const score = scoreAttempt(scenario, record(scenario, a), a.passMark);
        for (const value of [score.overall, score.recognition, score.decision ?? 0]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
