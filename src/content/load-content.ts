import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type IndicatorId, type Locale, type Paragraph, type RouteId, type Scenario, type SourceKey } from '../engine';
import { buildScenario } from './build-scenario';
import { checkScenarioStructure, type KnownIds } from './check-scenario-structure';
import { checkScenarioText } from './check-scenario-text';
import { checkCoverage } from './check-coverage';
import { checkOptionLengths } from './check-option-lengths';
import { checkUiLocales } from './check-ui-locales';
import { loadPages } from './load-pages';
import type { Content, Indicator, ReportingRoute, Source, Taxonomy } from './content.types';
import { problemsFor, type ContentProblem } from './content-problem';
import {
  CATEGORIES,
  IndicatorsFileSchema,
  PagesTextFileSchema,
  RoutesFileSchema,
  ScenarioFileSchema,
  ScenarioTextFileSchema,
  SourcesFileSchema,
  TaxonomyTextFileSchema,
  type ScenarioTextFile,
} from './files.schema';
import { displayPath, readContentFile } from './read-content-file';

export type LoadOptions = {
  root: string;
  scenariosDir?: string;
  /** Require a vignette for every sector × form (the real library; not fixture sets). */
  requireCoverage?: boolean;
};

/** Reads, validates and cross-checks all of content/; returns the content and every problem found. */
export function loadContent({ root, scenariosDir = join(root, 'scenarios'), requireCoverage = false }: LoadOptions) {
  const problems: ContentProblem[] = [];
  const sources = loadSources(root, problems);
  const taxonomy = loadTaxonomy(root, new Set(sources.map((s) => s.key)), problems);
  const routes = loadRoutes(root, new Set(sources.map((s) => s.key)), problems);
  const known: KnownIds = {
    sources: new Set(sources.map((s) => s.key)),
    indicators: new Set(taxonomy.indicators.map((i) => i.id)),
    routes: new Set(routes.map((r) => r.id)),
  };
  const scenarios = listFolders(scenariosDir).flatMap((folder) => {
    const scenario = loadScenario(join(scenariosDir, folder), folder, known, problems);
    return scenario ? [scenario] : [];
  });
  const pages = loadPages(root, known.sources, problems);
  checkUiLocales(join(root, 'locales'), problems);
  if (requireCoverage) checkCoverage(scenarios, displayPath(scenariosDir), problems);
  const content: Content = { sources, taxonomy, routes, pages, scenarios };
  return { content, problems };
}

function listFolders(dir: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function loadSources(root: string, problems: ContentProblem[]): Source[] {
  const file = readContentFile(join(root, 'sources.yaml'), SourcesFileSchema, problems) ?? {};
  return Object.entries(file).map(([key, s]) => ({ key: key as SourceKey, ...s }));
}

function checkSourceKeys(keys: string[], known: Set<string>, at: string, report: (p: string, r: string) => void) {
  keys.forEach((key, i) => {
    if (!known.has(key)) report(`${at}.sources[${i}]`, `unknown source "${key}"`);
  });
}

function loadTaxonomy(root: string, sourceKeys: Set<string>, problems: ContentProblem[]): Taxonomy {
  const dir = join(root, 'taxonomy');
  const structurePath = join(dir, 'indicators.yaml');
  const structure = readContentFile(structurePath, IndicatorsFileSchema, problems) ?? [];
  const report = problemsFor(displayPath(structurePath), problems);
  const seen = new Set<string>();
  structure.forEach((indicator, i) => {
    if (seen.has(indicator.id)) report(`[${i}].id`, `duplicate indicator id "${indicator.id}"`);
    seen.add(indicator.id);
    checkSourceKeys(indicator.sources, sourceKeys, `[${i}]`, report);
  });
  const texts = {} as Record<Locale, ReturnType<typeof readTaxonomyText>>;
  for (const locale of LOCALES) texts[locale] = readTaxonomyText(join(dir, `${locale}.yaml`), seen, problems);
  const indicators: Indicator[] = structure.map((indicator) => ({
    ...indicator,
    id: indicator.id as IndicatorId,
    sources: indicator.sources as SourceKey[],
    text: Object.fromEntries(
      LOCALES.map((l) => [l, texts[l].indicators[indicator.id] ?? { name: indicator.id, explanation: '' }]),
    ) as Indicator['text'],
  }));
  const categories = Object.fromEntries(LOCALES.map((l) => [l, texts[l].categories])) as Taxonomy['categories'];
  return { categories, indicators };
}

function readTaxonomyText(file: string, ids: Set<string>, problems: ContentProblem[]) {
  const text = readContentFile(file, TaxonomyTextFileSchema, problems) ?? { categories: {}, indicators: {} };
  const report = problemsFor(displayPath(file), problems);
  for (const category of CATEGORIES) {
    if (!text.categories[category]) report(`categories.${category}`, 'missing translation of this category');
  }
  for (const id of ids) if (!text.indicators[id]) report(`indicators.${id}`, 'missing translation of this indicator');
  for (const id of Object.keys(text.indicators)) {
    if (!ids.has(id)) report(`indicators.${id}`, `text for unknown indicator "${id}"`);
  }
  return text;
}

function loadRoutes(root: string, sourceKeys: Set<string>, problems: ContentProblem[]): ReportingRoute[] {
  const structurePath = join(root, 'pages', 'routes.yaml');
  const structure = readContentFile(structurePath, RoutesFileSchema, problems) ?? [];
  const report = problemsFor(displayPath(structurePath), problems);
  structure.forEach((route, i) => checkSourceKeys(route.sources, sourceKeys, `[${i}]`, report));
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const file = join(root, 'pages', `${locale}.yaml`);
      const text = readContentFile(file, PagesTextFileSchema, problems) ?? { routes: {} };
      const reportText = problemsFor(displayPath(file), problems);
      for (const route of structure) {
        if (!text.routes[route.id]) reportText(`routes.${route.id}`, 'missing translation of this route');
      }
      return [locale, text];
    }),
  ) as Record<Locale, { routes: Record<string, { name: string; when: string }> }>;
  return structure.map((route) => ({
    ...route,
    id: route.id as RouteId,
    sources: route.sources as SourceKey[],
    text: Object.fromEntries(
      LOCALES.map((l) => [l, texts[l].routes[route.id] ?? { name: route.id, when: '' }]),
    ) as ReportingRoute['text'],
  }));
}

function loadScenario(dir: string, folder: string, known: KnownIds, problems: ContentProblem[]): Scenario | undefined {
  const structurePath = join(dir, 'scenario.yaml');
  const before = problems.length;
  const structure = readContentFile(structurePath, ScenarioFileSchema, problems);
  if (!structure) {
    for (const locale of LOCALES) readContentFile(join(dir, `${locale}.yaml`), ScenarioTextFileSchema, problems);
    return undefined;
  }
  checkScenarioStructure(structure, folder, known, problemsFor(displayPath(structurePath), problems));
  const texts = {} as Record<Locale, { file: ScenarioTextFile; bodies: Map<string, Paragraph[]> }>;
  for (const locale of LOCALES) {
    const file = join(dir, `${locale}.yaml`);
    const text = readContentFile(file, ScenarioTextFileSchema, problems);
    if (!text) continue;
    const bodies = checkScenarioText(structure, text, problemsFor(displayPath(file), problems));
    texts[locale] = { file: text, bodies };
  }
  if (problems.length > before) return undefined;
  const scenario = buildScenario(structure, texts);
  problems.push(...checkOptionLengths(scenario, displayPath(structurePath)));
  return scenario;
}
