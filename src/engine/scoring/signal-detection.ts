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
