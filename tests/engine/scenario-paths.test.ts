import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createScenarioMachine,
  replayEvents,
  scoreAttempt,
  type LearnerEvent,
  type Scenario,
} from '../../src/engine';
import { loadContent } from '../../src/content/load-content';
import { enumeratePaths } from '../support/scenario-paths';

// Model-based: every scenario in content/, every path through its decision graph.
const { content } = loadContent({ root: resolve('content') });

const play = (scenario: Scenario, events: LearnerEvent[]) =>
  replayEvents(createScenarioMachine(scenario), scenario, events).getSnapshot();

describe.each(content.scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const paths = enumeratePaths(scenario);
  const decisions = scenario.scenes.filter((s) => s.type === 'decide');

  it('has at least one path per option of every decision', () => {
    const options = decisions.reduce((n, s) => n + (s.type === 'decide' ? s.options.length : 0), 0);
    expect(paths.length).toBeGreaterThanOrEqual(options);
  });

  it.each(paths.map((events, i) => [i, events] as const))('path %i reaches the debrief with scores in bounds', (_i, events) => {
    const snapshot = play(scenario, events);
    expect(snapshot.status).toBe('done');
    const attempt = snapshot.output;
    if (!attempt) throw new Error('no attempt');

    const visible = scenario.scenes.filter((s) => attempt.path.includes(s.id)).flatMap((s) => s.fragments);
    const variants = {
      asPlayed: attempt,
      none: { ...attempt, flags: [] },
      all: { ...attempt, flags: visible.map((f) => f.id) },
      perfect: { ...attempt, flags: visible.filter((f) => f.kind === 'signal').map((f) => f.id) },
    };
    for (const variant of Object.values(variants)) {
      const score = scoreAttempt(scenario, variant);
      expect(score.overall).toBeGreaterThanOrEqual(0);
      expect(score.overall).toBeLessThanOrEqual(100);
      expect(score.decisions).toHaveLength(attempt.choices.length);
    }
    expect(scoreAttempt(scenario, variants.none).passed).toBe(false);
    expect(scoreAttempt(scenario, variants.all).passed).toBe(false);
    expect(scoreAttempt(scenario, variants.perfect).recognition).toBe(100);
  });
});

it('finds every scenario folder of content/', () => {
  expect(content.scenarios.length).toBeGreaterThan(0);
});
