import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; isEntry?: boolean };
export type Manifest = Record<string, ManifestChunk>;

/** Budgets for what the first page loads, in gzipped bytes. */
export const FIRST_LOAD_BUDGET = { js: 110 * 1024, css: 15 * 1024 };

/**
 * The files the first page loads: the HTML entry and its static imports, followed transitively.
 * Dynamic imports (lazy screens, vignettes) are left out, since the first page never fetches them.
 */
export function firstLoadFiles(manifest: Manifest, entry = 'index.html') {
  // A build whose manifest lost its entry would otherwise measure as an empty, always-passing page.
  if (!manifest[entry]) throw new Error(`the build manifest has no ${entry} entry`);
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  return { js: [...js], css: [...css] };
}

/** Scripts index.html loads that are not in the build manifest (the leave-no-trace script). */
export const scriptsOutsideManifest = (html: string, known: readonly string[]) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)].map((match) => match[1] ?? '').filter((file) => file !== '' && !known.includes(file));

/** Gzipped size of each first-load file, summed per kind, measured on the built files. */
export function measureFirstLoad(dist: string, readFile: (path: string) => Buffer = readFileSync) {
  const manifest = JSON.parse(readFile(join(dist, '.vite', 'manifest.json')).toString('utf8')) as Manifest;
  const files = firstLoadFiles(manifest);
  files.js.push(...scriptsOutsideManifest(readFile(join(dist, 'index.html')).toString('utf8'), files.js));
  const gz = (file: string) => gzipSync(readFile(join(dist, file)), { level: 9 }).length;
  const sum = (list: string[]) => list.reduce((total, file) => total + gz(file), 0);
  return { files, js: sum(files.js), css: sum(files.css) };
}

/** Lists every budget the measured sizes exceed; empty when all fit. */
export function overBudget(sizes: { js: number; css: number }, budget = FIRST_LOAD_BUDGET) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (['js', 'css'] as const)
    .filter((kind) => sizes[kind] > budget[kind])
    .map((kind) => `first-load ${kind.toUpperCase()} is ${kb(sizes[kind])} gzipped, budget ${kb(budget[kind])}`);
}
