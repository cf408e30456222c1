import type { AttemptRecord, ScoringRules } from '../attempt.types';
import type { FragmentId, IndicatorId, NeutralId, OptionId, SceneId } from '../ids';
import type { Quality, ScenarioStructure } from '../scenario.types';
import { scoreRecognition, type Tallies, type Tally } from './score-recognition';
import { measureSensitivity, type DetectionCounts, type Sensitivity } from './signal-detection';

export const DEFAULT_PASS_MARK = 70;
/** Weight of recognition in the overall score; decisions weigh the rest. */
export const RECOGNITION_WEIGHT = 0.6;
export const QUALITY_POINTS: Record<Quality, number> = { recommended: 100, acceptable: 60, harmful: 0 };

export type Outcome = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

/** An author-marked fragment of a seen scene: a signal (hit or miss) or a distractor. */
export type FragmentResult = {
  fragment: FragmentId;
  scene: SceneId;
  outcome: Outcome;
  indicator?: IndicatorId;
};

/** A neutral unit of a seen scene: marked (a false alarm) or left alone. */
export type NeutralResult = { unit: NeutralId; scene: SceneId; outcome: 'false-alarm' | 'correct-rejection' };

export type DecisionResult = { scene: SceneId; option: OptionId; quality: Quality };

export type AttemptScore = Sensitivity & {
  /** The scoring rules this score was computed under (the attempt's own). */
  rules: ScoringRules;
  fragments: FragmentResult[];
  /** Neutral units of the seen scenes; empty under rules 1, where they did not count. */
  neutrals: NeutralResult[];
  tallies: Tallies;
  /** Signal-detection counts; noise is distractors, and under rules 2 neutral units too. */
  counts: DetectionCounts;
  decisions: DecisionResult[];
  recognition: number;
  decision: number | null;
  overall: number;
  passMark: number;
  passed: boolean;
};

/**
 * Combines recognition and decision scores into a whole-number overall score and a pass verdict.
 * Without decisions the overall score is the recognition score.
 */
export function combineScores(recognition: number, qualities: Quality[], passMark: number) {
  const decision =
    qualities.length === 0
      ? null
      : qualities.reduce((sum, q) => sum + QUALITY_POINTS[q], 0) / qualities.length;
  const overall = Math.round(
    decision === null ? recognition : RECOGNITION_WEIGHT * recognition + (1 - RECOGNITION_WEIGHT) * decision,
  );
  return { decision, overall, passed: overall >= passMark };
}

const tally = (results: { outcome: Outcome }[], marked: Outcome): Tally => ({
  marked: results.filter((r) => r.outcome === marked).length,
  total: results.length,
});

/**
 * Scores an attempt against its vignette's structure under the attempt's own scoring rules: only
 * units of scenes the learner saw count, and every figure is recomputed from the recorded answers.
 */
export function scoreAttempt(
  scenario: ScenarioStructure,
  attempt: AttemptRecord,
  passMark: number = DEFAULT_PASS_MARK,
): AttemptScore {
  const flagged = new Set<string>(attempt.flags);
  const visited = new Set(attempt.path);
  const seen = scenario.scenes.filter((scene) => visited.has(scene.id));
  const fragments = seen.flatMap((scene) =>
    scene.fragments.map((fragment): FragmentResult => {
      const isFlagged = flagged.has(fragment.id);
      if (fragment.kind === 'signal') {
        return { fragment: fragment.id, scene: scene.id, indicator: fragment.indicator, outcome: isFlagged ? 'hit' : 'miss' };
      }
      return { fragment: fragment.id, scene: scene.id, outcome: isFlagged ? 'false-alarm' : 'correct-rejection' };
    }),
  );
  const neutrals =
    attempt.rules === 1
      ? []
      : seen.flatMap((scene) =>
          scene.neutrals.map((unit): NeutralResult => ({ unit, scene: scene.id, outcome: flagged.has(unit) ? 'false-alarm' : 'correct-rejection' })),
        );
  const signals = fragments.filter((f) => f.indicator !== undefined);
  const distractors = fragments.filter((f) => f.indicator === undefined);
  const tallies: Tallies = { signals: tally(signals, 'hit'), distractors: tally(distractors, 'false-alarm'), neutrals: tally(neutrals, 'false-alarm') };
  const counts: DetectionCounts = {
    hits: tallies.signals.marked,
    misses: tallies.signals.total - tallies.signals.marked,
    falseAlarms: tallies.distractors.marked + tallies.neutrals.marked,
    correctRejections: tallies.distractors.total - tallies.distractors.marked + tallies.neutrals.total - tallies.neutrals.marked,
  };
  const decisions = resolveDecisions(scenario, attempt);
  const recognition = scoreRecognition(tallies, attempt.rules);
  const combined = combineScores(recognition, decisions.map((d) => d.quality), passMark);
  return { ...measureSensitivity(counts), rules: attempt.rules, fragments, neutrals, tallies, counts, decisions, recognition, ...combined, passMark };
}

function resolveDecisions(scenario: ScenarioStructure, attempt: AttemptRecord): DecisionResult[] {
  return attempt.choices.flatMap((choice) => {
    const scene = scenario.scenes.find((s) => s.id === choice.scene);
    const option = scene?.type === 'decide' ? scene.options.find((o) => o.id === choice.option) : undefined;
    return option ? [{ scene: choice.scene, option: option.id, quality: option.quality }] : [];
  });
}
