import { SECTORS, asScenarioId, type ScenarioId, type Sector } from '../engine';

export type Route =
  | { name: 'home' }
  | { name: 'sector'; sector: Sector }
  | { name: 'play'; scenario: ScenarioId }
  | { name: 'debrief'; scenario: ScenarioId }
  | { name: 'help' }
  | { name: 'introduction' }
  | { name: 'signals' }
  | { name: 'not-found' };

const PAGES = ['help', 'introduction', 'signals'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the route from a location hash such as `#/play/hotel-room-214`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'home' };
  const page = PAGES.find((p) => p === first);
  if (page && parts.length === 1) return { name: page };
  if (parts.length === 2 && second !== undefined) {
    if (first === 'sector' && (SECTORS as readonly string[]).includes(second)) return { name: 'sector', sector: second as Sector };
    if (first === 'play' && ID.test(second)) return { name: 'play', scenario: asScenarioId(second) };
    if (first === 'debrief' && ID.test(second)) return { name: 'debrief', scenario: asScenarioId(second) };
  }
  return { name: 'not-found' };
}
