import type { AttemptRecord, AttemptScore, FragmentId, IndicatorId, OptionId, Quality, Scenario, Scene } from '../../../engine';

/** What happened in a vignette, in the terms LMS and LRS reports use. */
export type LearningEvent =
  | { type: 'vignette-started'; scenario: Scenario }
  | { type: 'scene-experienced'; scenario: Scenario; scene: Scene }
  | {
      type: 'scene-answered';
      scenario: Scenario;
      scene: Scene;
      flagged: FragmentId[];
      /** The indicators behind the flagged fragments that are signals. */
      indicators: IndicatorId[];
      choice?: { option: OptionId; quality: Quality };
    }
  | { type: 'vignette-completed'; scenario: Scenario; attempt: AttemptRecord; score: AttemptScore };
