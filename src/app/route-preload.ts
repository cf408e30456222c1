/**
 * Which files each deep link needs, by index into `files` (paths relative to the script that holds
 * the map): `routes` for the screen of a route (`#/play/…`), `scenarios` for a vignette's data.
 */
export type RoutePreloadMap = {
  files: string[];
  routes: Record<string, number[]>;
  scenarios: Record<string, number[]>;
  /** For any of these routes, files needed first only when something is stored under `key`. */
  stored: { key: string; files: number[] };
};

/**
 * Runs from a small script of its own in <head> (see route-preload-plugin.ts) as soon as it
 * arrives, before the app's entry has: a hash route is never sent to the server, so only the page
 * can know that it opens on a vignette, and this starts fetching that route's whole chunk graph
 * (screen, machine, strings, the vignette's data) in parallel with the entry, instead of after it.
 * It only hints: what it gets wrong is fetched by the app as usual. Self-contained on purpose: the
 * build writes its source text, with the map, into that script.
 */
export function preloadRoute(map: RoutePreloadMap) {
  const [, route = '', id = ''] = /^#\/?([a-z]+)(?:\/([a-z0-9-]+))?\/?$/.exec(window.location.hash) ?? [];
  const screen = Object.hasOwn(map.routes, route) ? map.routes[route] : undefined;
  if (!screen) return;
  const data = id !== '' && Object.hasOwn(map.scenarios, id) ? (map.scenarios[id] ?? []) : [];
  // A returning learner's first screen waits for the code that reads their stored progress; on a
  // first visit it would only take bandwidth from the screen and the vignette.
  let stored = false;
  try {
    stored = window.localStorage.getItem(map.stored.key) !== null;
  } catch {
    // Storage that cannot be read holds nothing to wait for.
  }
  const base = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI;
  for (const index of [...screen, ...data, ...(stored ? map.stored.files : [])]) {
    const file = map.files[index];
    if (file === undefined) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // As the build's own preloads: the same request (credentials and all) as the import that uses it.
    link.crossOrigin = '';
    link.href = new URL(file, base).href;
    document.head.append(link);
  }
}
