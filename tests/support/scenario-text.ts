import { resolve } from 'node:path';
import { createScenarioCodes } from '../../src/content/code-book';
import { loadContent } from '../../src/content/load-content';
import { issuedCodes, readArchived } from '../../src/content/registry';
import type { FragmentId, Locale, Scenario, ScenarioStructure } from '../../src/engine';

const root = resolve('content');
const { content } = loadContent({ root });

/** The vignette numbers as the build serves them (registry and content/), for record codecs in tests. */
export const scenarioCodes = createScenarioCodes(issuedCodes(root, content.scenarios));

/** A vignette's structure at a content version: the current one, or the archived one of a shipped version. */
export function structureAt(id: string, version: number): ScenarioStructure | undefined {
  const current = content.scenarios.find((s) => s.id === id);
  return current?.version === version ? current : readArchived(root, id, version);
}

/** Every vignette of content/, by number. */
export const scenarioIds = [...content.scenarios].sort((a, b) => a.code - b.code).map((s) => s.id);

/** A scenario of content/, loaded the way the build loads it. */
export function scenarioById(id: string): Scenario {
  const scenario = content.scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id} in content/`);
  return scenario;
}

/** The marked text of a fragment in one language, to find it on screen like a reader would. */
export function fragmentText(scenario: Scenario, fragment: FragmentId, locale: Locale = 'nl'): string {
  for (const scene of Object.values(scenario.text[locale].scenes)) {
    for (const segment of scene.body.flat()) {
      if (segment.kind === 'fragment' && segment.fragment === fragment) return segment.text;
    }
  }
  throw new Error(`fragment ${fragment} has no text`);
}
