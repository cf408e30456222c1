import { SECTORS, WARNING_LEVELS, type ScenarioSummary, type Sector } from '../../engine';
import type { PersistedProgress } from '../../stores/progress-store';
import { statusOf } from './scenario-status';

/** The sectors that have vignettes in this build (an LMS package may have one vignette, so one sector). */
export const sectorsWithCases = (catalogue: readonly ScenarioSummary[]): Sector[] =>
  SECTORS.filter((sector) => catalogue.some((s) => s.sector === sector));

/** The vignettes the learner has started and not finished, in catalogue order. */
export const casesInProgress = (catalogue: readonly ScenarioSummary[], progress: PersistedProgress) =>
  catalogue.filter((s) => statusOf(progress, s).kind === 'in-progress');

/**
 * A first case to suggest in a sector: of the cases the learner has not started, the one with the
 * mildest content warning, then the shortest, then the first in the catalogue. None when every
 * case of the sector has been started or played.
 */
export function suggestFirst(catalogue: readonly ScenarioSummary[], progress: PersistedProgress, sector: Sector) {
  const fresh = catalogue.filter((s) => s.sector === sector && statusOf(progress, s).kind === 'new');
  const mildness = (s: ScenarioSummary) => WARNING_LEVELS.indexOf(s.warning);
  return fresh.reduce<ScenarioSummary | undefined>((best, s) => {
    if (!best) return s;
    if (mildness(s) !== mildness(best)) return mildness(s) < mildness(best) ? s : best;
    return s.minutes < best.minutes ? s : best;
  }, undefined);
}
