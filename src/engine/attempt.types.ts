import type { OptionId, ScenarioId, SceneId, UnitId } from './ids';

export type Choice = { scene: SceneId; option: OptionId };

/**
 * Practice: feedback after each scene (the default for self-paced learning). Assessment: feedback
 * only at the end; the only mode that earns a certificate.
 */
export const MODES = ['practice', 'assessment'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Versions of the scoring rules. 1: recognition = hit share − distractor false-alarm share (records
 * made before neutral units). 2: neutral units count as noise too (see score-recognition.ts).
 */
export const SCORING_RULES = [1, 2] as const;
export type ScoringRules = (typeof SCORING_RULES)[number];
/** The rules every new attempt is scored under. */
export const CURRENT_RULES: ScoringRules = 2;

/** Seeds run from 1 to MAX_SEED (12 bits: two characters in suspend_data, two bytes in codes). */
export const MAX_SEED = 4095;

/** What a learner did in one vignette: enough to recompute every score, nothing more. */
export type AttemptRecord = {
  scenarioId: ScenarioId;
  contentVersion: number;
  mode: Mode;
  /** Option order of this attempt (see orderOptions); 0 = authored order. */
  seed: number;
  rules: ScoringRules;
  path: SceneId[];
  /** Marked units: fragment ids and neutral unit ids alike. */
  flags: UnitId[];
  choices: Choice[];
};

/** Everything a learner can do inside a vignette. */
export type LearnerEvent =
  | { type: 'learner.acknowledge' }
  | { type: 'learner.toggle'; unit: UnitId }
  | { type: 'learner.submit' }
  | { type: 'learner.choose'; option: OptionId }
  /** Leaves the feedback on a scene (practice mode only). */
  | { type: 'learner.continue' };
