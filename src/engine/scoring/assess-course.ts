import type { ScenarioId } from '../ids';

export type CourseStatus = 'incomplete' | 'passed' | 'failed';

/** Where a learner stands on a set of vignettes under the one pass rule. */
export type CourseResult = {
  total: number;
  /** Vignettes with a counting attempt. */
  completed: number;
  /** Mean of the counting attempts' overall scores, rounded; null before the first one. */
  score: number | null;
  status: CourseStatus;
  passed: boolean;
};

/**
 * The one rule for "passed" of a set of vignettes — a self-paced certificate, an assignment, an LMS
 * package: complete when every vignette has a counting attempt (the latest one), passed when the
 * rounded mean of their overall scores reaches the pass mark. The debrief, the dashboard, the
 * certificate and every LMS/LRS report use this function and nothing else.
 */
export function assessCourse(
  vignettes: readonly ScenarioId[],
  overallOf: (vignette: ScenarioId) => number | undefined,
  passMark: number,
): CourseResult {
  const scores = vignettes.flatMap((id) => {
    const overall = overallOf(id);
    return overall === undefined ? [] : [overall];
  });
  const score = scores.length === 0 ? null : Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
  const complete = vignettes.length > 0 && scores.length === vignettes.length;
  const passed = complete && score !== null && score >= passMark;
  return { total: vignettes.length, completed: scores.length, score, status: !complete ? 'incomplete' : passed ? 'passed' : 'failed', passed };
}
