/**
 * The pass mark in whole points from an LMS's own mastery score, given in points (SCORM 1.2
 * `mastery_score`, 0–100) or scaled (SCORM 2004 `scaled_passing_score`, cmi5 `masteryScore`,
 * 0–1): the smallest whole score that reaches it, so score ≥ mark exactly when the LMS would say
 * passed. An LMS's mark always wins over the package's.
 */
export function passMarkFromLms(value: number, unit: 'points' | 'scaled'): number {
  const points = unit === 'scaled' ? value * 100 : value;
  return Math.min(100, Math.max(0, Math.ceil(points - 1e-9)));
}
