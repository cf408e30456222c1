import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pageTitle, uiPattern, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { expectNoHorizontalScroll, MOBILE, saveScreenshots } from './support/screenshot';

const vignette = loadVignette('hotel-room-214');
// Each test scans several screens at two widths; on a loaded 2-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });
const LANGS: Lang[] = ['nl', 'en'];
const LANGUAGE_NAMES: Record<Lang, string> = { nl: uiText('nl', 'common', 'language.nl'), en: uiText('en', 'common', 'language.en') };

async function openIn(page: Page, lang: Lang, hash = '#/') {
  await page.goto('/');
  const button = page.getByRole('button', { name: LANGUAGE_NAMES[lang] });
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (hash !== '#/') await page.goto(`/${hash}`);
}

/** axe at 1280 and 360 px, no sideways scrolling at 360 and 320 px, full-page screenshots at both widths. */
async function checkScreen(page: Page, lang: Lang, screen: string, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, `${screen} (${lang}, 1280 px)`);
  await saveScreenshots(page, `${lang}-${screen}`, { atNarrow: (narrow) => expectNoAxeViolations(narrow, `${screen} (${lang}, 360 px)`) });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a returning learner with a case in progress opens the prerendered start page: it hydrates without errors and offers to continue', async ({ page }) => {
  await page.goto(`/#/play/${vignette.id}`);
  await page.getByRole('button', { name: uiText('nl', 'player', 'warning.continue') }).click();
  await expect(page.getByRole('heading', { level: 2, name: vignette.scenes[0]!.heading.nl })).toBeVisible();
  // A fresh visit to the start page: the prerendered Dutch home screen is hydrated, then shows the case.
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('link', { name: uiText('nl', 'common', 'home.continue', { title: vignette.title.nl }) })).toBeVisible();
  await expect(page.getByRole('link', { name: uiText('nl', 'common', 'home.startWith', { title: vignette.title.nl }) })).toHaveCount(0);
});

for (const lang of LANGS) {
  const t = (key: string, values?: Record<string, string | number>) => uiText(lang, 'common', key, values);

  test(`home, information pages and the way back up have no axe violations in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    await openIn(page, lang);
    await checkScreen(page, lang, 'shell-home', t('home.heading'));

    // A case in progress: the home page offers to continue it.
    await page.goto(`/#/play/${vignette.id}`);
    await page.getByRole('button', { name: uiText(lang, 'player', 'warning.continue') }).click();
    await expect(page.getByRole('navigation', { name: t('nav.breadcrumb') }).getByRole('link')).toHaveText([t('nav.home'), t('sector.hotel.name')]);
    await page.getByRole('navigation', { name: t('nav.breadcrumb') }).getByRole('link', { name: t('nav.home') }).click();
    const resume = page.getByRole('link', { name: t('home.continue', { title: vignette.title[lang] }) });
    await expect(resume).toBeVisible();
    await checkScreen(page, lang, 'shell-home-continue', t('home.heading'));
    await resume.click();
    await expect(page.getByRole('heading', { level: 1, name: vignette.title[lang] })).toBeVisible();

    await page.goto('/#/page/about');
    await checkScreen(page, lang, 'shell-about', pageTitle('about', lang));
    await page.goto('/#/page/privacy');
    await checkScreen(page, lang, 'shell-privacy', pageTitle('privacy', lang));
    await page.goto('/#/help');
    await expect(page.getByRole('heading', { level: 2, name: uiText(lang, 'help', 'privateTip.heading') })).toBeVisible();
    await checkScreen(page, lang, 'shell-help', pageTitle('what-to-do', lang));
    await page.goto('/#/page/no-such-page');
    await checkScreen(page, lang, 'shell-page-missing', uiText(lang, 'help', 'pageMissing'));
  });

  test(`the signals page has contents, a sector filter and folded sources in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    await openIn(page, lang, '#/signals');
    const h = (key: string, values?: Record<string, string | number>) => uiText(lang, 'help', key, values);
    await expect(page.getByRole('heading', { level: 1, name: h('signals.heading') })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: uiPattern(lang, 'help', 'signals.shown_other', { count: '\\d+' }) });
    const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(all).toBeGreaterThan(20);

    await page.getByRole('radio', { name: new RegExp(`^${t('sector.care.name')} \\(\\d+\\)$`) }).check();
    await expect(status).not.toHaveText(h('signals.shown_other', { count: all }));
    const care = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(care).toBeLessThan(all);
    await expect(page.locator('.indicators > div')).toHaveCount(care);
    // Every signal left is in at least one care case.
    const inCases = await page.locator('.indicators dd').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    expect(inCases.every((text) => text.includes(h('signals.inCases', { cases: '' }).trim()))).toBe(true);

    // The table of contents moves focus to the category, without changing the route.
    const contents = page.getByRole('navigation', { name: h('signals.contents') });
    const last = contents.getByRole('link').last();
    const category = (await last.textContent()) ?? '';
    await last.click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${category}`) })).toBeFocused();
    expect(page.url()).toMatch(/#\/signals$/);

    // Sources are folded: one disclosure per signal, closed until opened.
    const firstSources = page.locator('details.sources').first();
    await expect(firstSources.getByRole('link').first()).toBeHidden();
    await firstSources.locator('summary').click();
    await expect(firstSources.getByRole('link').first()).toBeVisible();
    // Scanned from the top: targets scrolled under the sticky header would count as covered.
    await page.evaluate(() => window.scrollTo(0, 0));
    await checkScreen(page, lang, 'shell-signals-care', h('signals.heading'));
  });

  test(`on a phone the navigation folds into a menu and the trainer entry sits in the footer, in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    await openIn(page, lang);
    await page.setViewportSize(MOBILE);
    const menu = page.getByRole('button', { name: t('nav.menu') });
    const nav = page.getByRole('navigation', { name: t('nav.main') });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    // The first screen shows content: the topic and the first sector within the first screen.
    await expect(page.getByRole('heading', { level: 1, name: t('home.heading') })).toBeInViewport();
    await expect(page.getByRole('link', { name: t('sector.hotel.name'), exact: true })).toBeInViewport();
    await expect(page.getByRole('link', { name: t('quickExit.label') })).toBeInViewport();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: t('nav.signals') })).toBeVisible();
    await expect(nav.getByRole('link', { name: t('footer.trainer') })).toHaveCount(0);
    await expect(page.getByRole('button', { name: LANGUAGE_NAMES[lang] })).toBeVisible();
    await expectNoAxeViolations(page, `menu open (${lang}, 360 px)`);
    await page.screenshot({ path: path.join(test.info().project.testDir, 'screenshots', `${lang}-shell-menu-open-360.png`) });

    await nav.getByRole('link', { name: t('nav.signals') }).click();
    await expect(page.getByRole('heading', { level: 1, name: uiText(lang, 'help', 'signals.heading') })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: t('footer.trainer') })).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    await expect(nav).toBeVisible();
  });
}
