import path from 'node:path';
import type { Page } from '@playwright/test';
import { NEUTRAL_URL } from '../../src/app/leave-no-trace';
import { makeAssignment, signAssignment } from '../support/assignments';
import { loadVignette, pageTitle, uiPattern, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';

const vignette = loadVignette('hotel-room-214');
const t = (key: string, values?: Record<string, string | number>, lang: Lang = 'nl') => uiText(lang, 'common', key, values);
const NEUTRAL_TITLE = 'Weer';

/** The neutral page, served locally: the tests never reach the network. */
async function serveNeutralPage(page: Page) {
  await page.route('https://www.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${NEUTRAL_TITLE}</title><p>Weerbericht</p>` }),
  );
}

/**
 * After a quick exit: presses Back until the browser can go no further back, and returns every
 * page it passed (URL and title). None may be a Signaal page.
 */
async function walkBack(page: Page) {
  const seen: { url: string; title: string }[] = [{ url: page.url(), title: await page.title() }];
  for (let presses = 0; presses < 15; presses += 1) {
    const response = await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    if (response === null && seen.at(-1)?.url === page.url()) break;
    await page.waitForLoadState('domcontentloaded').catch(() => undefined);
    seen.push({ url: page.url(), title: await page.title().catch(() => '') });
  }
  return seen;
}

const isSignaal = (origin: string) => (visited: { url: string; title: string }) => visited.url.startsWith(origin) || visited.title === 'Signaal';

test.describe('quick exit leaves no trace in the tab', () => {
  test.beforeEach(async ({ page }) => serveNeutralPage(page));

  test('after ten in-app navigations and a reload, Back never shows a Signaal page again', async ({ page, baseURL }) => {
    await page.goto('/');
    const length = await page.evaluate(() => history.length);
    const nav = page.getByRole('navigation', { name: t('nav.main') });
    const footer = page.getByRole('contentinfo');
    const steps = [
      () => page.getByRole('link', { name: t('sector.hotel.name'), exact: true }).click(),
      () => page.getByRole('navigation', { name: t('nav.breadcrumb') }).getByRole('link', { name: t('nav.home') }).click(),
      () => nav.getByRole('link', { name: t('nav.signals') }).click(),
      () => nav.getByRole('link', { name: t('nav.help') }).click(),
      () => nav.getByRole('link', { name: t('nav.introduction') }).click(),
      () => footer.getByRole('link', { name: t('footer.privacyPage') }).click(),
      () => footer.getByRole('link', { name: t('footer.about') }).click(),
      () => nav.getByRole('link', { name: t('nav.progress') }).click(),
      () => nav.getByRole('link', { name: t('nav.certificates') }).click(),
      () => page.getByRole('link', { name: t('app.name'), exact: true }).click(),
      // The first case suggested for the first sector: a vignette's content warning.
      () => page.getByRole('link', { name: uiPattern('nl', 'common', 'home.startWith') }).first().click(),
    ];
    const urls = new Set<string>();
    for (const step of steps) {
      const before = page.url();
      await step();
      await expect.poll(() => page.url()).not.toBe(before);
      urls.add(page.url());
    }
    expect(urls.size).toBeGreaterThanOrEqual(10);
    // Every in-app navigation replaced the one entry instead of adding one.
    expect(await page.evaluate(() => history.length)).toBe(length);
    const playing = page.getByRole('heading', { level: 2, name: uiText('nl', 'player', 'warning.heading') });
    await expect(playing).toBeVisible();

    await page.reload();
    await expect(playing).toBeVisible();
    await page.getByRole('link', { name: t('quickExit.label') }).click();
    await page.waitForURL(NEUTRAL_URL);
    const seen = await walkBack(page);
    expect(seen.filter(isSignaal(baseURL ?? '')), JSON.stringify(seen)).toEqual([]);
    expect(seen[0]).toEqual({ url: NEUTRAL_URL, title: NEUTRAL_TITLE });
  });

  test('after opening an assignment link, Escape leaves and Back never shows Signaal', async ({ page, baseURL }) => {
    const { code } = await signAssignment(makeAssignment({ title: 'Kamer 214 oefenen' }));
    await page.goto(`/#/assignment/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const start = page.getByRole('link', { name: uiText('nl', 'assignment', 'vignette.start', { title: vignette.title.nl }) });
    await start.click();
    await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_URL);
    const seen = await walkBack(page);
    expect(seen.filter(isSignaal(baseURL ?? '')), JSON.stringify(seen)).toEqual([]);
  });

  test('a second Signaal link opened in the same tab leaves no entry behind either', async ({ page, baseURL }) => {
    const { code } = await signAssignment(makeAssignment());
    await page.goto('/#/help');
    await page.getByRole('navigation', { name: t('nav.main') }).getByRole('link', { name: t('nav.signals') }).click();
    // Opened like a link from a mail in the same tab: a new entry the app did not make.
    await page.goto(`/#/assignment/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(2);
    await page.getByRole('link', { name: t('quickExit.label') }).click();
    await page.waitForURL(NEUTRAL_URL);
    const seen = await walkBack(page);
    expect(seen.filter(isSignaal(baseURL ?? '')), JSON.stringify(seen)).toEqual([]);
  });
});

test.describe('before the app has loaded', () => {
  test('the prerendered quick exit already leaves without a trace', async ({ page, baseURL }) => {
    await serveNeutralPage(page);
    // The app's scripts never arrive (a very slow connection); only the page and the small
    // leave-no-trace script do.
    await page.route(/\/assets\/(index|app)-[^/]*\.js$/, () => undefined);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: t('home.heading') })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-leave-no-trace'))).toBe(true);
    // Not hydrated: the app never ran, yet the link leaves, replacing Signaal in the history.
    await page.getByRole('link', { name: t('quickExit.label') }).click();
    await page.waitForURL(NEUTRAL_URL);
    const seen = await walkBack(page);
    expect(seen.filter(isSignaal(baseURL ?? '')), JSON.stringify(seen)).toEqual([]);
  });
});

test.describe('the quick exit stays in view', () => {
  for (const width of [320, 360, 1280]) {
    test(`while scrolling at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 1000 ? 640 : 800 });
      for (const [hash, heading] of [
        ['#/signals', uiText('nl', 'help', 'signals.heading')],
        ['#/page/privacy', pageTitle('privacy', 'nl')],
        ['#/', t('home.heading')],
      ] as const) {
        await page.goto(`/${hash}`);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        const exit = page.getByRole('link', { name: t('quickExit.label') });
        await expect(exit).toBeInViewport({ ratio: 1 });
        // Nothing covers it.
        const covered = await exit.evaluate((link) => {
          const box = link.getBoundingClientRect();
          return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('a') !== link;
        });
        expect(covered).toBe(false);
        const name = hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '') || 'home';
        await page.screenshot({ path: path.join(test.info().project.testDir, 'screenshots', `nl-scrolled-${name}-${width}.png`) });
      }
    });
  }
});
