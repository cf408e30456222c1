import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

/** Every language explains every fragment (for the debrief), and no fragment that does not exist. */
export const fragmentExplanationsRule: VignetteRule = {
  name: 'fragment-explanations',
  check({ structure, texts }) {
    const problems: ContentProblem[] = [];
    const fragments = new Set(structure.data.scenes.flatMap((s) => s.fragments.map((f) => f.id)));
    for (const { file, data } of texts) {
      const report = problemsFor(file, problems);
      for (const id of fragments) if (!(id in data.fragments)) report(['fragments', id], 'missing the explanation of this fragment');
      for (const id of Object.keys(data.fragments)) {
        if (!fragments.has(id)) report(['fragments', id], `explanation of unknown fragment "${id}"`);
      }
    }
    return problems;
  },
};
