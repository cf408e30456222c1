import { describe, expect, it } from 'vitest';
import {
  asFragmentId,
  asOptionId,
  asSceneId,
  combineScores,
  scoreAttempt,
  type AttemptRecord,
  type Scenario,
} from '../../../src/engine';
import { makeScenario } from '../../support/make-scenario';

const attempt = (scenario: Scenario, flags: string[], option = 'option-0'): AttemptRecord => ({
  scenarioId: scenario.id,
  contentVersion: scenario.version,
  mode: 'assessment',
  seed: 0,
  rules: 2,
  path: [asSceneId('look'), asSceneId('choose')],
  flags: flags.map(asFragmentId),
  choices: [{ scene: asSceneId('choose'), option: asOptionId(option) }],
});

const signals = (n: number) => Array.from({ length: n }, (_, i) => `signal-${i}`);
const distractors = (n: number) => Array.from({ length: n }, (_, i) => `distractor-${i}`);

describe('scoreAttempt', () => {
  const scenario = makeScenario(6, 4);

  it('passes a learner who flags every signal, no distractor and takes the recommended option', () => {
    const score = scoreAttempt(scenario, attempt(scenario, signals(6)));
    expect(score.counts).toEqual({ hits: 6, misses: 0, falseAlarms: 0, correctRejections: 4 });
    expect(score.overall).toBe(100);
    expect(score.passed).toBe(true);
  });

  it('does not pass a learner who flags every fragment', () => {
    const score = scoreAttempt(scenario, attempt(scenario, [...signals(6), ...distractors(4)]));
    expect(score.recognition).toBe(0);
    expect(score.passed).toBe(false);
  });

  it('does not pass a learner who flags nothing', () => {
    expect(scoreAttempt(scenario, attempt(scenario, [])).passed).toBe(false);
  });

  it('does not pass perfect recognition combined with a harmful decision', () => {
    const score = scoreAttempt(scenario, attempt(scenario, signals(6), 'option-2'));
    expect(score.decisions).toEqual([{ scene: 'choose', option: 'option-2', quality: 'harmful' }]);
    expect(score.overall).toBe(60);
    expect(score.passed).toBe(false);
  });

  it('passes perfect recognition with an acceptable decision', () => {
    expect(scoreAttempt(scenario, attempt(scenario, signals(6), 'option-1')).overall).toBe(84);
  });

  it('counts only fragments of scenes the learner saw, and ignores unknown flags and options', () => {
    const record = { ...attempt(scenario, [...signals(6), 'not-a-fragment'], 'not-an-option'), path: [asSceneId('look')] };
    const score = scoreAttempt(scenario, record);
    expect(score.fragments).toHaveLength(10);
    expect(score.decisions).toEqual([]);
    expect(score.decision).toBeNull();
    expect(score.overall).toBe(100);
  });

  it('honours another pass mark', () => {
    const record = attempt(scenario, signals(3));
    expect(scoreAttempt(scenario, record, 70).passed).toBe(true);
    expect(scoreAttempt(scenario, record, 80).passed).toBe(false);
  });
});

describe('combineScores', () => {
  it('weighs recognition 60% and decisions 40%', () => {
    expect(combineScores(50, ['recommended'], 70)).toEqual({ decision: 100, overall: 70, passed: true });
    expect(combineScores(100, ['recommended', 'harmful'], 70)).toEqual({ decision: 50, overall: 80, passed: true });
  });
});
