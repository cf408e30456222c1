import { describe, expect, it } from 'vitest';
import { asFragmentId, asOptionId, asSceneId, buildProfile, suggestNext, type AttemptRecord, type Scenario } from '../../../src/engine';
import { makeScenario } from '../../support/make-scenario';

const attempt = (scenario: Scenario, flags: string[]): AttemptRecord => ({
  scenarioId: scenario.id,
  contentVersion: 1,
  mode: 'assessment',
  seed: 0,
  rules: 2,
  path: [asSceneId('look'), asSceneId('choose')],
  flags: flags.map(asFragmentId),
  choices: [{ scene: asSceneId('choose'), option: asOptionId('option-0') }],
});

// makeScenario gives every signal the indicator "isolation"; pretend half of them are "control".
const categoryOf = (id: string) => (id === 'isolation' ? 'control' : 'other');

describe('buildProfile', () => {
  it('pools every fragment of every attempt into one set of counts', () => {
    const a = makeScenario(6, 4);
    const b = { ...makeScenario(6, 4), id: 'other' as Scenario['id'] };
    const profile = buildProfile(
      [
        { scenario: a, attempt: attempt(a, ['signal-0', 'signal-1', 'distractor-0']) },
        { scenario: b, attempt: { ...attempt(b, ['signal-0']), scenarioId: b.id } },
      ],
      categoryOf,
    );
    expect(profile.counts).toEqual({ hits: 3, misses: 9, falseAlarms: 1, correctRejections: 7 });
    expect(profile.categories).toEqual([{ category: 'control', hits: 3, misses: 9, hitShare: 0.25 }]);
    expect(profile.attempts.map((x) => x.score.passed)).toEqual([false, false]);
    expect(profile.criterion).toBeGreaterThan(0);
  });

  it('orders categories weakest first', () => {
    const scenario = makeScenario(6, 4);
    const profile = buildProfile([{ scenario, attempt: attempt(scenario, ['signal-0']) }], (id) => id);
    expect(profile.categories[0]?.category).toBe('isolation');
  });
});

describe('suggestNext', () => {
  const entry = (id: string, signalCategories: Record<string, number>) => ({ id, signalCategories });
  const catalogue = [entry('a', { control: 1 }), entry('b', { health: 5 }), entry('c', { control: 6 })];

  it('puts unplayed vignettes heavy in the weakest category first', () => {
    const profile = {
      attempts: [],
      categories: [
        { category: 'control', hits: 0, misses: 4, hitShare: 0 },
        { category: 'health', hits: 4, misses: 0, hitShare: 1 },
      ],
    };
    expect(suggestNext(catalogue, profile).map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('suggests a vignette that was played but not passed once nothing is left unplayed', () => {
    const played = (id: string, passed: boolean) => ({ scenario: { id } as Scenario, attempt: {} as AttemptRecord, score: { passed } as never });
    const profile = { attempts: [played('a', true), played('b', false), played('c', true)], categories: [] };
    expect(suggestNext(catalogue, profile).map((s) => s.id)).toEqual(['b']);
    expect(suggestNext(catalogue, { ...profile, attempts: [played('a', true), played('b', true), played('c', true)] })).toEqual([]);
  });
});
