import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

/**
 * The folder name, sources, reporting routes, indicators and fragments a vignette names all exist;
 * a fragment's own sources are also among the vignette's.
 */
export const referencesRule: VignetteRule = {
  name: 'references',
  check({ folder, structure: { file, data } }, known) {
    const problems: ContentProblem[] = [];
    const report = problemsFor(file, problems);
    if (data.id !== folder) report(['id'], `must equal the folder name "${folder}"`);
    data.sources.forEach((key, i) => {
      if (!known.sources.has(key)) report(['sources', i], `unknown source "${key}" (not in content/sources.yaml)`);
    });
    data.routes.forEach((id, i) => {
      if (!known.routes.has(id)) report(['routes', i], `unknown reporting route "${id}" (not in content/pages/routes.yaml)`);
    });
    const fragments = new Set(data.scenes.flatMap((scene) => scene.fragments.map((f) => f.id)));
    for (const scene of data.scenes) {
      for (const fragment of scene.fragments) {
        fragment.sources?.forEach((key, k) => {
          const at = ['scenes', scene.id, 'fragments', fragment.id, 'sources', k];
          if (!known.sources.has(key)) report(at, `unknown source "${key}" (not in content/sources.yaml)`);
          else if (!data.sources.includes(key)) report(at, `source "${key}" is missing from the vignette's sources`);
        });
        if ('signal' in fragment && !known.indicators.has(fragment.signal)) {
          report(['scenes', scene.id, 'fragments', fragment.id, 'signal'], `unknown indicator "${fragment.signal}" (not in content/taxonomy/indicators.yaml)`);
        }
      }
      if (scene.type !== 'observe' || typeof scene.next === 'string') continue;
      scene.next.forEach((branch, b) => {
        branch.if?.params.fragments.forEach((id, f) => {
          if (!fragments.has(id)) report(['scenes', scene.id, 'next', b, 'if', 'params', 'fragments', f], `unknown fragment "${id}"`);
        });
      });
    }
    return problems;
  },
};
