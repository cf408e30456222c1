import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { loadContent } from '../../src/content/load-content';
import { SECTORS } from '../../src/engine';
import { uiText } from '../e2e/support/content';
import { measureFirstLoad, overBudget } from '../support/first-load';
import { serveStatic } from '../support/static-server';
import { medianRun, runLighthouse, type LighthouseScores } from './lighthouse';
import { CPU_SLOWDOWN, measureLoad, PROFILES, SLOW_4G, type Load, type Request } from './measure-load';
import { formatTable, summarize, type PageResult } from './summarize';
import { formatWaterfall } from './waterfall';

// `npm run bench`: first-load sizes, then first contentful paint and the time until a deep link to
// the first vignette is interactive on a throttled "phone" (4× slower CPU; slow 4G, and again with
// no network throttling), as medians of 5 cold loads, side by side with references built by the same
// Vite config (a bare React page, and the same with i18next: what the i18n library alone costs) and
// two static pages (one linking its stylesheet, as a page under a strict Content-Security-Policy
// must; one with none); the deep link's request waterfall; then Lighthouse. This machine is noisy,
// so the ratios are the figures that count.
// Options: --runs N (default 5), --no-lighthouse.

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = 3;
/**
 * The budget: first contentful paint at most 1.3× that of a static page served the same way. Under
 * the strict Content-Security-Policy the README recommends a page has no inline style, so the
 * static page links its stylesheet as Signaal does; the one without a stylesheet is shown too.
 */
const FCP_BUDGET = 1.3;

// Builds and servers work in a folder of their own: Playwright and `npm test` empty test-results/
// when they start, and the results are written there only at the end.
const work = mkdtempSync(join(tmpdir(), 'signaal-bench-'));
const out = resolve('test-results/bench');

console.log('▶ building Signaal and the bare React reference');
const built = spawnSync('node_modules/.bin/vite', ['build', '--configLoader', 'runner', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
// A private copy, so another build of dist/ during the measurements cannot change what is measured.
const ours = join(work, 'signaal');
cpSync(resolve('dist'), ours, { recursive: true });
// The references: a bare React page, and the same with i18next (what the i18n library alone costs).
const buildReference = async (name: string) => {
  const outDir = join(work, name);
  await build({ configFile: resolve('vite.config.ts'), configLoader: 'runner', root: resolve('tests/bench', name), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
};
const bare = await buildReference('bare');
const bareI18next = await buildReference('bare-i18next');

const { content } = loadContent({ root: resolve('content') });
const first = content.scenarios.find((s) => s.sector === SECTORS[0]) ?? content.scenarios[0];
if (!first) throw new Error('no vignette to measure');
const startButton = uiText('nl', 'player', 'warning.continue');

const servers = {
  ours: await serveStatic(ours, { prefix: '/signaal/' }),
  bare: await serveStatic(bare),
  bareI18next: await serveStatic(bareI18next),
  staticStyled: await serveStatic(resolve('tests/bench/static-styled')),
  static: await serveStatic(resolve('tests/bench/static')),
};
const oursSizes = measureFirstLoad(ours);
const bareSizes = measureFirstLoad(bare);
const bareI18nextSizes = measureFirstLoad(bareI18next);
type Page = { name: string; firstLoadJs: number | undefined; firstLoadCss: number | undefined; fcpUrl: string; interactiveUrl?: string; button?: string };
const pages: Page[] = [
  {
    name: 'Signaal',
    firstLoadJs: oursSizes.js,
    firstLoadCss: oursSizes.css,
    fcpUrl: servers.ours.url,
    interactiveUrl: `${servers.ours.url}#/play/${first.id}`,
    button: startButton,
  },
  { name: 'bare React', firstLoadJs: bareSizes.js, firstLoadCss: bareSizes.css, fcpUrl: servers.bare.url, interactiveUrl: servers.bare.url, button: 'Start' },
  {
    name: 'bare React + i18next',
    firstLoadJs: bareI18nextSizes.js,
    firstLoadCss: bareI18nextSizes.css,
    fcpUrl: servers.bareI18next.url,
    interactiveUrl: servers.bareI18next.url,
    button: 'Start',
  },
  { name: 'static page, stylesheet linked', firstLoadJs: undefined, firstLoadCss: undefined, fcpUrl: servers.staticStyled.url },
  { name: 'static page, no stylesheet', firstLoadJs: undefined, firstLoadCss: undefined, fcpUrl: servers.static.url },
];
/** Per network profile, the runs of each page, and the requests of the deep link's last load. */
const profiles = PROFILES.map((profile) => ({
  profile,
  results: pages.map((page): PageResult => ({ ...page, runs: { fcp: [], interactive: [], jsToInteractive: [] } })),
  waterfall: [] as Request[],
}));

console.log(
  `▶ ${RUNS} cold loads each, interleaved, CPU ${CPU_SLOWDOWN}× slower; ${PROFILES.map((p) => p.name).join(' and ')} (${Math.round((SLOW_4G.downloadThroughput * 8) / 1024)} kbit/s down, ${SLOW_4G.latency} ms latency)`,
);
console.log(`  first vignette: ${first.id}, interactive when "${startButton}" can be pressed`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let lighthouse: LighthouseScores | undefined;
let lighthouseError: string | undefined;
try {
  // One warm-up load per page, not counted: the first launch of a renderer is slower than the rest.
  for (let run = -1; run < RUNS; run += 1) {
    for (const { profile, results, waterfall } of profiles) {
      for (const [index, page] of pages.entries()) {
        const result = results[index];
        if (!result) continue;
        const network = profile.conditions;
        const home: Load = await measureLoad(browser, { url: page.fcpUrl, network });
        const vignette = page.interactiveUrl ? await measureLoad(browser, { url: page.interactiveUrl, network, button: page.button }) : undefined;
        if (run < 0) continue;
        result.runs.fcp.push(home.fcp);
        if (vignette?.interactive !== undefined) result.runs.interactive.push(vignette.interactive);
        if (vignette?.jsToInteractive !== undefined) result.runs.jsToInteractive.push(vignette.jsToInteractive);
        if (index === 0 && vignette) waterfall.splice(0, waterfall.length, ...vignette.requests);
        const last = (values: number[]) => (values.length > 0 ? `${Math.round(values.at(-1) ?? 0)} ms` : '—');
        console.log(`  run ${run + 1} ${profile.name}, ${page.name}: FCP ${last(result.runs.fcp)}, interactive ${last(result.runs.interactive)}`);
      }
    }
  }
} finally {
  await browser.close();
}

if (LIGHTHOUSE) {
  console.log(`▶ Lighthouse on ${servers.ours.url}, ${LIGHTHOUSE_RUNS} runs`);
  try {
    const runs: LighthouseScores[] = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
      runs.push(await runLighthouse(servers.ours.url, join(work, `lighthouse-${run}.json`)));
      console.log(`  run ${run}: performance ${runs.at(-1)?.scores.performance ?? '—'}`);
    }
    lighthouse = medianRun(runs);
  } catch (error) {
    lighthouseError = (error as Error).message;
    console.error(`Lighthouse failed: ${lighthouseError}`);
  }
}
await Promise.all(Object.values(servers).map((server) => server.close()));

const tables = profiles.map(({ profile, results, waterfall }) => {
  const summaries = results.map(summarize);
  const [ours, bare, withI18next, styled, plain] = summaries;
  if (!ours || !bare || !withI18next || !styled || !plain) throw new Error('missing results');
  const ratio = (a: number | undefined, b: number | undefined) => (a ?? Number.NaN) / (b ?? Number.NaN);
  return {
    profile: profile.name,
    summaries,
    fcpRatio: ours.fcp / styled.fcp,
    fcpRatioUnstyled: ours.fcp / plain.fcp,
    interactiveRatio: ratio(ours.interactive, bare.interactive),
    interactiveRatioI18next: ratio(ours.interactive, withI18next.interactive),
    i18nextRatio: ratio(withI18next.interactive, bare.interactive),
    waterfall,
  };
});
const throttled = tables[0];
if (!throttled) throw new Error('missing results');
const problems = [
  ...overBudget(oursSizes),
  ...(throttled.fcpRatio > FCP_BUDGET ? [`FCP is ${throttled.fcpRatio.toFixed(3)}× that of a static page with its stylesheet on slow 4G, budget ${FCP_BUDGET}×`] : []),
  ...(lighthouseError ? [`Lighthouse did not run: ${lighthouseError}`] : []),
];

for (const table of tables) {
  const [, bare] = table.summaries;
  if (!bare) continue;
  console.log(`\nMedians of ${RUNS} cold loads (${table.profile}, CPU ${CPU_SLOWDOWN}×):\n`);
  console.log(formatTable(table.summaries, bare));
  console.log(
    `\nvignette interactive: Signaal / bare React ${table.interactiveRatio.toFixed(2)}× (goal ≤ 1.3×); Signaal / bare React + i18next ${table.interactiveRatioI18next.toFixed(2)}×; bare React + i18next / bare React ${table.i18nextRatio.toFixed(2)}×`,
  );
  console.log(
    `FCP Signaal / static page with its stylesheet: ${table.fcpRatio.toFixed(3)}×${table === throttled ? ` (budget ≤ ${FCP_BUDGET}×)` : ''}; / static page without a stylesheet: ${table.fcpRatioUnstyled.toFixed(3)}×`,
  );
  console.log(`deep link to a vignette (#/play/${first.id}), last load, ${table.profile}:\n${formatWaterfall(table.waterfall, servers.ours.url)}`);
}
console.log(`\nfirst-load files: ${[...oursSizes.files.js, ...oursSizes.files.css].join(', ')}`);
if (lighthouse) {
  const { scores, metrics } = lighthouse;
  console.log(`\nLighthouse 12.8.2 (mobile, simulated slow 4G, 4× CPU), median of ${LIGHTHOUSE_RUNS} runs:`);
  console.log(`  performance ${scores.performance ?? '—'}, accessibility ${scores.accessibility ?? '—'}, best practices ${scores['best-practices'] ?? '—'}`);
  console.log(`  ${Object.entries(metrics).map(([id, value]) => `${id} ${value}`).join(', ')}`);
}
mkdirSync(out, { recursive: true });
for (const report of readdirSync(work).filter((file) => file.startsWith('lighthouse-'))) cpSync(join(work, report), join(out, report));
rmSync(work, { recursive: true, force: true });
writeFileSync(join(out, 'results.json'), `${JSON.stringify({ runs: profiles, tables, lighthouse, problems }, null, 2)}\n`);
console.log(`\nfull results: ${join('test-results/bench', 'results.json')}`);
if (problems.length > 0) {
  console.error(`\nproblems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
