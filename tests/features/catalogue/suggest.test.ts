import { describe, expect, it } from 'vitest';
import { casesInProgress, sectorsWithCases, suggestFirst } from '../../../src/features/catalogue/suggest';
import { asScenarioId, type ScenarioSummary } from '../../../src/engine';
import type { PersistedProgress } from '../../../src/stores/progress-store';

const summary = (id: string, overrides: Partial<ScenarioSummary> = {}): ScenarioSummary => ({
  id: asScenarioId(id),
  code: 0,
  version: 2,
  sector: 'hotel',
  form: 'labour',
  minutes: 12,
  warning: 'moderate',
  title: { nl: id, en: id },
  ...overrides,
});
const run = { mode: 'practice' as const, seed: 1, events: [] };
const none: PersistedProgress = { inProgress: {}, completed: {} };

describe('sectors and suggestions on the start page', () => {
  it('a package with one vignette offers only its sector', () => {
    expect(sectorsWithCases([summary('only', { sector: 'care' })])).toEqual(['care']);
    expect(sectorsWithCases([summary('a', { sector: 'school' }), summary('b', { sector: 'hotel' })])).toEqual(['hotel', 'school']);
  });

  it('suggests the mildest case first, then the shortest, then the first in the list', () => {
    const cases = [
      summary('severe-short', { warning: 'severe', minutes: 5 }),
      summary('moderate-long', { minutes: 20 }),
      summary('mild-long', { warning: 'mild', minutes: 15 }),
      summary('mild-short', { warning: 'mild', minutes: 10 }),
      summary('mild-short-too', { warning: 'mild', minutes: 10 }),
      summary('school-mild', { warning: 'mild', minutes: 1, sector: 'school' }),
    ];
    expect(suggestFirst(cases, none, 'hotel')?.id).toBe('mild-short');
    expect(suggestFirst(cases, none, 'school')?.id).toBe('school-mild');
    expect(suggestFirst(cases, none, 'care')).toBeUndefined();
  });

  it('suggests no case the learner has started or played, and lists the ones in progress', () => {
    const cases = [summary('started', { warning: 'mild' }), summary('played', { warning: 'mild' }), summary('fresh'), summary('old-version')];
    const progress: PersistedProgress = {
      inProgress: { started: { ...run, contentVersion: 2 }, 'old-version': { ...run, contentVersion: 1 } },
      completed: { played: [{ scenarioId: asScenarioId('played'), contentVersion: 2, mode: 'practice', seed: 0, rules: 2, path: [], flags: [], choices: [] }] },
    };
    expect(suggestFirst(cases, progress, 'hotel')?.id).toBe('fresh');
    // A case in progress on content that has changed since starts afresh: it is not "in progress".
    expect(casesInProgress(cases, progress).map((s) => s.id)).toEqual(['started']);
    expect(suggestFirst([summary('played')], progress, 'hotel')).toBeUndefined();
  });
});
