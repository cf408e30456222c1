import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkGraph, deepLinkRoundTrips, headScripts, lowPriorityPreloads, preloadsAdded, roundTrips } from '../support/critical-chain';
import { LOCALES, type ScenarioBriefing } from '../../src/engine';
import { loadContent } from '../../src/content/load-content';
import type { Manifest } from '../support/first-load';

const dist = resolve('dist');
const MAX_ROUND_TRIPS = 2;

const readBuild = () => {
  if (!existsSync(join(dist, '.vite', 'manifest.json'))) throw new Error('no build in dist/: npm test builds before it measures');
  return {
    html: readFileSync(join(dist, 'index.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest,
    read: (file: string) => readFileSync(join(dist, file), 'utf8'),
  };
};

/**
 * What a deep link's first screen, the vignette's content warning, waits for: the first page. Its
 * chunks hold the player's first screen with its strings, and index.html every vignette's briefing.
 */
const firstScreenNeeds = (manifest: Manifest) => chunkGraph(manifest, 'index.html');
/** All a deep link to a vignette needs before it can be played: that, the scenes with their machine, and the story. */
const playNeeds = (manifest: Manifest, id: string) => [
  ...firstScreenNeeds(manifest),
  ...chunkGraph(manifest, 'src/features/player/player-run.tsx'),
  ...chunkGraph(manifest, `virtual:signaal/scenario/${id}`),
];
/** What a returning learner's first screen also waits for: the code that reads stored progress. */
const repairNeeds = (manifest: Manifest) => chunkGraph(manifest, 'src/stores/progress-sync-repair.ts');
const RETURNING = { 'signaal.progress': '{"state":{},"version":2}' };

/** The needed files that arrive later than the limit (or never, without code running first), with their round trip. */
const late = (depths: Map<string, number>, needed: string[]) =>
  needed.filter((file) => (depths.get(file) ?? Number.POSITIVE_INFINITY) > MAX_ROUND_TRIPS).map((file) => `${file}: ${depths.get(file) ?? 'only by running code'}`);

describe('critical chain of a deep link, from the build', () => {
  const build = readBuild();
  const vignettes = readdirSync(resolve('content/scenarios'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it.each(vignettes)(`#/play/%s loads the player, its machine and strings and the vignette within ${MAX_ROUND_TRIPS} round trips after index.html`, (id) => {
    const needed = playNeeds(build.manifest, id);
    const depths = deepLinkRoundTrips(build, `#/play/${id}`);
    expect(needed.length).toBeGreaterThan(1);
    expect(late(depths, needed)).toEqual([]);
    for (const file of needed) expect(existsSync(join(dist, file)), file).toBe(true);
  });

  it('for a returning learner also loads the code that reads stored progress in that time; on a first visit it leaves it for later', () => {
    const [id = ''] = vignettes;
    const repair = repairNeeds(build.manifest).filter((file) => !playNeeds(build.manifest, id).includes(file));
    expect(repair.length).toBeGreaterThan(0);
    expect(late(deepLinkRoundTrips(build, `#/play/${id}`, RETURNING), [...playNeeds(build.manifest, id), ...repair])).toEqual([]);
    expect(repair.filter((file) => deepLinkRoundTrips(build, `#/play/${id}`).has(file))).toEqual([]);
  });

  it('a deep link to a vignette asks for at most six files at high priority in the round trip after the head scripts, its first screen\'s; the scenes and story come at low priority', () => {
    // Over HTTP/1.1 only six requests run at once: more at high priority would make the first screen wait for a connection.
    const [id = ''] = vignettes;
    const hash = `#/play/${id}`;
    const depths = deepLinkRoundTrips(build, hash, RETURNING);
    const low = lowPriorityPreloads(build, hash, RETURNING);
    const high = [...depths].filter(([file, depth]) => depth === MAX_ROUND_TRIPS && !low.has(file)).map(([file]) => file);
    expect(high.length).toBeLessThanOrEqual(6);
    const first = [...firstScreenNeeds(build.manifest), ...repairNeeds(build.manifest)];
    expect(first.filter((file) => low.has(file))).toEqual([]);
    const later = playNeeds(build.manifest, id).filter((file) => !first.includes(file) && depths.get(file) === MAX_ROUND_TRIPS);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((file) => !low.has(file))).toEqual([]);
    // And they are asked for only once the first screen is up, so that asking never holds it up.
    const atOnce = headScripts(build.html).flatMap((file) => preloadsAdded(file, build.read(file), hash, RETURNING, false).map((preload) => preload.file));
    expect(atOnce.length).toBeGreaterThan(0);
    expect(later.filter((file) => atOnce.includes(file))).toEqual([]);
  });

  it('opens a vignette on its content warning with the first page alone: the screen is in its chunks, and the page carries every briefing', () => {
    // The player's first screen imports the scenes lazily: whichever chunk holds it names them.
    const firstPage = firstScreenNeeds(build.manifest);
    const holdsPlayerScreen = Object.values(build.manifest).filter((chunk) => chunk.dynamicImports?.includes('src/features/player/player-run.tsx'));
    expect(holdsPlayerScreen.length).toBeGreaterThan(0);
    expect(holdsPlayerScreen.filter((chunk) => !firstPage.includes(chunk.file))).toEqual([]);
    const { content } = loadContent({ root: resolve('content') });
    const block = /<script type="application\/json" id="signaal-briefings">([^<]*)<\/script>/.exec(build.html)?.[1];
    const briefings = JSON.parse(block ?? 'null') as Record<string, ScenarioBriefing>;
    for (const scenario of content.scenarios) {
      for (const locale of LOCALES) {
        expect(briefings[scenario.id]?.[locale], `${scenario.id} ${locale}`).toEqual({ summary: scenario.text[locale].summary, contentWarning: scenario.text[locale].contentWarning });
      }
    }
  });

  it('fails on the same build without the route preloads: the player and the vignette then wait for the entry to run', () => {
    const [id = ''] = vignettes;
    const withoutMap = { ...build, html: build.html.replace(/<script src="\.\/assets\/head-[^"]+"[^>]*><\/script>/, '') };
    expect(withoutMap.html).not.toBe(build.html);
    expect(late(deepLinkRoundTrips(withoutMap, `#/play/${id}`), playNeeds(build.manifest, id))).not.toEqual([]);
  });

  it('preloads nothing for the home page, whose first load stays what the budget measures', () => {
    const onPage = deepLinkRoundTrips(build, '#/');
    expect(headScripts(build.html).some((file) => /^assets\/head-/.test(file))).toBe(true);
    expect([...onPage.keys()].filter((file) => /player|scenario|hotel-|school-|care-/.test(file))).toEqual([]);
  });
});

describe('roundTrips', () => {
  it('counts a chain of static imports one round trip per step, so a deep graph is over the limit', () => {
    const imports: Record<string, string[]> = { 'entry.js': ['a.js'], 'a.js': ['b.js'], 'b.js': ['c.js'], 'c.js': [] };
    const depths = roundTrips(new Map([['entry.js', 1]]), (file) => imports[file] ?? []);
    expect(Object.fromEntries(depths)).toEqual({ 'entry.js': 1, 'a.js': 2, 'b.js': 3, 'c.js': 4 });
    expect(late(depths, ['c.js'])).toEqual(['c.js: 4']);
  });

  it('takes the earliest way to a file: a preload beats a chain of imports', () => {
    const edges: Record<string, string[]> = { 'head.js': ['c.js'], 'entry.js': ['a.js'], 'a.js': ['b.js'], 'b.js': ['c.js'] };
    const depths = roundTrips(
      new Map([
        ['entry.js', 1],
        ['head.js', 1],
      ]),
      (file) => edges[file] ?? [],
    );
    expect(depths.get('c.js')).toBe(2);
  });
});
