import { resolve } from 'node:path';
import { loadContent } from '../../src/content/load-content';
import type { FragmentId, Locale, Scenario } from '../../src/engine';

const { content } = loadContent({ root: resolve('content') });

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
