import { assessCourse, scoreAttempt, type AttemptRecord, type AttemptScore, type ScenarioId, type ScenarioStructure } from '../engine';
import type { Assignment } from './assignment.schema';

export type VignetteResult = { scenarioId: ScenarioId; attempt?: AttemptRecord; score?: AttemptScore; tries: number };

/** Where one learner stands on an assignment, every score recomputed with its pass mark. */
export type AssignmentScore = {
  vignettes: VignetteResult[];
  done: number;
  finished: boolean;
  /** Mean of the vignettes' overall scores, rounded; null until every vignette is done. */
  overall: number | null;
  passed: boolean;
};

/**
 * Scores a learner's attempts at an assignment: the latest attempt at each vignette counts, scored
 * under its own rules against the structure of the version it was played on (the caller gives,
 * per vignette, the structure of the latest attempt's version: current or archived), with the
 * assignment's pass mark. An attempt whose version is not given is not scored.
 */
export function scoreAssignment(
  assignment: Pick<Assignment, 'scenarios' | 'passMark'>,
  attempts: readonly AttemptRecord[],
  scenarios: ReadonlyMap<ScenarioId, ScenarioStructure>,
): AssignmentScore {
  const vignettes = assignment.scenarios.map((scenarioId): VignetteResult => {
    const mine = attempts.filter((a) => a.scenarioId === scenarioId);
    const attempt = mine.at(-1);
    const scenario = scenarios.get(scenarioId);
    const score = attempt && scenario && attempt.contentVersion === scenario.version ? scoreAttempt(scenario, attempt, assignment.passMark) : undefined;
    return { scenarioId, tries: mine.length, ...(attempt ? { attempt } : {}), ...(score ? { score } : {}) };
  });
  const byId = new Map(vignettes.map((v) => [v.scenarioId, v.score?.overall]));
  const course = assessCourse(assignment.scenarios, (id) => byId.get(id), assignment.passMark);
  const finished = course.status !== 'incomplete';
  return { vignettes, done: course.completed, finished, overall: finished ? course.score : null, passed: course.passed };
}
