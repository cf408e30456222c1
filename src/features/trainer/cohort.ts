import type { Assignment } from '../../records';
import type { FragmentId, IndicatorId, OptionId, Quality, Scenario, ScenarioId, SceneId } from '../../engine';
import type { ImportedResult } from '../../stores/trainer-store';
import { learnerRows, type LearnerRow } from './learner-rows';

export type { LearnerRow };
export type IndicatorRow = { indicator: IndicatorId; seen: number; missed: number; share: number };
export type DecisionRow = {
  scenarioId: ScenarioId;
  scene: SceneId;
  total: number;
  options: { option: OptionId; quality: Quality; count: number }[];
};
export type FalseAlarmRow = { scenarioId: ScenarioId; fragments: { fragment: FragmentId; scene: SceneId; count: number; seen: number }[] };

/** What a group did with an assignment, from the counted results only: one row per learner. */
export type Cohort = {
  learners: LearnerRow[];
  finished: number;
  passed: number;
  /** Per indicator: of the learners who met it, how many missed it at least once; most missed first. */
  indicators: IndicatorRow[];
  /** Per decision: how many learners chose each option, in the content's order. */
  decisions: DecisionRow[];
  /** Per vignette: the distractors most often flagged, most first (only those flagged at all). */
  falseAlarms: FalseAlarmRow[];
};

export const FALSE_ALARMS_SHOWN = 5;

/**
 * Summarises the counted results of an assignment. Every score is recomputed here from the
 * recorded answers against the content: nothing a file says about a score is used.
 */
export function summarizeCohort(assignment: Assignment, results: readonly ImportedResult[], scenarios: ReadonlyMap<ScenarioId, Scenario>): Cohort {
  const learners = learnerRows(assignment, results, scenarios);

  const indicators = new Map<IndicatorId, { seen: number; missed: number }>();
  const choices = new Map<string, number>();
  const alarms = new Map<string, { count: number; seen: number }>();
  for (const { score } of learners) {
    const seen = new Set<IndicatorId>();
    const missed = new Set<IndicatorId>();
    for (const vignette of score.vignettes) {
      for (const result of vignette.score?.fragments ?? []) {
        if (result.indicator) {
          seen.add(result.indicator);
          if (result.outcome === 'miss') missed.add(result.indicator);
        } else {
          const key = `${vignette.scenarioId}/${result.fragment}`;
          const tally = alarms.get(key) ?? { count: 0, seen: 0 };
          tally.seen += 1;
          if (result.outcome === 'false-alarm') tally.count += 1;
          alarms.set(key, tally);
        }
      }
      for (const decision of vignette.score?.decisions ?? []) {
        const key = `${vignette.scenarioId}/${decision.scene}/${decision.option}`;
        choices.set(key, (choices.get(key) ?? 0) + 1);
      }
    }
    for (const id of seen) {
      const tally = indicators.get(id) ?? { seen: 0, missed: 0 };
      tally.seen += 1;
      if (missed.has(id)) tally.missed += 1;
      indicators.set(id, tally);
    }
  }

  const ordered = assignment.scenarios.flatMap((id) => scenarios.get(id) ?? []);
  const decisions = ordered.flatMap((scenario) =>
    scenario.scenes.flatMap((scene): DecisionRow[] => {
      if (scene.type !== 'decide') return [];
      const options = scene.options.map((o) => ({ option: o.id, quality: o.quality, count: choices.get(`${scenario.id}/${scene.id}/${o.id}`) ?? 0 }));
      const total = options.reduce((sum, o) => sum + o.count, 0);
      return total === 0 ? [] : [{ scenarioId: scenario.id, scene: scene.id, total, options }];
    }),
  );
  const falseAlarms = ordered.flatMap((scenario): FalseAlarmRow[] => {
    const fragments = scenario.scenes
      .flatMap((scene) => scene.fragments.filter((f) => f.kind === 'distractor').map((f) => ({ fragment: f.id, scene: scene.id, ...(alarms.get(`${scenario.id}/${f.id}`) ?? { count: 0, seen: 0 }) })))
      .filter((f) => f.count > 0)
      .sort((a, b) => b.count - a.count || a.fragment.localeCompare(b.fragment))
      .slice(0, FALSE_ALARMS_SHOWN);
    return fragments.length === 0 ? [] : [{ scenarioId: scenario.id, fragments }];
  });

  return {
    learners,
    finished: learners.filter((l) => l.score.finished).length,
    passed: learners.filter((l) => l.score.passed).length,
    indicators: [...indicators]
      .map(([indicator, t]) => ({ indicator, ...t, share: t.seen === 0 ? 0 : t.missed / t.seen }))
      .sort((a, b) => b.share - a.share || b.missed - a.missed || a.indicator.localeCompare(b.indicator)),
    decisions,
    falseAlarms,
  };
}
