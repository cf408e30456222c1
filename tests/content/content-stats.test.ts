import { describe, expect, it } from 'vitest';
import { statsOf, toMarkdownTable } from '../../src/content/content-stats';
import { makeScenario } from '../support/make-scenario';

describe('content stats', () => {
  it('counts scenes, signals, distractors, decisions and options of a vignette', () => {
    const stats = statsOf(makeScenario(7, 5));
    expect(stats).toMatchObject({ scenes: 2, signals: 7, distractors: 5, decisions: 1, options: 3, minutes: 5 });
    expect(toMarkdownTable([stats]).split('\n')).toHaveLength(3);
  });
});
