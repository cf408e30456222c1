import type { AttemptRecord } from '../attempt.types';
import type { FragmentId, IndicatorId, OptionId, SceneId } from '../ids';
import type { Quality, Scenario } from '../scenario.types';
import {
  measureSensitivity,
  scoreRecognition,
  type DetectionCounts,
  type Sensitivity,
} from './signal-detection';

export const DEFAULT_PASS_MARK = 70;
/** Weight of recognition in the overall score; decisions weigh the rest. */
export const RECOGNITION_WEIGHT = 0.6;
export const QUALITY_POINTS: Record<Quality, number> = { recommended: 100, acceptable: 60, harmful: 0 };

export type Outcome = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

export type FragmentResult = {
  fragment: FragmentId;
  scene: SceneId;
  outcome: Outcome;
  indicator?: IndicatorId;
};

export type DecisionResult = { scene: SceneId; option: OptionId; quality: Quality };

export type AttemptScore = Sensitivity & {
  fragments: FragmentResult[];
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

/**
 * Scores an attempt against its scenario: only fragments of scenes the learner saw count, and
 * every figure is recomputed from the recorded answers.
 */
export function scoreAttempt(
  scenario: Scenario,
  attempt: AttemptRecord,
  passMark: number = DEFAULT_PASS_MARK,
): AttemptScore {
  const flagged = new Set(attempt.flags);
  const visited = new Set(attempt.path);
  const fragments: FragmentResult[] = scenario.scenes
    .filter((scene) => visited.has(scene.id))
    .flatMap((scene) =>
      scene.fragments.map((fragment): FragmentResult => {
        const isFlagged = flagged.has(fragment.id);
        if (fragment.kind === 'signal') {
          return { fragment: fragment.id, scene: scene.id, indicator: fragment.indicator, outcome: isFlagged ? 'hit' : 'miss' };
        }
        return { fragment: fragment.id, scene: scene.id, outcome: isFlagged ? 'false-alarm' : 'correct-rejection' };
      }),
    );
  const counts = countOutcomes(fragments);
  const decisions = resolveDecisions(scenario, attempt);
  const recognition = scoreRecognition(counts);
  const combined = combineScores(recognition, decisions.map((d) => d.quality), passMark);
  return { ...measureSensitivity(counts), fragments, counts, decisions, recognition, ...combined, passMark };
}

function countOutcomes(fragments: FragmentResult[]): DetectionCounts {
  const counts: DetectionCounts = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  for (const { outcome } of fragments) {
    if (outcome === 'hit') counts.hits += 1;
    else if (outcome === 'miss') counts.misses += 1;
    else if (outcome === 'false-alarm') counts.falseAlarms += 1;
    else counts.correctRejections += 1;
  }
  return counts;
}

function resolveDecisions(scenario: Scenario, attempt: AttemptRecord): DecisionResult[] {
  return attempt.choices.flatMap((choice) => {
    const scene = scenario.scenes.find((s) => s.id === choice.scene);
    const option = scene?.type === 'decide' ? scene.options.find((o) => o.id === choice.option) : undefined;
    return option ? [{ scene: choice.scene, option: option.id, quality: option.quality }] : [];
  });
}
