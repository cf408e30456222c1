import { markedFragments, parseNarrative } from '../engine';
import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

/**
 * In every language, each scene body is valid markup and marks each fragment of its scene exactly
 * once (`[[id|text]]`), and no fragment of another scene or of none.
 */
export const fragmentMarkupRule: VignetteRule = {
  name: 'fragment-markup',
  check({ structure, texts }) {
    const problems: ContentProblem[] = [];
    const sceneOf = new Map(structure.data.scenes.flatMap((s) => s.fragments.map((f) => [f.id, s.id] as const)));
    for (const { file, data, bodies } of texts) {
      const report = problemsFor(file, problems);
      for (const scene of structure.data.scenes) {
        const body = data.scenes[scene.id]?.body;
        const paragraphs = bodies.get(scene.id);
        if (body === undefined || paragraphs === undefined) continue;
        const at = ['scenes', scene.id, 'body'];
        parseNarrative(body).problems.forEach((p) => report(at, p.reason, p.offset));
        const marked = markedFragments(paragraphs);
        for (const fragment of scene.fragments) {
          const count = marked.filter((id) => id === fragment.id).length;
          if (count === 0) report(at, `fragment "${fragment.id}" is not marked in this language`);
          if (count > 1) report(at, `fragment "${fragment.id}" is marked ${count} times`, offsetOf(body, fragment.id, 2));
        }
        for (const id of new Set(marked)) {
          const owner = sceneOf.get(id);
          if (owner === undefined) report(at, `marks unknown fragment "${id}"`, offsetOf(body, id, 1));
          else if (owner !== scene.id) report(at, `marks fragment "${id}" of scene "${owner}"`, offsetOf(body, id, 1));
        }
      }
    }
    return problems;
  },
};

/** Where the nth marking of a fragment starts in a body, so the problem points at its line. */
function offsetOf(body: string, id: string, nth: number): number | undefined {
  let at = -1;
  for (let i = 0; i < nth; i += 1) {
    at = body.indexOf(`[[${id}|`, at + 1);
    if (at < 0) return undefined;
  }
  return at;
}
