import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ScenarioSummary } from '../engine';
import type { Content } from './content.types';
import { formatProblem } from './content-problem';
import { loadContent } from './load-content';

const PREFIX = 'virtual:signaal/';
const RESOLVED = `\0${PREFIX}`;

const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

function summarize(content: Content): ScenarioSummary[] {
  const categoryOf = new Map(content.taxonomy.indicators.map((i) => [i.id as string, i.category]));
  const signalCategories = (scenario: Content['scenarios'][number]) => {
    const counts: Record<string, number> = {};
    for (const fragment of scenario.scenes.flatMap((scene) => scene.fragments)) {
      if (fragment.kind !== 'signal') continue;
      const category = categoryOf.get(fragment.indicator) ?? 'unknown';
      counts[category] = (counts[category] ?? 0) + 1;
    }
    return counts;
  };
  return content.scenarios.map((s) => ({
    id: s.id,
    version: s.version,
    sector: s.sector,
    form: s.form,
    minutes: s.minutes,
    warning: s.warning,
    title: { nl: s.text.nl.title, en: s.text.en.title },
    summary: { nl: s.text.nl.summary, en: s.text.en.summary },
    signalCategories: signalCategories(s),
  }));
}

/** For each indicator, the vignettes in which it is a signal (for the sector filter of the signals page). */
function indicatorScenarios(content: Content): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const scenario of content.scenarios) {
    const indicators = new Set(scenario.scenes.flatMap((scene) => scene.fragments.flatMap((f) => (f.kind === 'signal' ? [f.indicator] : []))));
    for (const indicator of indicators) (found[indicator] ??= []).push(scenario.id);
  }
  return found;
}

/**
 * Validates content/ when the build starts (any problem fails the build) and serves it as
 * virtual modules: a small catalogue for the first page, one lazy module per vignette, and the
 * reference data (taxonomy, routes, sources) for the screens that need it.
 */
export function signaalContent(root = resolve('content')): Plugin {
  let content: Content | undefined;
  const load = () => {
    const result = loadContent({ root, requireCoverage: true });
    if (result.problems.length > 0) {
      throw new Error(`content/ has problems:\n${result.problems.map(formatProblem).join('\n')}`);
    }
    content = result.content;
    return content;
  };
  const current = () => content ?? load();

  return {
    name: 'signaal-content',
    buildStart() {
      load();
      this.addWatchFile(root);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      const data = current();
      if (name === 'catalogue') {
        const loaders = data.scenarios
          .map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(`${PREFIX}scenario/${s.id}`)})`)
          .join(',\n');
        return `export const catalogue = ${JSON.stringify(summarize(data))};\nexport const scenarioLoaders = {\n${loaders}\n};`;
      }
      if (name === 'reference') {
        return asModule({ taxonomy: data.taxonomy, routes: data.routes, sources: data.sources, indicatorScenarios: indicatorScenarios(data) });
      }
      if (name === 'pages') return asModule(data.pages);
      const scenarioId = name.startsWith('scenario/') ? name.slice('scenario/'.length) : undefined;
      const scenario = data.scenarios.find((s) => s.id === scenarioId);
      if (scenario) return asModule(scenario);
      this.error(`unknown content module ${name}`);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return;
      content = undefined;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
