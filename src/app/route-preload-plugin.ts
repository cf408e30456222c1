import { posix, resolve } from 'node:path';
import type { Rolldown } from 'vite';
import { PROGRESS_STORAGE_KEY } from '../stores/progress-key';
import { chunksOf, pageEntry, staticImports } from './bundle-graph';
import { FIRST_SCREEN_EVENT, preloadRoute, type RouteFiles, type RoutePreloadMap, type VignettePart } from './route-preload';

type OutputBundle = Rolldown.OutputBundle;

/** Each part of a vignette's data, by the prefix of its virtual module (the vignette id follows). */
const VIGNETTE_MODULES: Readonly<Record<VignettePart, string>> = { briefing: '\0virtual:signaal/briefing/', story: '\0virtual:signaal/scenario/' };

type Part = { modules: readonly string[]; vignette: readonly VignettePart[] };
type RouteModules = { first: Part; later: Part };
const NOTHING: Part = { modules: [], vignette: [] };

/**
 * The modules each deep link's screens are made of, as the app's lazy imports name them, and which
 * part of the vignette (when the route's second part is a vignette id) they need: first what its
 * first screen waits for, then what is needed once that screen is up. A vignette opens on its
 * content warning, which waits for nothing: its screen is on the first page, and its text in
 * index.html (src/content/briefings-in-page.ts).
 */
export const ROUTE_MODULES: Readonly<Record<string, RouteModules>> = {
  play: {
    first: { modules: [], vignette: [] },
    later: { modules: ['src/features/player/player-run.tsx'], vignette: ['story'] },
  },
  debrief: { first: { modules: ['src/features/debrief/debrief-screen.tsx'], vignette: ['story'] }, later: NOTHING },
  review: { first: { modules: ['src/features/debrief/review-screen.tsx'], vignette: ['story'] }, later: NOTHING },
};

/** What a returning learner's first screen also waits for, on any of those routes: the progress repair path. */
export const STORED_MODULES: readonly string[] = ['src/stores/progress-sync-repair.ts'];

/**
 * From the finished bundle: for each route, the chunks of its modules and all they import
 * statically, leaving out what index.html already loads; for each vignette, the chunks of its data. File
 * names are relative to `from` (the folder of the script that holds the map).
 */
export function routePreloadMap(bundle: OutputBundle, root: string, from: string, routeModules = ROUTE_MODULES, storedModules = STORED_MODULES): RoutePreloadMap {
  const all = chunksOf(bundle);
  const withImports = staticImports(bundle);
  const entry = pageEntry(bundle, resolve(root, 'index.html'));
  if (!entry) throw new Error('route preload: the bundle has no index.html entry');
  const onPage = withImports(entry.fileName);
  const chunkOf = (module: string) => {
    const found = all.find((chunk) => chunk.facadeModuleId === module);
    if (!found) throw new Error(`route preload: no chunk for ${module.replace('\0', '')}`);
    return found.fileName;
  };

  const files: string[] = [];
  const indexOf = (fileName: string) => {
    const name = posix.relative(from, fileName);
    const at = files.indexOf(name);
    return at >= 0 ? at : files.push(name) - 1;
  };
  const needed = (modules: readonly string[]) => {
    const set = new Set<string>();
    for (const module of modules) withImports(chunkOf(module), set);
    return [...set].filter((file) => !onPage.has(file)).map(indexOf);
  };
  const part = ({ modules, vignette }: Part) => ({ files: needed(modules.map((m) => resolve(root, m))), vignette: [...vignette] });
  const routes = Object.fromEntries(Object.entries(routeModules).map(([route, { first, later }]): [string, RouteFiles] => [route, { first: part(first), later: part(later) }]));
  const story = VIGNETTE_MODULES.story;
  const ids = all.flatMap((chunk) => (chunk.facadeModuleId?.startsWith(story) ? [chunk.facadeModuleId.slice(story.length)] : []));
  // Only the parts some route asks for: the map is in a script every page loads.
  const asked = [...new Set(Object.values(routeModules).flatMap(({ first, later }) => [...first.vignette, ...later.vignette]))];
  const vignettes = Object.fromEntries(ids.map((id) => [id, Object.fromEntries(asked.map((p) => [p, needed([`${VIGNETTE_MODULES[p]}${id}`])]))]));
  const stored = { key: PROGRESS_STORAGE_KEY, files: needed(storedModules.map((m) => resolve(root, m))) };
  return { files, routes, vignettes, stored, firstScreenEvent: FIRST_SCREEN_EVENT };
}

/** The script's text: the self-contained function, called at once with the map. */
export const routePreloadSource = (map: RoutePreloadMap) => `(${preloadRoute.toString()})(${JSON.stringify(map)});\n`;
