import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL_URL } from '../../src/app/leave-no-trace';
import { firstLoadFiles, type Manifest } from '../support/first-load';
import nlCommon from '../../content/locales/nl/common.json';
import nlManifest from '../../content/locales/nl/manifest.json';

// Reads the build in dist/ (npm test builds before it runs the unit tests).
const dist = resolve('dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = readFileSync(join(dist, file));
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
};

let html = '';
beforeAll(() => {
  if (!existsSync(join(dist, 'sw.js'))) throw new Error('no build in dist/: npm test builds before it measures');
  html = read('index.html');
});

describe('the offline build', () => {
  it('precaches every file of the app, every vignette chunk included, so a module opened once plays offline', () => {
    const precached = new Set([...read('sw.js').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]));
    const assets = readdirSync(join(dist, 'assets')).map((file) => `assets/${file}`);
    const vignettes = readdirSync(resolve('content/scenarios'));
    expect(vignettes.length).toBeGreaterThan(0);
    for (const id of vignettes) expect(assets.some((file) => file.startsWith(`assets/${id}-`)), `a chunk of its own for ${id}`).toBe(true);
    const missing = [...assets, 'index.html', 'manifest.webmanifest', 'favicon.svg'].filter((file) => !precached.has(file));
    expect(missing).toEqual([]);
  });

  it('has an installable web app manifest with real icons, relative so it works from any folder', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: nlManifest.name, short_name: nlManifest.shortName, description: nlManifest.description, start_url: './', scope: './', display: 'standalone' });
    for (const icon of manifest.icons) {
      expect(existsSync(join(dist, icon.src)), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(icon.src)).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
  });

  it('uses only relative paths in index.html, so it runs from a subfolder', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    // The quick exit's neutral page is the one address outside Signaal, on purpose.
    expect(urls.filter((url) => !url.startsWith('./') && !url.startsWith('#') && url !== NEUTRAL_URL.replaceAll('&', '&amp;'))).toEqual([]);
  });

  it('contains the first screen as HTML, with the guard that hides it from learners who get another one', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    expect(root).toContain(`>${nlCommon.home.heading}</h1>`);
    expect(root).toContain(`>${nlCommon.sector.hotel.name}<`);
    // The guard is in the blocking head script: it has run before the parser reaches the root.
    const guard = /<script src="\.\/(assets\/head-[\w-]+\.js)" fetchpriority="high"><\/script>/.exec(html)?.[1];
    expect(guard, 'a blocking <script src> for the head script in index.html').toBeDefined();
    expect(read(guard ?? '')).toContain('data-stale-prerender');
    expect(read('sw.js')).toContain(`url:"${guard}"`);
    expect(html.indexOf(guard ?? '')).toBeLessThan(html.indexOf('<body>'));
  });

  it('has no inline script and no inline style, so a strict Content-Security-Policy needs no exception', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    // The briefings' data block is JSON the browser never runs, so script-src does not apply to it.
    const code = scripts.filter(([, attributes]) => attributes !== ' type="application/json" id="signaal-briefings"');
    expect(code.length).toBe(scripts.length - 1);
    expect(code.filter(([, attributes, body]) => !/\ssrc="\.\//.test(attributes ?? '') || (body ?? '').trim() !== '').map(([tag]) => tag)).toEqual([]);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(?:href|src)="\s*javascript:/i);
    const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\.\/(assets\/[\w-]+\.css)">/g)].map((match) => match[1] ?? '');
    expect(stylesheets.length).toBe(1);
    expect(read(stylesheets[0] ?? '')).toContain('[data-stale-prerender] #root{display:none}');
  });

  it('loads leave-no-trace in the head script, from a file of its own, precached, before the app', () => {
    const script = /<script src="\.\/(assets\/head-[\w-]+\.js)" fetchpriority="high"><\/script>/.exec(html)?.[1];
    expect(script, 'a <script src> for the head script in index.html').toBeDefined();
    expect(read(script ?? '')).toContain(NEUTRAL_URL);
    expect(html.indexOf(script ?? '')).toBeLessThan(html.search(/<script type="module"/));
    expect(read('sw.js')).toContain(`url:"${script}"`);
    expect(html.indexOf(script ?? '')).toBeLessThan(html.indexOf('<body>'));
  });

  it('keeps the service worker registration out of the first page', () => {
    const manifest = JSON.parse(read('.vite/manifest.json')) as Manifest;
    const { js } = firstLoadFiles(manifest);
    expect(js.filter((file) => /register-service-worker|workbox/.test(file))).toEqual([]);
    expect(js.map((file) => read(file)).join('\n')).not.toContain('SKIP_WAITING');
  });
});
