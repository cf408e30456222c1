import type { ContentProblem } from './content-problem';
import { problemsFor } from './content-problem';
import type { VignetteRule } from './content-rule';

/**
 * Every language has the text of every scene, and of every decision its question and each option's
 * label and feedback; no text for scenes or options that do not exist; no question on a scene
 * without a decision.
 */
export const sceneTextsRule: VignetteRule = {
  name: 'scene-texts',
  check({ structure, texts }) {
    const problems: ContentProblem[] = [];
    const scenes = new Map(structure.data.scenes.map((s) => [s.id, s]));
    for (const { file, data } of texts) {
      const report = problemsFor(file, problems);
      for (const id of Object.keys(data.scenes)) {
        if (!scenes.has(id)) report(['scenes', id], `text for unknown scene "${id}"`);
      }
      for (const scene of scenes.values()) {
        const at = ['scenes', scene.id];
        const text = data.scenes[scene.id];
        if (!text) {
          report(at, 'missing translation of this scene');
          continue;
        }
        if (scene.type !== 'decide') {
          if (text.question !== undefined || text.options !== undefined) report(at, 'only a decision scene has a question and options');
          continue;
        }
        if (!text.question) report([...at, 'question'], 'a decision scene needs a question');
        for (const option of scene.options) {
          if (!text.options?.[option.id]) report([...at, 'options', option.id], 'missing label and feedback of this option');
        }
        for (const id of Object.keys(text.options ?? {})) {
          if (!scene.options.some((o) => o.id === id)) report([...at, 'options', id], `text for unknown option "${id}"`);
        }
      }
    }
    return problems;
  },
};
