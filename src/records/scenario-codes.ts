import { asScenarioId, type ScenarioId } from '../engine';

/**
 * The vignettes' numbers in assignment links. Append only: a link made today must mean the same
 * vignettes next year, so an entry is never removed or reordered. A vignette missing here still
 * works (its id travels as text, which makes the link a little longer); a test lists any that
 * should be appended.
 */
export const SCENARIO_CODES: readonly string[] = [
  'hotel-room-214',
  'hotel-agency-cleaners',
  'hotel-young-runners',
  'school-bank-card',
  'school-night-shifts',
  'school-online-grooming',
  'care-emergency-injuries',
  'care-gp-employer',
  'care-home-taken-over',
  'care-youth-weekends-away',
  'school-shoplifting-debt',
  'care-seasonal-recruiter',
  'hotel-school-day',
  'care-live-in-help',
  'care-midwife-small-town',
];

const byId = new Map(SCENARIO_CODES.map((id, index) => [id, index]));

/** A vignette as it travels in a link: its number in the list above, or its id as text. */
export type ScenarioCode = number | string;

/** The compact form of a vignette id. */
export const toScenarioCode = (id: ScenarioId): ScenarioCode => byId.get(id) ?? id;

/** The vignette id of a compact form; undefined for a number this version does not know. */
export function fromScenarioCode(code: ScenarioCode): ScenarioId | undefined {
  if (typeof code === 'string') return asScenarioId(code);
  const id = SCENARIO_CODES[code];
  return id === undefined ? undefined : asScenarioId(id);
}
