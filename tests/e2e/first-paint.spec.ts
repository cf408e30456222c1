import type { Page } from '@playwright/test';
import { loadVignette, pageTitle, uiText } from './support/content';
import { expect, test } from './support/fixtures';

// The build writes the Dutch home screen into index.html. It must paint without JavaScript, be
// hydrated (not thrown away) when it is what the learner gets, and never flash for a learner who
// gets something else: another language, or a link straight to a vignette.

const STALE = 'data-stale-prerender';

type Seen = { removedFromRoot: number; staleWhenRootParsed: boolean | null };

/** Records, from before the page's own scripts run, what happened to the prerendered screen. */
async function watchFirstScreen(page: Page, settings?: { locale: string; sector: string | null }) {
  await page.addInitScript(
    ({ stored, stale }) => {
      if (stored && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('signaal.settings', JSON.stringify({ state: stored, version: 1 }));
        sessionStorage.setItem('seeded', 'yes');
      }
      const seen: Seen = { removedFromRoot: 0, staleWhenRootParsed: null };
      Object.assign(window, { seen });
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof Element && record.target.id === 'root') seen.removedFromRoot += record.removedNodes.length;
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.id === 'root') seen.staleWhenRootParsed = document.documentElement.hasAttribute(stale);
          }
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { stored: settings, stale: STALE },
  );
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home screen is already in the HTML, with its sectors and the way to help', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: uiText('nl', 'common', 'home.heading') })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`^${uiText('nl', 'common', 'sector.hotel.name')}\\b`) })).toBeVisible();
    await expect(page.getByRole('link', { name: uiText('nl', 'common', 'footer.help') })).toBeVisible();
  });
});

test('a first visit in Dutch hydrates the prerendered home screen instead of replacing it', async ({ page }) => {
  await watchFirstScreen(page);
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1, name: uiText('nl', 'common', 'home.heading') });
  await expect(heading).toBeVisible();
  // React marks the nodes it has taken over; the prerendered heading itself is one of them.
  await page.waitForFunction(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')));
  // The first load does not move focus: a screen reader starts at the top of the page.
  await expect(heading).not.toBeFocused();
  // Hydrated means interactive: the language switch works.
  await page.getByRole('button', { name: uiText('nl', 'common', 'language.en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: uiText('en', 'common', 'home.heading') })).toBeVisible();
  expect(await seen(page)).toEqual({ removedFromRoot: 0, staleWhenRootParsed: false });
});

test('an English learner never sees the Dutch prerender: it is hidden at once and rendered fresh', async ({ page }) => {
  await watchFirstScreen(page, { locale: 'en', sector: null });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: uiText('en', 'common', 'home.heading') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveAttribute(STALE, /.*/);
  const { staleWhenRootParsed, removedFromRoot } = await seen(page);
  expect(staleWhenRootParsed).toBe(true);
  expect(removedFromRoot).toBeGreaterThan(0);
});

test('a learner who chose a sector gets their own order of sectors, without a hydration error', async ({ page }) => {
  await watchFirstScreen(page, { locale: 'nl', sector: 'care' });
  await page.goto('/');
  await expect(page.getByRole('link').filter({ hasText: uiText('nl', 'common', 'sector.care.name') }).first()).toBeVisible();
  const titles = await page.locator('.card-title').allTextContents();
  expect(titles[0]).toBe(uiText('nl', 'common', 'sector.care.name'));
  expect((await seen(page)).staleWhenRootParsed).toBe(true);
});

test('a link straight to a vignette shows the vignette, not the home screen first', async ({ page }) => {
  const vignette = loadVignette('hotel-room-214');
  await watchFirstScreen(page);
  await page.goto(`/#/play/${vignette.id}`);
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeVisible();
  expect((await seen(page)).staleWhenRootParsed).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: uiText('nl', 'common', 'home.heading') })).toHaveCount(0);
});

test('a learner who follows a link while the page is still hydrating gets that screen, without a hydration error', async ({ page }) => {
  // Right after the scripts ran, while React is still taking over the prerendered home screen.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.location.hash = '#/help';
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: pageTitle('what-to-do', 'nl') })).toBeVisible();
});
