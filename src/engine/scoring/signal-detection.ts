import { inverseNormal } from './inverse-normal';

export type DetectionCounts = {
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
};

export type Sensitivity = {
  /** Hit rate with the log-linear correction (Hautus 1995). */
  hitRate: number;
  /** False-alarm rate with the log-linear correction (Hautus 1995). */
  falseAlarmRate: number;
  /** d′ = z(H′) − z(F′): how well signals are told apart from distractors. */
  dPrime: number;
  /** c = −½ (z(H′) + z(F′)): negative flags liberally, positive conservatively. */
  criterion: number;
};

/** Computes corrected rates, d′ and c from the four counts (log-linear correction on all cells). */
export function measureSensitivity(counts: DetectionCounts): Sensitivity {
  const hitRate = (counts.hits + 0.5) / (counts.hits + counts.misses + 1);
  const falseAlarmRate =
    (counts.falseAlarms + 0.5) / (counts.falseAlarms + counts.correctRejections + 1);
  const zHit = inverseNormal(hitRate);
  const zFalseAlarm = inverseNormal(falseAlarmRate);
  return {
    hitRate,
    falseAlarmRate,
    dPrime: zHit - zFalseAlarm,
    criterion: -0.5 * (zHit + zFalseAlarm),
  };
}

/** How well signals are told apart, in the words the debrief and the progress screen use. */
export type DiscriminationLevel = 'high' | 'mid' | 'low';
/** Whether a learner marks too little, about right, or too much. */
export type MarkingTendency = 'conservative' | 'balanced' | 'liberal';

// One set of thresholds for every screen that puts d′ and c into words: d′ of 1.5 or more tells
// signals from the rest well, under 0.75 hardly; |c| up to 0.25 is an even-handed criterion.
/** Puts d′ into words. */
export const discriminationLevel = (dPrime: number): DiscriminationLevel => (dPrime >= 1.5 ? 'high' : dPrime >= 0.75 ? 'mid' : 'low');
/** Puts c into words: negative marks liberally, positive conservatively. */
export const markingTendency = (criterion: number): MarkingTendency =>
  criterion < -0.25 ? 'liberal' : criterion > 0.25 ? 'conservative' : 'balanced';
