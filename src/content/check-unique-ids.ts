import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

/** Scene ids, fragment ids (across the whole vignette) and option ids (per decision) are unique. */
export const uniqueIdsRule: VignetteRule = {
  name: 'unique-ids',
  check({ structure: { file, data } }) {
    const problems: ContentProblem[] = [];
    const report = problemsFor(file, problems);
    const scenes = new Set<string>();
    const fragments = new Set<string>();
    // A duplicated id cannot name its item, so these paths count items from 0.
    data.scenes.forEach((scene, s) => {
      if (scenes.has(scene.id)) report(['scenes', s, 'id'], `scene id "${scene.id}" is used twice`);
      scenes.add(scene.id);
      scene.fragments.forEach((fragment, f) => {
        if (fragments.has(fragment.id)) report(['scenes', s, 'fragments', f, 'id'], `fragment id "${fragment.id}" is used twice in this vignette`);
        fragments.add(fragment.id);
      });
      if (scene.type !== 'decide') return;
      const options = new Set<string>();
      scene.options.forEach((option, o) => {
        if (options.has(option.id)) report(['scenes', s, 'options', o, 'id'], `option id "${option.id}" is used twice in this decision`);
        options.add(option.id);
      });
    });
    return problems;
  },
};
