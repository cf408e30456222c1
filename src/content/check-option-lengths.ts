import { LOCALES, type Locale, type OptionId, type Scenario } from '../engine';
import { buildScenario } from './build-scenario';
import type { ContentProblem } from './content-problem';
import type { VignetteRule } from './content-rule';

/** Where the recommended option of one decision stands by label length (1 = longest), per language. */
export type OptionLengthRank = { scene: string; options: number; rank: Record<Locale, number> };

/** Ranks the recommended option of every decision by label length; a tie is no cue, so only a strictly longest label ranks 1. */
export function rankRecommendedOptions(scenario: Scenario): OptionLengthRank[] {
  return scenario.scenes.flatMap((scene) => {
    if (scene.type !== 'decide') return [];
    const recommended = scene.options.find((o) => o.quality === 'recommended');
    if (!recommended) return [];
    const rank = Object.fromEntries(
      LOCALES.map((locale) => {
        const length = (id: OptionId) => scenario.text[locale].scenes[scene.id]?.options?.[id]?.label.length ?? 0;
        const own = length(recommended.id);
        return [locale, 1 + scene.options.filter((o) => o.id !== recommended.id && length(o.id) >= own).length];
      }),
    ) as Record<Locale, number>;
    return [{ scene: scene.id, options: scene.options.length, rank }];
  });
}

/**
 * A vignette whose recommended option is the longest (in either language) in more than half of
 * its decisions teaches learners to pick the longest answer. Returns one problem for such a vignette.
 */
export function checkOptionLengths(scenario: Scenario, file: string): ContentProblem[] {
  const ranks = rankRecommendedOptions(scenario);
  const longest = ranks.filter((r) => LOCALES.some((l) => r.rank[l] === 1));
  if (ranks.length === 0 || longest.length * 2 <= ranks.length) return [];
  const where = longest.map((r) => r.scene).join(', ');
  return [
    {
      file,
      path: ['scenes'],
      reason: `the recommended option is the longest in ${longest.length} of ${ranks.length} decisions (${where}); at most half may be`,
    },
  ];
}

/** The option-length rule over a vignette's files: needs every language, built into a Scenario. */
export const optionLengthsRule: VignetteRule = {
  name: 'option-lengths',
  check({ structure, texts }) {
    if (!LOCALES.every((locale) => texts.some((t) => t.locale === locale))) return [];
    const byLocale = Object.fromEntries(texts.map((t) => [t.locale, { file: t.data, bodies: new Map(t.bodies) }])) as Parameters<
      typeof buildScenario
    >[1];
    return checkOptionLengths(buildScenario(structure.data, byLocale, new Map()), structure.file);
  },
};
