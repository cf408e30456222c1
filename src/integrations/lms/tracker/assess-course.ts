import { assessCourse as applyPassRule, scoreAttempt, type Mode, type Scenario, type ScenarioId } from '../../../engine';
import { latestAttempt, type PersistedProgress } from '../../../stores/progress-store';

export type VignetteResult = { id: string; score: number; passed: boolean; mode?: Mode };

export type CourseStatus = {
  total: number;
  completed: number;
  /** Mean overall score of the latest attempts so far; null before the first one. */
  score: number | null;
  status: 'incomplete' | 'passed' | 'failed';
  vignettes: VignetteResult[];
};

/**
 * Where the learner stands in a course of vignettes: complete once every vignette has a finished
 * attempt on its current content; then passed when the mean of the latest overall scores reaches
 * the pass mark. Scores are recomputed from the recorded answers, never read from storage.
 */
export function assessCourse(
  ids: readonly string[],
  progress: PersistedProgress,
  scenarios: ReadonlyMap<string, Scenario>,
  passMark: number,
): CourseStatus {
  const vignettes = ids.flatMap((id): VignetteResult[] => {
    const scenario = scenarios.get(id);
    const attempt = latestAttempt(progress, id);
    if (!scenario || !attempt || attempt.contentVersion !== scenario.version) return [];
    const score = scoreAttempt(scenario, attempt, passMark);
    return [{ id, score: score.overall, passed: score.passed, mode: attempt.mode }];
  });
  const byId = new Map(vignettes.map((v) => [v.id, v.score]));
  const { total, completed, score, status } = applyPassRule(ids as readonly ScenarioId[], (id) => byId.get(id), passMark);
  return { total, completed, score, status, vignettes };
}
