import { asScenarioId, type ScenarioId } from '../engine';
import type { TrainerView } from '../features/trainer/trainer-view';

export type { TrainerView };

/** Where a learner is in an assignment: `#/assignment`, `#/assignment/<code>`, `…/play/<id>`, `…/debrief/<id>`. */
export type AssignmentView =
  | { kind: 'overview' }
  | { kind: 'open'; code: string }
  | { kind: 'play'; scenario: ScenarioId }
  | { kind: 'debrief'; scenario: ScenarioId };


const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Any base64url text: the codec itself tells a damaged code from a good one, with a message.
const CODE = /^[A-Za-z0-9_-]+$/;
const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{8}$/;

/** Reads the parts after `#/assignment`; undefined when they name no assignment screen. */
export function parseAssignmentView(parts: string[]): AssignmentView | undefined {
  const [first, second] = parts;
  if (first === undefined) return { kind: 'overview' };
  if (parts.length === 2 && second !== undefined && ID.test(second)) {
    if (first === 'play') return { kind: 'play', scenario: asScenarioId(second) };
    if (first === 'debrief') return { kind: 'debrief', scenario: asScenarioId(second) };
  }
  if (parts.length === 1 && CODE.test(first)) return { kind: 'open', code: first };
  return undefined;
}

/** Reads the parts after `#/trainer` (`new`, `assignment/<id>`, `results/<id>`); undefined otherwise. */
export function parseTrainerView(parts: string[]): TrainerView | undefined {
  const [first, second] = parts;
  if (first === undefined) return { kind: 'home' };
  if (first === 'new' && parts.length === 1) return { kind: 'new' };
  if (parts.length === 2 && second !== undefined && ASSIGNMENT_ID.test(second)) {
    if (first === 'assignment') return { kind: 'share', id: second };
    if (first === 'results') return { kind: 'results', id: second };
  }
  return undefined;
}
