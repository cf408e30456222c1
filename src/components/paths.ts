import type { ScenarioId, Sector } from '../engine';

/** Hash routes, so the app works from any static host, a subfolder, or inside an LMS. */
export const paths = {
  home: () => '#/',
  sector: (sector: Sector) => `#/sector/${sector}`,
  play: (scenario: ScenarioId) => `#/play/${scenario}`,
  debrief: (scenario: ScenarioId) => `#/debrief/${scenario}`,
  help: () => '#/help',
  introduction: () => '#/introduction',
  signals: () => '#/signals',
};
