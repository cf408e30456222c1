import { LOCALES, asSceneId, markedFragments, type Locale, type NeutralId, type Paragraph } from '../engine';
import type { ScenarioFile } from './files.schema';
import { segmentScene } from './segment-neutral';

type Report = (locale: Locale, path: string, reason: string) => void;

const LANGUAGE: Record<Locale, string> = { nl: 'Dutch', en: 'English' };

function gapName(fragments: string[], gap: number) {
  if (fragments.length === 0) return 'the text';
  if (gap === 0) return `the text before fragment "${fragments[0]}"`;
  if (gap === fragments.length) return `the text after fragment "${fragments.at(-1)}"`;
  return `the text between fragments "${fragments[gap - 1]}" and "${fragments[gap]}"`;
}

/**
 * Splits every scene's story text into neutral units (see segment-neutral.ts) and reports a gap
 * between fragments that has sentences in one language and none in another: those sentences
 * could not be marked the same way in every language.
 */
export function segmentScenario(structure: ScenarioFile, bodies: Record<Locale, Map<string, Paragraph[]>>, report: Report) {
  const neutrals = new Map<string, NeutralId[]>();
  const segmented = Object.fromEntries(LOCALES.map((l) => [l, new Map<string, Paragraph[]>()])) as Record<Locale, Map<string, Paragraph[]>>;
  for (const scene of structure.scenes) {
    const texts = Object.fromEntries(LOCALES.map((l) => [l, bodies[l].get(scene.id) ?? []])) as Record<Locale, Paragraph[]>;
    const result = segmentScene(asSceneId(scene.id), texts);
    const fragments = markedFragments(texts[LOCALES[0]]);
    for (const problem of result.problems) {
      report(
        problem.empty,
        `scenes.${scene.id}.body`,
        `${gapName(fragments, problem.gap)} has ${problem.sentences} sentence(s) in ${LANGUAGE[problem.filled]} and none in ${LANGUAGE[problem.empty]}; translate it, or leave it out in both`,
      );
    }
    neutrals.set(scene.id, result.neutrals);
    for (const locale of LOCALES) segmented[locale].set(scene.id, result.bodies[locale]);
  }
  return { neutrals, bodies: segmented };
}
