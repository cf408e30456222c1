import { briefingLoaders, catalogue as validated, loadArchive, retiredCodes, scenarioLoaders } from 'virtual:signaal/catalogue';
import type { Scenario, ScenarioBriefing, ScenarioCodes, ScenarioId, ScenarioStructure, ScenarioSummary, Sector } from '../engine';
import { briefingInPage } from './briefings-in-page';
import { createScenarioCodes } from './code-book';
import { packageConfig } from './package-config';

const all = validated as ScenarioSummary[];

/** Every vignette's catalogue entry (no story text), validated at build time; an LMS package keeps only its own. */
export const catalogue = packageConfig ? all.filter((s) => packageConfig?.scenarios.includes(s.id)) : all;

/** The vignettes of one sector, in catalogue order. */
export const scenariosOfSector = (sector: Sector) => catalogue.filter((s) => s.sector === sector);

/** Finds a vignette's catalogue entry. */
export const findSummary = (id: string) => catalogue.find((s) => s.id === id);

// Own entries only: an id such as `constructor` must not find what every object inherits.
async function loadOwn(loaders: Record<string, () => Promise<{ default: unknown }>>, id: ScenarioId) {
  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!loader) throw new Error(`unknown scenario ${id}`);
  return (await loader()).default;
}

/** Loads one vignette's full content on demand (its own chunk). */
export const loadScenario = async (id: ScenarioId) => (await loadOwn(scenarioLoaders, id)) as Scenario;

const briefings = new Map<ScenarioId, ScenarioBriefing>();

/** Loads what a vignette's content warning screen shows (a small chunk of its own), before the story itself. */
export async function loadBriefing(id: ScenarioId): Promise<ScenarioBriefing> {
  const briefing = (await loadOwn(briefingLoaders, id)) as ScenarioBriefing;
  briefings.set(id, briefing);
  return briefing;
}

/**
 * What a vignette's content warning screen shows, if it is already at hand (loaded, or carried by
 * the page: briefings-in-page.ts): the screen then renders it at once, with no loading state.
 */
export const loadedBriefing = (id: ScenarioId) => briefings.get(id) ?? briefingInPage(id);

/** Every vignette number ever issued, and those of this build: what records are written with. */
export const scenarioCodes: ScenarioCodes = createScenarioCodes([...all.map((s) => [s.code, s.id] as const), ...retiredCodes]);

/**
 * The structure of a vignette at a content version, to replay and rescore a record made on it:
 * the current vignette when the version is current, else the archived structure of a shipped
 * version (one lazy chunk holds them all); undefined when that version is unknown here.
 */
export async function loadStructure(id: ScenarioId, version: number): Promise<ScenarioStructure | undefined> {
  if (all.find((s) => s.id === id)?.version === version) return loadScenario(id);
  const archive = (await loadArchive()).default as Record<string, ScenarioStructure | undefined>;
  return archive[`${id}@${version}`];
}
