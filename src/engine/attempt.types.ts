import type { FragmentId, OptionId, ScenarioId, SceneId } from './ids';

export type Choice = { scene: SceneId; option: OptionId };

/** What a learner did in one vignette: enough to recompute every score, nothing more. */
export type AttemptRecord = {
  scenarioId: ScenarioId;
  contentVersion: number;
  path: SceneId[];
  flags: FragmentId[];
  choices: Choice[];
};

/** Everything a learner can do inside a vignette. */
export type LearnerEvent =
  | { type: 'learner.acknowledge' }
  | { type: 'learner.toggle'; fragment: FragmentId }
  | { type: 'learner.submit' }
  | { type: 'learner.choose'; option: OptionId };
