import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES, type Locale, type ScenarioBriefing, type ScenarioSummary } from '../engine';
import type { Content } from './content.types';
import { briefingsDataBlock } from './briefings-in-page';
import { formatProblem, type LocatedProblem } from './content-problem';
import { loadContent } from './load-content';
import { issuedCodes, readArchived, readRegistry } from './registry';

const PREFIX = 'virtual:signaal/';
const RESOLVED = `\0${PREFIX}`;

const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** How many signals of each indicator category each vignette holds, by vignette id. */
function signalCategories(content: Content): Record<string, Record<string, number>> {
  const categoryOf = new Map(content.taxonomy.indicators.map((i) => [i.id as string, i.category]));
  const countsOf = (scenario: Content['scenarios'][number]) => {
    const counts: Record<string, number> = {};
    for (const fragment of scenario.scenes.flatMap((scene) => scene.fragments)) {
      if (fragment.kind !== 'signal') continue;
      const category = categoryOf.get(fragment.indicator) ?? 'unknown';
      counts[category] = (counts[category] ?? 0) + 1;
    }
    return counts;
  };
  return Object.fromEntries(content.scenarios.map((s) => [s.id, countsOf(s)]));
}

function summarize(content: Content): ScenarioSummary[] {
  return content.scenarios.map((s) => ({
    id: s.id,
    code: s.code,
    version: s.version,
    sector: s.sector,
    form: s.form,
    minutes: s.minutes,
    warning: s.warning,
    title: { nl: s.text.nl.title, en: s.text.en.title },
  }));
}

/** Each vignette's summary in every language, by id: only the sector screen (a lazy chunk) shows them. */
function summaries(content: Content): Record<string, Record<Locale, string>> {
  return Object.fromEntries(content.scenarios.map((s) => [s.id, { nl: s.text.nl.summary, en: s.text.en.summary }]));
}

/**
 * What a vignette's first screen shows besides its catalogue entry, in every language: a few
 * hundred bytes, so that a link straight to a vignette can show its content warning before the
 * story and the machine have arrived.
 */
const briefing = (scenario: Content['scenarios'][number]): ScenarioBriefing =>
  Object.fromEntries(LOCALES.map((locale) => [locale, { summary: scenario.text[locale].summary, contentWarning: scenario.text[locale].contentWarning }])) as ScenarioBriefing;

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
 * An error whose whole text is the list of problems: no stack, nothing to scroll past. Vite's
 * command line prints a failed build with Node's `inspect`, which asks the error how to show itself.
 */
function problemsError(problems: readonly LocatedProblem[]) {
  const text = `${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s) in content/`;
  const error = new Error(text);
  error.stack = text;
  Object.defineProperty(error, Symbol.for('nodejs.util.inspect.custom'), { value: () => text });
  return error;
}

/**
 * Validates content/ and serves it as virtual modules: a small catalogue for the first page, one
 * lazy module per vignette (and a small one with what its content warning screen shows), and the
 * reference data (taxonomy, routes, sources) for the screens that need it (the signal counts per
 * category the progress screen suggests with, and the summaries the sector screen shows). A build
 * with content problems stops before it starts (nothing is written to dist/, no service worker)
 * and prints only the problems; the dev server shows them in the page and
 * reloads it when a file under content/ is saved. With `briefingsPage` (the app's own index.html,
 * not an LMS package's or a bench page's), that page also carries every vignette's briefing as a
 * data block (briefings-in-page.ts), so that a link straight to a vignette needs no chunk for it.
 */
export function signaalContent(root = resolve('content'), { briefingsPage }: { briefingsPage?: string } = {}): Plugin {
  let checked: ReturnType<typeof loadContent> | undefined;
  const check = () => (checked ??= loadContent({ root, requireCoverage: true }));
  const current = () => {
    const { content, problems } = check();
    if (problems.length > 0) throw problemsError(problems);
    return content;
  };

  return {
    name: 'signaal-content',
    config(_config, { command }) {
      // Before Vite resolves anything: a failed check leaves dist/ as it was.
      if (command === 'build') current();
    },
    buildStart() {
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
        const loadersOf = (kind: string) =>
          data.scenarios.map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${s.id}`)})`).join(',\n');
        // The catalogue carries each vignette's number; only numbers of vignettes no longer in
        // content/ (kept by the registry) travel apart.
        const inContent = new Set(data.scenarios.map((s) => s.id as string));
        const retired = issuedCodes(root, data.scenarios).filter(([, id]) => !inContent.has(id));
        return [
          `export const catalogue = ${JSON.stringify(summarize(data))};`,
          `export const scenarioLoaders = {\n${loadersOf('scenario')}\n};`,
          `export const briefingLoaders = {\n${loadersOf('briefing')}\n};`,
          `export const retiredCodes = ${JSON.stringify(retired)};`,
          `export const loadArchive = () => import(${JSON.stringify(`${PREFIX}archive`)});`,
        ].join('\n');
      }
      if (name === 'archive') {
        // Every shipped structure, keyed `<id>@<version>`: one lazy chunk, loaded only to replay old records.
        const registry = readRegistry(root, []);
        const archive = Object.fromEntries(
          Object.entries(registry.vignettes).flatMap(([id, entry]) =>
            Object.keys(entry.shipped).map((version) => [`${id}@${version}`, readArchived(root, id, Number(version))]),
          ),
        );
        return asModule(archive);
      }
      if (name === 'reference') {
        return asModule({ taxonomy: data.taxonomy, routes: data.routes, sources: data.sources, indicatorScenarios: indicatorScenarios(data) });
      }
      if (name === 'pages') return asModule(data.pages);
      // Only the progress screen's suggestions use these counts: they stay off the first page.
      if (name === 'signal-categories') return asModule(signalCategories(data));
      if (name === 'summaries') return asModule(summaries(data));
      const [kind, scenarioId] = name.split('/');
      const scenario = data.scenarios.find((s) => s.id === scenarioId);
      if (scenario && kind === 'scenario') return asModule(scenario);
      if (scenario && kind === 'briefing') return asModule(briefing(scenario));
      this.error(`unknown content module ${name}`);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (briefingsPage === undefined || resolve(context.filename) !== briefingsPage) return html;
        // Content with problems is shown in the page by the dev server (a build has stopped already).
        const { content, problems } = check();
        if (problems.length > 0) return html;
        const { scenarios } = content;
        const block = briefingsDataBlock(Object.fromEntries(scenarios.map((s) => [s.id, briefing(s)])));
        return html.replace('</body>', `  ${block}\n  </body>`);
      },
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return undefined;
      checked = undefined;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
      }
      const { problems } = check();
      const [first] = problems;
      if (!first) {
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      const error = problemsError(problems);
      server.config.logger.error(error.message, { timestamp: true });
      server.ws.send({
        type: 'error',
        err: {
          message: error.message,
          stack: '',
          plugin: 'signaal-content',
          id: resolve(first.file),
          ...(first.line === undefined ? {} : { loc: { file: resolve(first.file), line: first.line, column: 1 } }),
        },
      });
      return [];
    },
  };
}
