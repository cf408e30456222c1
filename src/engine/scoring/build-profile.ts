import type { AttemptRecord } from '../attempt.types';
import type { IndicatorId } from '../ids';
import type { Scenario } from '../scenario.types';
import { scoreAttempt, type AttemptScore } from './score-attempt';
import { measureSensitivity, type DetectionCounts, type Sensitivity } from './signal-detection';

export type CategoryResult = { category: string; hits: number; misses: number; hitShare: number };

export type SignalProfile = Sensitivity & {
  attempts: { scenario: Scenario; attempt: AttemptRecord; score: AttemptScore }[];
  counts: DetectionCounts;
  /** Per indicator category, how many signals were caught and missed, weakest first. */
  categories: CategoryResult[];
};

/**
 * A learner's signal profile over their latest attempts: every fragment of every attempt pooled
 * into one set of counts (so d′ and c rest on all answers), and signals grouped by category.
 */
export function buildProfile(
  entries: { scenario: Scenario; attempt: AttemptRecord }[],
  categoryOf: (indicator: IndicatorId) => string,
): SignalProfile {
  const attempts = entries.map((entry) => ({ ...entry, score: scoreAttempt(entry.scenario, entry.attempt) }));
  const counts: DetectionCounts = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  const byCategory = new Map<string, { hits: number; misses: number }>();
  for (const { score } of attempts) {
    counts.hits += score.counts.hits;
    counts.misses += score.counts.misses;
    counts.falseAlarms += score.counts.falseAlarms;
    counts.correctRejections += score.counts.correctRejections;
    for (const fragment of score.fragments) {
      if (!fragment.indicator) continue;
      const category = categoryOf(fragment.indicator);
      const entry = byCategory.get(category) ?? { hits: 0, misses: 0 };
      if (fragment.outcome === 'hit') entry.hits += 1;
      else entry.misses += 1;
      byCategory.set(category, entry);
    }
  }
  const categories = [...byCategory]
    .map(([category, c]) => ({ category, ...c, hitShare: c.hits / (c.hits + c.misses) }))
    .sort((a, b) => a.hitShare - b.hitShare || a.category.localeCompare(b.category));
  return { ...measureSensitivity(counts), attempts, counts, categories };
}

/**
 * Vignettes to do next: unplayed ones first, ranked by how many of their signals fall in the
 * learner's weakest categories; then played ones that were not passed.
 */
export function suggestNext<T extends { id: string; signalCategories: Record<string, number> }>(
  catalogue: readonly T[],
  profile: Pick<SignalProfile, 'categories' | 'attempts'>,
  limit = 2,
): T[] {
  const played = new Map(profile.attempts.map((a) => [a.scenario.id as string, a.score.passed]));
  const weakness = new Map(profile.categories.map((c) => [c.category, 1 - c.hitShare]));
  const need = (entry: T) =>
    Object.entries(entry.signalCategories).reduce((sum, [category, n]) => sum + n * (weakness.get(category) ?? 0.5), 0);
  const unplayed = catalogue.filter((s) => !played.has(s.id)).sort((a, b) => need(b) - need(a));
  const failed = catalogue.filter((s) => played.get(s.id) === false);
  return [...unplayed, ...failed].slice(0, limit);
}
