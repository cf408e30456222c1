import { LOCALES, markedFragments } from '../engine';
import { problemsFor, type ContentProblem } from './content-problem';
import type { VignetteRule } from './content-rule';

/**
 * Every scene marks its fragments in the same order in every language: the story text between
 * fragment k and k+1 is split into the same neutral units in each language, so the order is what
 * lines them up.
 */
export const fragmentOrderRule: VignetteRule = {
  name: 'fragment-order',
  check({ texts }) {
    const problems: ContentProblem[] = [];
    const first = texts.find((t) => t.locale === LOCALES[0]);
    if (!first) return problems;
    for (const other of texts.filter((t) => t !== first)) {
      const report = problemsFor(other.file, problems);
      for (const [scene, paragraphs] of first.bodies) {
        const order = markedFragments(paragraphs);
        const theirs = markedFragments(other.bodies.get(scene) ?? []);
        // Missing or extra fragments are fragment-markup's to report; here only the order counts.
        const shared = theirs.filter((id) => order.includes(id));
        const expected = order.filter((id) => theirs.includes(id));
        if (shared.every((id, i) => id === expected[i])) continue;
        report(['scenes', scene, 'body'], `fragments appear in another order than in ${first.locale}.yaml (${shared.join(', ')} instead of ${expected.join(', ')}); keep the order of ${first.locale}.yaml`);
      }
    }
    return problems;
  },
};
