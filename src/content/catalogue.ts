import { catalogue as validated, scenarioLoaders } from 'virtual:signaal/catalogue';
import type { Scenario, ScenarioId, ScenarioSummary, Sector } from '../engine';
import { packageConfig } from './package-config';

const all = validated as ScenarioSummary[];

/** Every vignette's catalogue entry (no story text), validated at build time; an LMS package keeps only its own. */
export const catalogue = packageConfig ? all.filter((s) => packageConfig?.scenarios.includes(s.id)) : all;

/** The vignettes of one sector, in catalogue order. */
export const scenariosOfSector = (sector: Sector) => catalogue.filter((s) => s.sector === sector);

/** Finds a vignette's catalogue entry. */
export const findSummary = (id: string) => catalogue.find((s) => s.id === id);

/** Loads one vignette's full content on demand (its own chunk). */
export async function loadScenario(id: ScenarioId): Promise<Scenario> {
  // Own entries only: an id such as `constructor` must not find what every object inherits.
  const loader = Object.hasOwn(scenarioLoaders, id) ? scenarioLoaders[id] : undefined;
  if (!loader) throw new Error(`unknown scenario ${id}`);
  return (await loader()).default as Scenario;
}
