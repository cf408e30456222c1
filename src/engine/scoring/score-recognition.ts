import type { ScoringRules } from '../attempt.types';

/** How many units of one kind a learner saw, and how many of those they marked. */
export type Tally = { marked: number; total: number };

/** Marked and seen units by kind, over the scenes of an attempt. */
export type Tallies = { signals: Tally; distractors: Tally; neutrals: Tally };

const share = ({ marked, total }: Tally) => (total === 0 ? 0 : marked / total);

/**
 * Recognition score 0–100 under a version of the scoring rules.
 *
 * Rules 1: share of signals marked − share of distractors marked (neutral units did not exist).
 * Rules 2: share of signals marked − ½ × share of distractors marked − ½ × share of neutral units
 * marked; when the seen scenes hold only one kind of noise, that kind weighs fully. Marking
 * everything or nothing scores 0, marking exactly the signals 100; a marked distractor costs about
 * as much as a missed signal, a marked neutral sentence little, but many add up.
 */
export function scoreRecognition(tallies: Tallies, rules: ScoringRules): number {
  const hits = share(tallies.signals);
  if (rules === 1) return Math.max(0, hits - share(tallies.distractors)) * 100;
  const kinds = [tallies.distractors, tallies.neutrals].filter((t) => t.total > 0);
  const noise = kinds.reduce((sum, tally) => sum + share(tally) / kinds.length, 0);
  return Math.max(0, hits - noise) * 100;
}
