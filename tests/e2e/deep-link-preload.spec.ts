import { loadVignette, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playPath } from './support/player';

// A deep link preloads its chunks from a head script (src/app/route-preload.ts). The build test
// (tests/build/deep-link-chain.test.ts) proves the round trips; this proves that the browser uses
// what was preloaded: every chunk arrives once, and the vignette plays. The content warning, its
// first screen, comes with the first page (its text in index.html): no chunk of its own.
test('a link straight to a vignette shows its content warning from the first page, preloads its scenes and story, fetches each chunk once, and plays', async ({ page }) => {
  const vignette = loadVignette('care-gp-employer');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(playPath(vignette.id));
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeVisible();

  const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded.some((path) => /\/assets\/player-run-[^/]+\.js$/.test(path))).toBe(true);
  // The story is the one chunk named after the vignette that is fetched: the warning's text is not.
  const named = (path: string) => new RegExp(`/assets/${vignette.id}-[^/]+\\.js$`).test(path);
  expect(preloaded.filter(named)).toHaveLength(1);
  await expect.poll(() => scripts.filter(named)).toHaveLength(1);
  // A preload that the module import does not reuse would show up here as a second fetch.
  expect(scripts.filter((path, index) => scripts.indexOf(path) !== index)).toEqual([]);

  await page.getByRole('button', { name: uiText('nl', 'player', 'warning.continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('nl', 'player', 'warning.continue') })).toHaveCount(0);
});

test('the home page preloads no screen: its first load is what the budget measures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: uiText('nl', 'common', 'home.heading') })).toBeVisible();
  const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.filter((href) => /player-run|debrief-screen|review-screen/.test(href))).toEqual([]);
});

test('on a first visit the code that reads stored progress is fetched only once the first screen is up, and then without being asked', async ({ page }) => {
  const vignette = loadVignette('care-gp-employer');
  const start = uiText('nl', 'player', 'warning.continue');
  // When the first screen's button appeared, on the page's own clock.
  await page.addInitScript((label) => {
    new MutationObserver((_records, observer) => {
      if (![...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === label)) return;
      (window as unknown as { firstScreenAt: number }).firstScreenAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, start);
  // A phone's slower CPU, as the bench loads it: the load event then comes well before the first render.
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(playPath(vignette.id));
  await expect(page.getByRole('button', { name: start })).toBeVisible();
  // The load event can come before the first render; the fetch waits for the screen, then for an idle moment.
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').find((entry) => /\/assets\/progress-repair-[^/]+\.js$/.test(entry.name))?.startTime ?? null);
  await expect.poll(fetched, { timeout: 10_000 }).not.toBeNull();
  const firstScreenAt = await page.evaluate(() => (window as unknown as { firstScreenAt: number }).firstScreenAt);
  expect(await fetched()).toBeGreaterThan(firstScreenAt);
});
