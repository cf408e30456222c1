import type { Locale, Scenario, ScenarioText } from '../engine';
import type { Content } from './content.types';

/** The ILO's eleven indicators of forced labour (ILO 2012; FACTS.md §3.1), as taxonomy ids. */
export const ILO_INDICATORS = [
  'abuse-of-vulnerability',
  'deception-false-promises',
  'restriction-of-movement',
  'isolation',
  'violence',
  'threats-intimidation',
  'retention-of-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-conditions',
  'excessive-hours',
] as const;

export type IndicatorCoverage = {
  used: number;
  total: number;
  ilo: { used: number; total: number };
  /** Taxonomy ids that no vignette trains, in taxonomy order. */
  unused: string[];
};

/** Which of the taxonomy's indicators at least one vignette uses as a signal. */
export function indicatorCoverage(scenarios: Scenario[], indicatorIds: string[]): IndicatorCoverage {
  const used = new Set<string>(
    scenarios.flatMap((s) => s.scenes.flatMap((scene) => scene.fragments.flatMap((f) => (f.kind === 'signal' ? [f.indicator] : [])))),
  );
  return {
    used: indicatorIds.filter((id) => used.has(id)).length,
    total: indicatorIds.length,
    ilo: { used: ILO_INDICATORS.filter((id) => used.has(id)).length, total: ILO_INDICATORS.length },
    unused: indicatorIds.filter((id) => !used.has(id)),
  };
}

function allText(text: ScenarioText): string[] {
  const scenes = Object.values(text.scenes).flatMap((scene) => [
    scene.heading,
    ...scene.body.map((paragraph) => paragraph.map((segment) => segment.text).join('')),
    ...Object.values(scene.options ?? {}).flatMap((o) => [o.label, o.feedback]),
  ]);
  return [text.summary, ...scenes, ...Object.values(text.fragments), text.debrief.professional, text.debrief.misconception];
}

const WORD = /\p{Lu}[\p{Ll}’']+/gu;

function capitals(passages: string[]): Set<string> {
  return new Set(passages.flatMap((p) => [...p.matchAll(WORD)].map((m) => m[0].replace(/[’']s?$/, ''))));
}

function lowercaseWords(passages: string[]): Set<string> {
  return new Set(passages.flatMap((p) => [...p.matchAll(/(?<![\p{L}])\p{Ll}+/gu)].map((m) => m[0])));
}

/**
 * Likely first names per vignette: capitalised words that every language uses (names are not
 * translated, sentence openers and most other words are), never written in lower case, minus words
 * the shared texts use for organisations, routes and places.
 */
export function namesOf(scenario: Scenario, vocabulary: Vocabulary): string[] {
  const [first, ...rest] = textsOf(scenario).map(capitals);
  if (!first) return [];
  return [...first]
    .filter((word) => !vocabulary.common.has(word) && !vocabulary.lower.has(word.toLowerCase()) && rest.every((set) => set.has(word)))
    .sort();
}

const textsOf = (scenario: Scenario) => (Object.keys(scenario.text) as Locale[]).map((l) => allText(scenario.text[l]));

export type Vocabulary = { common: Set<string>; lower: Set<string> };

/**
 * Words that are not people's names: capitalised words of the shared texts (organisations, routes,
 * places, source titles) and every word the library writes in lower case somewhere.
 */
export function vocabularyOf(content: Content): Vocabulary {
  const passages = [
    ...content.routes.flatMap((r) => Object.values(r.text).flatMap((t) => [t.name, t.when])),
    ...content.pages.flatMap((p) => Object.values(p.text).flatMap((t) => [t.title, t.lead, ...t.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.items ?? [])])])),
    ...content.scenarios.flatMap((s) => Object.values(s.text).flatMap((t) => (t.debrief.partners ?? []).map((p) => p.name))),
    ...content.sources.map((s) => s.title),
  ];
  const everything = [
    ...passages,
    ...content.taxonomy.indicators.flatMap((i) => Object.values(i.text).flatMap((t) => [t.name, t.explanation])),
    ...content.scenarios.flatMap((s) => textsOf(s).flat()),
  ];
  return { common: capitals(passages), lower: lowercaseWords(everything) };
}

/** First names that occur in more than one vignette, with the vignettes that use each. */
export function reusedNames(content: Content): { name: string; scenarios: string[] }[] {
  const vocabulary = vocabularyOf(content);
  const byName = new Map<string, string[]>();
  for (const scenario of content.scenarios) {
    for (const name of namesOf(scenario, vocabulary)) byName.set(name, [...(byName.get(name) ?? []), scenario.id]);
  }
  return [...byName]
    .filter(([, ids]) => ids.length > 1)
    .map(([name, scenarios]) => ({ name, scenarios }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
