import { markedFragments, parseNarrative, type Paragraph } from '../engine';
import type { ScenarioFile, ScenarioTextFile } from './files.schema';

type Report = (path: string, reason: string) => void;

/**
 * Checks one language file of a scenario against its structure: every scene, option and fragment
 * has its text, every fragment is marked exactly once in its own scene, nothing is left over.
 * Returns the parsed bodies by scene id.
 */
export function checkScenarioText(structure: ScenarioFile, text: ScenarioTextFile, report: Report) {
  const bodies = new Map<string, Paragraph[]>();
  const sceneIds = new Set(structure.scenes.map((s) => s.id));
  const fragmentScene = new Map(structure.scenes.flatMap((s) => s.fragments.map((f) => [f.id, s.id] as const)));

  for (const id of Object.keys(text.scenes)) {
    if (!sceneIds.has(id)) report(`scenes.${id}`, `text for unknown scene "${id}"`);
  }
  for (const scene of structure.scenes) {
    const at = `scenes.${scene.id}`;
    const sceneText = text.scenes[scene.id];
    if (!sceneText) {
      report(at, 'missing translation of this scene');
      continue;
    }
    const { paragraphs, problems } = parseNarrative(sceneText.body);
    problems.forEach((p) => report(`${at}.body`, `${p.reason} (at character ${p.offset})`));
    bodies.set(scene.id, paragraphs);

    const marked = markedFragments(paragraphs);
    for (const fragment of scene.fragments) {
      const count = marked.filter((id) => id === fragment.id).length;
      if (count === 0) report(`${at}.body`, `fragment "${fragment.id}" is not marked in this language`);
      if (count > 1) report(`${at}.body`, `fragment "${fragment.id}" is marked ${count} times`);
    }
    for (const id of new Set(marked)) {
      const owner = fragmentScene.get(id);
      if (owner === undefined) report(`${at}.body`, `marks unknown fragment "${id}"`);
      else if (owner !== scene.id) report(`${at}.body`, `marks fragment "${id}" of scene "${owner}"`);
    }

    if (scene.type === 'decide') {
      if (!sceneText.question) report(`${at}.question`, 'a decision scene needs a question');
      for (const option of scene.options) {
        const optionText = sceneText.options?.[option.id];
        if (!optionText) report(`${at}.options.${option.id}`, 'missing label and feedback of this option');
      }
      for (const id of Object.keys(sceneText.options ?? {})) {
        if (!scene.options.some((o) => o.id === id)) report(`${at}.options.${id}`, `text for unknown option "${id}"`);
      }
    } else if (sceneText.question || sceneText.options) {
      report(at, 'only a decision scene has a question and options');
    }
  }

  for (const id of fragmentScene.keys()) {
    if (!text.fragments[id]) report(`fragments.${id}`, 'missing the explanation of this fragment');
  }
  for (const id of Object.keys(text.fragments)) {
    if (!fragmentScene.has(id)) report(`fragments.${id}`, `explanation of unknown fragment "${id}"`);
  }
  return bodies;
}
