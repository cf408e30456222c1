import { describe, expect, it } from 'vitest';
import { asScenarioId, type Scenario } from '../../src/engine';
import type { Content } from '../../src/content/content.types';
import { ILO_INDICATORS, indicatorCoverage, reusedNames } from '../../src/content/library-stats';
import { makeScenario } from '../support/make-scenario';

function story(id: string, nl: string, en: string): Scenario {
  const base = makeScenario(6, 4);
  const text = (heading: string, body: string) => ({
    ...base.text.nl,
    title: heading,
    summary: heading,
    debrief: { professional: heading, misconception: heading },
    scenes: { look: { heading, body: [[{ kind: 'text' as const, text: body }]] } },
  });
  return { ...base, id: asScenarioId(id), text: { nl: text('Casus', nl), en: text('Case', en) } };
}

function library(scenarios: Scenario[], sharedText = ''): Content {
  return {
    sources: [],
    taxonomy: { categories: {} as Content['taxonomy']['categories'], indicators: [] },
    routes: [],
    pages: [
      {
        id: 'what-to-do',
        sources: [],
        text: {
          nl: { title: 'Wat', lead: sharedText, sections: [] },
          en: { title: 'What', lead: sharedText, sections: [] },
        },
      },
    ],
    scenarios,
  };
}

describe('first names across the library', () => {
  it('reports a name that stands for people in two vignettes', () => {
    const content = library([
      story('one', 'Anna, de receptionist, belt Veilig Thuis.', 'Anna, the receptionist, calls Veilig Thuis.'),
      story('two', 'Gisteren zag Anna de jongen.', 'Yesterday Anna saw the boy.'),
      story('three', 'Bram wacht bij de deur.', 'Bram waits at the door.'),
    ]);
    expect(reusedNames(content)).toEqual([{ name: 'Anna', scenarios: ['one', 'two'] }]);
  });

  it('does not count organisations from the shared pages, sentence openers or words written in lower case', () => {
    const content = library(
      [
        story('one', 'Overleg met Veilig Thuis. De tolk komt.', 'Consult Veilig Thuis. De tolk comes.'),
        story('two', 'Bel Veilig Thuis. De man gaat.', 'Call Veilig Thuis. De man leaves; de is Dutch.'),
      ],
      'Veilig Thuis helpt.',
    );
    expect(reusedNames(content)).toEqual([]);
  });
});

describe('indicator coverage', () => {
  it('counts the taxonomy ids used as signals, and the ILO eleven among them', () => {
    const used = makeScenario(6, 4); // every signal uses `isolation`, one of the ILO eleven
    const coverage = indicatorCoverage([used], ['isolation', 'violence', 'multiple-phones']);
    expect(coverage).toEqual({ used: 1, total: 3, ilo: { used: 1, total: 11 }, unused: ['violence', 'multiple-phones'] });
    expect(ILO_INDICATORS).toHaveLength(11);
  });
});
