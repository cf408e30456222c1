import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, parseNarrative, type IndicatorId, type Locale, type Paragraph, type RouteId, type Scenario, type SourceKey } from '../engine';
import { buildScenario } from './build-scenario';
import { segmentVignette } from './check-neutral-gaps';
import { checkRegistry } from './check-registry';
import { LIBRARY_RULES, VIGNETTE_RULES } from './check-rules';
import { checkUiLocales } from './check-ui-locales';
import { loadPages } from './load-pages';
import type { Content, Indicator, ReportingRoute, Source, Taxonomy } from './content.types';
import { problemsFor, type ContentProblem, type LocatedProblem, type ProblemPath, type Report } from './content-problem';
import type { KnownIds, VignetteFiles, VignetteText } from './content-rule';
import {
  CATEGORIES,
  IndicatorsFileSchema,
  PagesTextFileSchema,
  RoutesFileSchema,
  ScenarioFileSchema,
  ScenarioTextFileSchema,
  SourcesFileSchema,
  TaxonomyTextFileSchema,
} from './files.schema';
import { locateProblems } from './locate-problems';
import { createReader, displayPath, type ContentReader } from './read-content-file';

export type LoadOptions = {
  root: string;
  scenariosDir?: string;
  /** Require a vignette for every sector × form (the real library; not fixture sets). */
  requireCoverage?: boolean;
};

/**
 * Reads, validates and cross-checks all of content/. Returns the content (each vignette built only
 * when its own files have no problem) and every problem found, each with its line, sorted by file
 * and line. A file with schema errors still goes through every other check.
 */
export function loadContent({ root, scenariosDir = join(root, 'scenarios'), requireCoverage = false }: LoadOptions) {
  const reader = createReader();
  const found: ContentProblem[] = [];
  const sources = loadSources(root, reader);
  const sourceKeys = new Set(sources.map((s) => s.key as string));
  const taxonomy = loadTaxonomy(root, sourceKeys, reader, found);
  const routes = loadRoutes(root, sourceKeys, reader, found);
  const known: KnownIds = {
    sources: sourceKeys,
    indicators: new Set(taxonomy.indicators.map((i) => i.id as string)),
    routes: new Set(routes.map((r) => r.id as string)),
  };
  const vignettes = listFolders(scenariosDir).flatMap((folder) => readVignette(join(scenariosDir, folder), folder, reader));
  for (const vignette of vignettes) for (const rule of VIGNETTE_RULES) found.push(...rule.check(vignette, known));
  const library = { scenariosDir: displayPath(scenariosDir), vignettes, requireCoverage };
  for (const rule of LIBRARY_RULES) found.push(...rule.check(library, known));
  const pages = loadPages(root, sourceKeys, reader, found);
  found.push(...checkUiLocales(join(root, 'locales'), reader));

  const located = locateProblems([...reader.problems, ...withoutEchoes(found, reader.repaired)], reader.texts);
  const built = vignettes.flatMap((vignette) => {
    const folder = `${displayPath(join(scenariosDir, vignette.folder))}/`;
    return located.some((p) => p.file.startsWith(folder)) ? [] : [build(vignette)];
  });
  // Numbers and shipped structures are checked on the built vignettes: a structure's fingerprint
  // includes its neutral units.
  const registered: ContentProblem[] = [];
  checkRegistry(root, built, (id) => displayPath(join(scenariosDir, id, 'scenario.yaml')), registered);
  const problems = sortProblems([...located, ...locateProblems(registered, reader.texts)]);
  const scenarios = built.filter((s) => !registered.some((p) => p.file === displayPath(join(scenariosDir, s.id, 'scenario.yaml'))));
  const content: Content = { sources, taxonomy, routes, pages, scenarios };
  return { content, problems };
}

const startsWith = (path: ProblemPath, prefix: ProblemPath) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * Drops what a check found in data the reader had to repair: at the repaired place, inside it, or
 * in what holds it (a fragment both signal and distractor was counted as one of them; a missing
 * `next` made its scene lead nowhere). The schema problem itself says what to fix.
 */
function withoutEchoes(found: readonly ContentProblem[], repaired: readonly ContentProblem[]) {
  return found.filter((p) => !repaired.some((r) => r.file === p.file && (startsWith(p.path, r.path) || startsWith(r.path, p.path))));
}

function sortProblems(problems: LocatedProblem[]) {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) =>
      a.problem.file !== b.problem.file
        ? a.problem.file < b.problem.file ? -1 : 1
        : (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order,
    )
    .map(({ problem }) => problem);
}

/** Reads a vignette's structure and every language file it has; undefined when the structure is unusable. */
function readVignette(dir: string, folder: string, reader: ContentReader): VignetteFiles[] {
  const structurePath = join(dir, 'scenario.yaml');
  const data = reader.read(structurePath, ScenarioFileSchema);
  const texts: VignetteText[] = [];
  for (const locale of LOCALES) {
    const path = join(dir, `${locale}.yaml`);
    const text = reader.read(path, ScenarioTextFileSchema);
    if (!text) continue;
    const bodies = new Map(Object.entries(text.scenes).map(([id, scene]) => [id, parseNarrative(scene.body).paragraphs]));
    texts.push({ file: displayPath(path), data: text, locale, bodies });
  }
  return data ? [{ folder, structure: { file: displayPath(structurePath), data }, texts }] : [];
}

/** Builds a vignette whose files have no problem, its story text split into neutral units. */
function build(vignette: VignetteFiles): Scenario {
  const { neutrals, bodies } = segmentVignette(vignette);
  const byLocale = Object.fromEntries(
    vignette.texts.map((t) => [t.locale, { file: t.data, bodies: bodies.get(t.locale) ?? new Map(t.bodies) }]),
  ) as Record<Locale, { file: VignetteText['data']; bodies: Map<string, Paragraph[]> }>;
  return buildScenario(vignette.structure.data, byLocale, neutrals);
}

function listFolders(dir: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function loadSources(root: string, reader: ContentReader): Source[] {
  const file = reader.read(join(root, 'sources.yaml'), SourcesFileSchema) ?? {};
  return Object.entries(file).map(([key, s]) => ({ key: key as SourceKey, ...s }));
}

function checkSourceKeys(keys: string[], known: Set<string>, at: ProblemPath, report: Report) {
  keys.forEach((key, i) => {
    if (!known.has(key)) report([...at, 'sources', i], `unknown source "${key}" (not in content/sources.yaml)`);
  });
}

function loadTaxonomy(root: string, sourceKeys: Set<string>, reader: ContentReader, problems: ContentProblem[]): Taxonomy {
  const dir = join(root, 'taxonomy');
  const structurePath = join(dir, 'indicators.yaml');
  const structure = reader.read(structurePath, IndicatorsFileSchema) ?? [];
  const report = problemsFor(displayPath(structurePath), problems);
  const seen = new Set<string>();
  structure.forEach((indicator, i) => {
    if (seen.has(indicator.id)) report([i, 'id'], `indicator id "${indicator.id}" is used twice`);
    seen.add(indicator.id);
    checkSourceKeys(indicator.sources, sourceKeys, [indicator.id], report);
  });
  const texts = {} as Record<Locale, ReturnType<typeof readTaxonomyText>>;
  for (const locale of LOCALES) texts[locale] = readTaxonomyText(join(dir, `${locale}.yaml`), seen, reader, problems);
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

function readTaxonomyText(file: string, ids: Set<string>, reader: ContentReader, problems: ContentProblem[]) {
  const text = reader.read(file, TaxonomyTextFileSchema) ?? { categories: {}, indicators: {} };
  const report = problemsFor(displayPath(file), problems);
  for (const category of CATEGORIES) {
    if (!(category in text.categories)) report(['categories', category], 'missing translation of this category');
  }
  for (const id of ids) if (!(id in text.indicators)) report(['indicators', id], 'missing translation of this indicator');
  for (const id of Object.keys(text.indicators)) {
    if (!ids.has(id)) report(['indicators', id], `text for unknown indicator "${id}"`);
  }
  return text;
}

function loadRoutes(root: string, sourceKeys: Set<string>, reader: ContentReader, problems: ContentProblem[]): ReportingRoute[] {
  const structurePath = join(root, 'pages', 'routes.yaml');
  const structure = reader.read(structurePath, RoutesFileSchema) ?? [];
  const report = problemsFor(displayPath(structurePath), problems);
  structure.forEach((route) => checkSourceKeys(route.sources, sourceKeys, [route.id], report));
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const file = join(root, 'pages', `${locale}.yaml`);
      const text = reader.read(file, PagesTextFileSchema) ?? { routes: {} };
      const reportText = problemsFor(displayPath(file), problems);
      for (const route of structure) {
        if (!(route.id in text.routes)) reportText(['routes', route.id], 'missing translation of this route');
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
