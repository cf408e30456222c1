import { SECTORS, asScenarioId, type ScenarioId, type Sector } from '../engine';
import { parseAssignmentView, parseTrainerView, type AssignmentView, type TrainerView } from './assignment-route';

export type Route =
  | { name: 'home' }
  | { name: 'sector'; sector: Sector }
  | { name: 'play'; scenario: ScenarioId }
  | { name: 'debrief'; scenario: ScenarioId }
  | { name: 'help' }
  | { name: 'introduction' }
  | { name: 'progress' }
  | { name: 'review'; scenario: ScenarioId }
  | { name: 'signals' }
  | { name: 'page'; page: string }
  | { name: 'assignment'; view: AssignmentView }
  | { name: 'trainer'; view: TrainerView }
  | { name: 'certificates'; scenario?: ScenarioId }
  | { name: 'verify'; code?: string }
  | { name: 'not-found' };

const PAGES = ['help', 'introduction', 'signals', 'progress'] as const;

/**
 * Addresses that moved, with where they went. Links already sent out (the trainer's invitation
 * points at `#/without-server`) keep working: they show the page, and the address is rewritten.
 */
const MOVED: Readonly<Record<string, string>> = { 'without-server': 'page/without-server' };

/** The hash an old address moved to (`#/without-server` → `#/page/without-server`), if it moved. */
export function movedTo(hash: string): string | undefined {
  const to = MOVED[hash.replace(/^#\/?/, '').replace(/\/$/, '')];
  return to === undefined ? undefined : `#/${to}`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE = /^[A-Za-z0-9_-]{1,2400}$/;

/** Reads the route from a location hash such as `#/play/hotel-room-214`. */
export function parseRoute(hash: string): Route {
  const moved = movedTo(hash);
  if (moved) return parseRoute(moved);
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'home' };
  const assignment = first === 'assignment' ? parseAssignmentView(parts.slice(1)) : undefined;
  if (assignment) return { name: 'assignment', view: assignment };
  const trainer = first === 'trainer' ? parseTrainerView(parts.slice(1)) : undefined;
  if (trainer) return { name: 'trainer', view: trainer };
  if (first === 'certificates' && parts.length <= 2) {
    if (second === undefined) return { name: 'certificates' };
    if (ID.test(second)) return { name: 'certificates', scenario: asScenarioId(second) };
  }
  if (first === 'verify' && parts.length <= 2) {
    if (second === undefined) return { name: 'verify' };
    if (CODE.test(second)) return { name: 'verify', code: second };
  }
  const page = PAGES.find((p) => p === first);
  if (page && parts.length === 1) return { name: page };
  if (parts.length === 2 && second !== undefined) {
    if (first === 'sector' && (SECTORS as readonly string[]).includes(second)) return { name: 'sector', sector: second as Sector };
    if (first === 'play' && ID.test(second)) return { name: 'play', scenario: asScenarioId(second) };
    if (first === 'debrief' && ID.test(second)) return { name: 'debrief', scenario: asScenarioId(second) };
    if (first === 'review' && ID.test(second)) return { name: 'review', scenario: asScenarioId(second) };
    if (first === 'page' && ID.test(second)) return { name: 'page', page: second };
  }
  return { name: 'not-found' };
}
