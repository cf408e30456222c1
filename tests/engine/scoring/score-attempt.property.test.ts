import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUALITIES,
  SCORING_RULES,
  asOptionId,
  asSceneId,
  asUnitId,
  scoreAttempt,
  type AttemptRecord,
  type Scenario,
  type ScoringRules,
} from '../../../src/engine';
import { makeScenario } from '../../support/make-scenario';

// A scenario shape and an attempt on it: which signals, distractors and neutral units are marked,
// which option, under which rules. Rules 1 records never mark neutral units (there were none).
const attemptArbitrary = fc
  .record({
    signals: fc.integer({ min: 1, max: 12 }),
    distractors: fc.integer({ min: 1, max: 12 }),
    neutrals: fc.integer({ min: 0, max: 30 }),
    option: fc.integer({ min: 0, max: 2 }),
    rules: fc.constantFrom(...SCORING_RULES),
  })
  .chain((shape) =>
    fc.record({
      ...Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fc.constant(v)])),
      flaggedSignals: fc.subarray([...Array(shape.signals).keys()]),
      flaggedDistractors: fc.subarray([...Array(shape.distractors).keys()]),
      flaggedNeutrals: fc.subarray([...Array(shape.rules === 1 ? 0 : shape.neutrals).keys()]),
      passMark: fc.integer({ min: 1, max: 100 }),
    }) as fc.Arbitrary<Generated>,
  );

type Generated = {
  signals: number;
  distractors: number;
  neutrals: number;
  option: number;
  rules: ScoringRules;
  flaggedSignals: number[];
  flaggedDistractors: number[];
  flaggedNeutrals: number[];
  passMark: number;
};

const all = (n: number) => [...Array(n).keys()];

const record = (scenario: Scenario, a: Generated): AttemptRecord => ({
  scenarioId: scenario.id,
  contentVersion: 1,
  mode: 'assessment',
  seed: 0,
  rules: a.rules,
  path: [asSceneId('look'), asSceneId('choose')],
  flags: [
    ...a.flaggedSignals.map((i) => `signal-${i}`),
    ...a.flaggedDistractors.map((i) => `distractor-${i}`),
    ...a.flaggedNeutrals.map((i) => `look.${i + 1}`),
  ].map(asUnitId),
  choices: [{ scene: asSceneId('choose'), option: asOptionId(`option-${a.option}`) }],
});

const shapeOf = (a: Generated) => makeScenario(a.signals, a.distractors, [...QUALITIES], a.rules === 1 ? 0 : a.neutrals);
const score = (a: Generated, passMark?: number) => {
  const scenario = shapeOf(a);
  return scoreAttempt(scenario, record(scenario, a), passMark);
};

describe('scoring properties (rules 1 and 2)', () => {
  it('marking everything scores 0 for recognition and does not pass, whatever is decided', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const result = score({ ...a, flaggedSignals: all(a.signals), flaggedDistractors: all(a.distractors), flaggedNeutrals: all(a.rules === 1 ? 0 : a.neutrals) });
        expect(result.recognition).toBe(0);
        expect(result.passed).toBe(false);
      }),
    );
  });

  it('marking nothing scores 0 for recognition and does not pass, whatever is decided', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const result = score({ ...a, flaggedSignals: [], flaggedDistractors: [], flaggedNeutrals: [] });
        expect(result.recognition).toBe(0);
        expect(result.passed).toBe(false);
      }),
    );
  });

  it('marking exactly the signals and choosing the recommended option scores 100 and passes at any pass mark', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const result = score({ ...a, option: 0, flaggedSignals: all(a.signals), flaggedDistractors: [], flaggedNeutrals: [] }, a.passMark);
        expect(result.recognition).toBe(100);
        expect(result.overall).toBe(100);
        expect(result.passed).toBe(true);
      }),
    );
  });

  it('one more hit never lowers the score', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const missed = all(a.signals).find((i) => !a.flaggedSignals.includes(i));
        fc.pre(missed !== undefined);
        const before = score(a);
        const after = score({ ...a, flaggedSignals: [...a.flaggedSignals, missed as number] });
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        expect(after.recognition).toBeGreaterThanOrEqual(before.recognition);
        expect(after.dPrime).toBeGreaterThan(before.dPrime);
      }),
    );
  });

  it('one more marked distractor never raises the score', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const spare = all(a.distractors).find((i) => !a.flaggedDistractors.includes(i));
        fc.pre(spare !== undefined);
        const before = score(a);
        const after = score({ ...a, flaggedDistractors: [...a.flaggedDistractors, spare as number] });
        expect(after.overall).toBeLessThanOrEqual(before.overall);
        expect(after.recognition).toBeLessThanOrEqual(before.recognition);
        expect(after.dPrime).toBeLessThan(before.dPrime);
      }),
    );
  });

  it('one more marked neutral sentence never raises the score (rules 2)', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        fc.pre(a.rules === 2);
        const spare = all(a.neutrals).find((i) => !a.flaggedNeutrals.includes(i));
        fc.pre(spare !== undefined);
        const before = score(a);
        const after = score({ ...a, flaggedNeutrals: [...a.flaggedNeutrals, spare as number] });
        expect(after.overall).toBeLessThanOrEqual(before.overall);
        expect(after.recognition).toBeLessThanOrEqual(before.recognition);
        expect(after.dPrime).toBeLessThan(before.dPrime);
      }),
    );
  });

  it('every score stays between 0 and 100', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const result = score(a, a.passMark);
        for (const value of [result.overall, result.recognition, result.decision ?? 0]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('rules 1 stay as they were', () => {
  // The formula every record made before neutral units was scored with, written out once more.
  const v1 = (a: Generated) => Math.max(0, a.flaggedSignals.length / a.signals - a.flaggedDistractors.length / a.distractors) * 100;

  it('scores a rules-1 record exactly as before, ignoring any neutral units of the structure', () => {
    fc.assert(
      fc.property(attemptArbitrary, fc.integer({ min: 0, max: 30 }), (a, neutrals) => {
        const old = { ...a, rules: 1 as const, flaggedNeutrals: [] };
        const scenario = makeScenario(a.signals, a.distractors, [...QUALITIES], neutrals);
        const result = scoreAttempt(scenario, record(scenario, old));
        expect(result.recognition).toBeCloseTo(v1(old), 9);
        expect(result.neutrals).toEqual([]);
        expect(result.counts.falseAlarms + result.counts.correctRejections).toBe(a.distractors);
      }),
    );
  });

  it('gives the same result under rules 2 when the scenes hold no neutral units', () => {
    fc.assert(
      fc.property(attemptArbitrary, (a) => {
        const plain = { ...a, neutrals: 0, flaggedNeutrals: [] };
        expect(score({ ...plain, rules: 2 }).recognition).toBeCloseTo(score({ ...plain, rules: 1 }).recognition, 9);
      }),
    );
  });
});
