import { LOCALES, asSceneId, markedFragments, type Locale, type NeutralId, type Paragraph } from '../engine';
import { problemsFor, type ContentProblem } from './content-problem';
import type { VignetteFiles, VignetteRule } from './content-rule';
import { segmentScene } from './segment-neutral';

const LANGUAGE: Record<Locale, string> = { nl: 'Dutch', en: 'English' };

function gapName(fragments: string[], gap: number) {
  if (fragments.length === 0) return 'the text';
  if (gap === 0) return `the text before fragment "${fragments[0]}"`;
  if (gap === fragments.length) return `the text after fragment "${fragments.at(-1)}"`;
  return `the text between fragments "${fragments[gap - 1]}" and "${fragments[gap]}"`;
}

/**
 * Splits every scene's story text into neutral units (see segment-neutral.ts): the neutral unit
 * ids of each scene, and each language's bodies with the units in them. Needs every language.
 */
export function segmentVignette({ structure, texts }: VignetteFiles) {
  const neutrals = new Map<string, NeutralId[]>();
  const bodies = new Map(texts.map((t) => [t.locale, new Map<string, Paragraph[]>()]));
  const gaps: { scene: string; locale: Locale; reason: string }[] = [];
  for (const scene of structure.data.scenes) {
    const parsed = Object.fromEntries(texts.map((t) => [t.locale, t.bodies.get(scene.id) ?? []])) as Record<Locale, Paragraph[]>;
    const result = segmentScene(asSceneId(scene.id), parsed);
    const fragments = markedFragments(parsed[LOCALES[0]]);
    // Gaps line up only when every language has the scene and marks the same fragments in the same
    // order; when not, scene-texts, fragment-markup or fragment-order says so, and gaps would echo it.
    const aligned = texts.every((t) => t.bodies.has(scene.id)) && LOCALES.every((l) => markedFragments(parsed[l]).join() === fragments.join());
    for (const problem of aligned ? result.problems : []) {
      const reason = `${gapName(fragments, problem.gap)} has ${problem.sentences} sentence(s) in ${LANGUAGE[problem.filled]} and none in ${LANGUAGE[problem.empty]}; translate it, or leave it out in both`;
      gaps.push({ scene: scene.id, locale: problem.empty, reason });
    }
    neutrals.set(scene.id, result.neutrals);
    for (const locale of LOCALES) bodies.get(locale)?.set(scene.id, result.bodies[locale]);
  }
  return { neutrals, bodies, gaps };
}

/**
 * The text between two fragments of a scene (or before the first, or after the last) has sentences
 * in every language or in none: sentences in one language only could not be marked the same way.
 */
export const neutralGapsRule: VignetteRule = {
  name: 'neutral-gaps',
  check(vignette) {
    const problems: ContentProblem[] = [];
    if (!LOCALES.every((locale) => vignette.texts.some((t) => t.locale === locale))) return problems;
    for (const gap of segmentVignette(vignette).gaps) {
      const file = vignette.texts.find((t) => t.locale === gap.locale)?.file ?? vignette.structure.file;
      problemsFor(file, problems)(['scenes', gap.scene, 'body'], gap.reason);
    }
    return problems;
  },
};
