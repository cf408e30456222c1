import type { PageId } from '../content';
import type { ScenarioId, Sector } from '../engine';

/** Hash routes, so the app works from any static host, a subfolder, or inside an LMS. */
export const paths = {
  home: () => '#/',
  sector: (sector: Sector) => `#/sector/${sector}`,
  play: (scenario: ScenarioId) => `#/play/${scenario}`,
  debrief: (scenario: ScenarioId) => `#/debrief/${scenario}`,
  help: () => '#/help',
  progress: () => '#/progress',
  review: (scenario: ScenarioId) => `#/review/${scenario}`,
  introduction: () => '#/introduction',
  signals: () => '#/signals',
  /** An information page from content/pages (about, privacy, …). */
  page: (id: PageId) => `#/page/${id}`,
  certificates: () => '#/certificates',
  certificate: (scenario: ScenarioId) => `#/certificates/${scenario}`,
  verify: (code?: string) => (code ? `#/verify/${code}` : '#/verify'),
  assignment: () => '#/assignment',
  openAssignment: (code: string) => `#/assignment/${code}`,
  assignmentPlay: (scenario: ScenarioId) => `#/assignment/play/${scenario}`,
  assignmentDebrief: (scenario: ScenarioId) => `#/assignment/debrief/${scenario}`,
  trainer: () => '#/trainer',
  trainerNew: () => '#/trainer/new',
  trainerAssignment: (id: string) => `#/trainer/assignment/${id}`,
  trainerResults: (id: string) => `#/trainer/results/${id}`,
};
