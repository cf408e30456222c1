/** The parts of a vignette's data a screen can need: its content warning screen's text, or the whole story. */
export type VignettePart = 'briefing' | 'story';

/** What a deep link needs: its first screen's files, and those it needs once that screen is up. */
export type RouteFiles = {
  /** Files (indexes into `files`) and vignette parts the route's first screen waits for. */
  first: { files: number[]; vignette: VignettePart[] };
  /** What comes after the first screen: fetched at low priority, so it never holds that screen up. */
  later: { files: number[]; vignette: VignettePart[] };
};

/**
 * Which files each deep link needs, by index into `files` (paths relative to the script that holds
 * the map): `routes` for a route's screens (`#/play/…`), `vignettes` for each part of a vignette's data.
 */
export type RoutePreloadMap = {
  files: string[];
  routes: Record<string, RouteFiles>;
  /** Each vignette's parts that some route asks for. */
  vignettes: Record<string, Partial<Record<VignettePart, number[]>>>;
  /** For any of these routes, files the first screen also waits for when something is stored under `key`. */
  stored: { key: string; files: number[] };
  /** The event the app dispatches on `document` once its first screen is up (FIRST_SCREEN_EVENT). */
  firstScreenEvent: string;
};

/** What main.tsx dispatches on `document` once the first screen has rendered: then comes what follows it. */
export const FIRST_SCREEN_EVENT = 'signaal:first-screen';

/**
 * Runs from the head script (see head-script-plugin.ts) as soon as it arrives, before the app's
 * entry has: a hash route is never sent to the server, so only the page
 * can know that it opens on a vignette, and this starts fetching that route's whole chunk graph
 * (screen, machine, strings, the vignette's data) in parallel with the entry, instead of after it.
 * What the first screen waits for goes first and at high priority; the rest (for a vignette, its
 * scenes and story, read only once the learner has read the content warning) once that screen is
 * up, at low priority, so that over HTTP/1.1's six connections it never makes the first screen
 * wait. It only hints: what it gets wrong is fetched by the app as usual. Self-contained on
 * purpose: the build writes its source text, with the map (route-preload-plugin.ts), into that
 * script.
 */
export function preloadRoute(map: RoutePreloadMap) {
  const [, route = '', id = ''] = /^#\/?([a-z]+)(?:\/([a-z0-9-]+))?\/?$/.exec(window.location.hash) ?? [];
  const screen = Object.hasOwn(map.routes, route) ? map.routes[route] : undefined;
  if (!screen) return;
  const vignette = id !== '' && Object.hasOwn(map.vignettes, id) ? map.vignettes[id] : undefined;
  const partsOf = (parts: readonly VignettePart[]) => parts.flatMap((part) => vignette?.[part] ?? []);
  // A returning learner's first screen waits for the code that reads their stored progress; on a
  // first visit it would only take bandwidth from the screen and the vignette.
  let stored = false;
  try {
    stored = window.localStorage.getItem(map.stored.key) !== null;
  } catch {
    // Storage that cannot be read holds nothing to wait for.
  }
  const base = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI;
  const first = [...screen.first.files, ...partsOf(screen.first.vignette), ...(stored ? map.stored.files : [])];
  const later = [...screen.later.files, ...partsOf(screen.later.vignette)].filter((index) => !first.includes(index));
  const preload = (index: number, low: boolean) => {
    const file = map.files[index];
    if (file === undefined) return;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // As the build's own preloads: the same request (credentials and all) as the import that uses it.
    link.crossOrigin = '';
    if (low) link.setAttribute('fetchpriority', 'low');
    link.href = new URL(file, base).href;
    document.head.append(link);
  };
  for (const index of first) preload(index, false);
  // Asked for once the first screen is up, not now: with a fast connection and a slow CPU, adding
  // the links and taking in the responses cost that screen about 25 ms. They are still one round
  // trip after the first page's own files, and a learner is still reading the screen.
  if (later.length > 0) document.addEventListener(map.firstScreenEvent, () => later.forEach((index) => preload(index, true)), { once: true });
}
