import { runInNewContext } from 'node:vm';
import { FIRST_SCREEN_EVENT } from '../../src/app/route-preload';
import type { Manifest } from './first-load';

const ORIGIN = 'http://signaal.test/';

/** Files index.html asks for itself: scripts, module preloads and stylesheets (relative to dist/). */
export function pageRequests(html: string): string[] {
  const tags = [...html.matchAll(/<(script|link)\b([^>]*)>/g)];
  return tags.flatMap(([, tag, attributes = '']) => {
    const rel = /\brel="([^"]+)"/.exec(attributes)?.[1];
    const url = /\b(?:src|href)="\.\/([^"]+)"/.exec(attributes)?.[1];
    if (url === undefined) return [];
    if (tag === 'script' || rel === 'modulepreload' || rel === 'stylesheet') return [url];
    return [];
  });
}

/** Classic (non-module) scripts index.html loads from its folder: the head scripts. */
export const headScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)].flatMap(([, attributes = '']) => {
    const src = /\bsrc="\.\/([^"]+)"/.exec(attributes)?.[1];
    return src === undefined || /\btype="module"/.test(attributes) ? [] : [src];
  });

/** A `<link rel="modulepreload">` a head script added: the file (relative to dist/) and whether it asked for low priority. */
export type Preload = { file: string; low: boolean };

/**
 * Runs a head script as a page at `hash` would, with just enough of a page to see which
 * `<link rel="modulepreload">` it adds, at once and (unless `firstScreenUp` is false) once the app
 * says its first screen is up (the head script also installs leave-no-trace's listeners and the
 * prerender guard's attribute first, which this page lets it do). A script that needs more of a
 * page than this throws, and adds nothing.
 */
export function preloadsAdded(file: string, source: string, hash: string, stored: Readonly<Record<string, string>> = {}, firstScreenUp = true): Preload[] {
  const added: Preload[] = [];
  const listeners: [string, () => void][] = [];
  class HTMLScriptElement {
    src = new URL(file, ORIGIN).href;
  }
  const document = {
    currentScript: new HTMLScriptElement(),
    baseURI: ORIGIN,
    addEventListener: (type: string, listener: () => void) => listeners.push([type, listener]),
    documentElement: { hasAttribute: () => false, setAttribute: () => undefined },
    head: {
      append: (link: { rel: string; href: string; attributes: Record<string, string> }) =>
        link.rel === 'modulepreload' && added.push({ file: link.href.slice(ORIGIN.length), low: link.attributes.fetchpriority === 'low' }),
    },
    createElement: () => {
      const attributes: Record<string, string> = {};
      return { rel: '', href: '', crossOrigin: null, attributes, setAttribute: (name: string, value: string) => (attributes[name] = value) };
    },
  };
  try {
    const localStorage = { getItem: (key: string) => (Object.hasOwn(stored, key) ? stored[key] : null) };
    runInNewContext(source, { window: { location: { hash }, localStorage, document, addEventListener: () => undefined }, document, HTMLScriptElement, URL });
    // The app says its first screen is up (main.tsx): what the script left for then is asked for too.
    if (firstScreenUp) for (const [type, listener] of listeners) if (type === FIRST_SCREEN_EVENT) listener();
  } catch {
    return [];
  }
  return added;
}

/**
 * How many round trips after index.html each file arrives in, at the earliest: what the page names
 * comes in the first, what a file adds (a head script's preloads, a module's static imports) one
 * round trip after that file. Dynamic imports are not followed: they wait for code to run.
 */
export function roundTrips(start: ReadonlyMap<string, number>, next: (file: string) => readonly string[]): Map<string, number> {
  const depth = new Map(start);
  let frontier = [...start.keys()];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const file of frontier) {
      const at = (depth.get(file) ?? 0) + 1;
      for (const child of next(file)) {
        if ((depth.get(child) ?? Number.POSITIVE_INFINITY) <= at) continue;
        depth.set(child, at);
        following.push(child);
      }
    }
    frontier = following;
  }
  return depth;
}

/** Static imports by built file, from the build manifest. */
export function staticImports(manifest: Manifest): (file: string) => string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, (chunk.imports ?? []).flatMap((key) => manifest[key]?.file ?? [])]));
  return (file) => byFile.get(file) ?? [];
}

/** A manifest entry's file and every file it imports statically: all a lazy module needs to run. */
export function chunkGraph(manifest: Manifest, key: string): string[] {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no ${key}`);
  const imports = staticImports(manifest);
  return [...roundTrips(new Map([[chunk.file, 0]]), imports).keys()];
}

type Build = { html: string; manifest: Manifest; read: (file: string) => string };

/**
 * Round trips after index.html for each file of a deep link to `hash`: page, head scripts' preloads,
 * static imports; `stored` is what the browser's localStorage holds.
 */
export function deepLinkRoundTrips({ html, manifest, read }: Build, hash: string, stored: Readonly<Record<string, string>> = {}): Map<string, number> {
  const start = new Map(pageRequests(html).map((file) => [file, 1]));
  const added = new Map(headScripts(html).map((file) => [file, preloadsAdded(file, read(file), hash, stored).map((preload) => preload.file)]));
  const imports = staticImports(manifest);
  return roundTrips(start, (file) => [...(added.get(file) ?? []), ...imports(file)]);
}

/** The files the head scripts preload at low priority for a deep link to `hash`: what its first screen does not wait for. */
export const lowPriorityPreloads = ({ html, read }: Build, hash: string, stored: Readonly<Record<string, string>> = {}) =>
  new Set(headScripts(html).flatMap((file) => preloadsAdded(file, read(file), hash, stored).filter((preload) => preload.low).map((preload) => preload.file)));
