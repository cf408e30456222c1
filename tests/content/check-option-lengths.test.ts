import { describe, expect, it } from 'vitest';
import { asSceneId, type Scenario } from '../../src/engine';
import { checkOptionLengths, rankRecommendedOptions } from '../../src/content/check-option-lengths';
import { makeScenario } from '../support/make-scenario';

type Labels = [recommended: string, acceptable: string, harmful: string];

/** Two decisions (`choose`, `choose-again`) with the given labels per language. */
function withLabels(first: { nl: Labels; en: Labels }, second: { nl: Labels; en: Labels }): Scenario {
  const base = makeScenario(6, 4);
  const decision = base.scenes[1];
  if (decision?.type !== 'decide') throw new Error('makeScenario has a decision second');
  const again = { ...decision, id: asSceneId('choose-again') };
  const scene = (labels: Labels) => ({
    heading: 'h',
    body: [],
    question: 'q',
    options: Object.fromEntries(labels.map((label, i) => [`option-${i}`, { label, feedback: 'f' }])),
  });
  const text = (locale: 'nl' | 'en') => ({
    ...base.text[locale],
    scenes: { choose: scene(first[locale]), 'choose-again': scene(second[locale]) },
  });
  return { ...base, scenes: [...base.scenes, again], text: { nl: text('nl'), en: text('en') } };
}

const longest: Labels = ['a long recommended label', 'short', 'medium one'];
const middle: Labels = ['medium one', 'short', 'a long harmful label'];

describe('the recommended option’s length', () => {
  it('is ranked per decision and language, 1 being the longest', () => {
    const ranks = rankRecommendedOptions(withLabels({ nl: longest, en: middle }, { nl: middle, en: ['s', 'a', 'b'] }));
    expect(ranks).toEqual([
      { scene: 'choose', options: 3, rank: { nl: 1, en: 2 } },
      { scene: 'choose-again', options: 3, rank: { nl: 2, en: 3 } },
    ]);
  });

  it('counts a tie for longest as no cue', () => {
    const ranks = rankRecommendedOptions(withLabels({ nl: ['same', 'same', 'a'], en: middle }, { nl: middle, en: middle }));
    expect(ranks[0]?.rank.nl).toBe(2);
  });

  it('passes a vignette where it is the longest in half of the decisions', () => {
    expect(checkOptionLengths(withLabels({ nl: longest, en: longest }, { nl: middle, en: middle }), 'x.yaml')).toEqual([]);
  });

  it('fails a vignette where it is the longest in more than half, in either language', () => {
    const problems = checkOptionLengths(withLabels({ nl: longest, en: middle }, { nl: middle, en: longest }), 'x.yaml');
    expect(problems).toEqual([
      {
        file: 'x.yaml',
        path: ['scenes'],
        reason: 'the recommended option is the longest in 2 of 2 decisions (choose, choose-again); at most half may be',
      },
    ]);
  });
});
