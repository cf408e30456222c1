import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { playThrough } from './support/player';
import { expectNoHorizontalScroll, saveScreenshots } from './support/screenshot';

const vignette = loadVignette('hotel-room-214');
const t = (lang: Lang, namespace: string, key: string, values?: Record<string, string | number>) => uiText(lang, namespace, key, values);

/** Follows a link or presses a button by keyboard: Tab until it has focus, then Enter. */
async function activate(page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') {
  await tabTo(page, page.getByRole(role, { name }).first(), { max: 80 });
  await page.keyboard.press('Enter');
}

test('after a vignette a keyboard user reviews mistakes, reads the profile, exports, imports and erases', async ({ page, browser }) => {
  await playThrough(page, vignette, { flag: (f) => f.signal && f.id.length % 2 === 0, choose: 'recommended' });

  // The debrief holds the story: open its first scene by keyboard and see the missed signals marked.
  await tabTo(page, page.locator('details.story-scene summary').first(), { max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.locator('details.story-scene').first()).toHaveAttribute('open', '');
  await expect(page.locator('details.story-scene').first().locator('mark.mark-hit, mark.mark-miss').first()).toBeVisible();
  await expectNoAxeViolations(page, 'debrief with a scene open (nl)');
  await saveScreenshots(page, 'nl-debrief-scene-open');

  // Site navigation → my progress.
  await activate(page, t('nl', 'common', 'nav.progress'));
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'progress', 'heading') })).toBeFocused();
  await expect(page.getByRole('table', { name: t('nl', 'progress', 'profile.tableCaption') })).toBeVisible();
  await expectNoAxeViolations(page, 'progress (nl)');
  await saveScreenshots(page, 'nl-progress');

  // Export with the keyboard.
  const download = page.waitForEvent('download');
  await activate(page, t('nl', 'progress', 'data.export'), 'button');
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'signaal-progress', version: 2 });

  // Another device: a fresh browser context imports the file.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const phone = await other.newPage();
  await phone.goto('/#/progress');
  await expect(phone.getByText(t('nl', 'progress', 'empty'))).toBeVisible();
  await phone.getByLabel(t('nl', 'progress', 'data.importLabel')).setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await phone.getByRole('dialog').getByRole('button', { name: t('nl', 'progress', 'data.confirmImport') }).click();
  await expect(phone.getByText(t('nl', 'progress', 'data.imported_one', { count: 1 }))).toBeVisible();
  await expect(phone.getByRole('heading', { level: 3, name: vignette.title.nl })).toBeVisible();
  await other.close();

  // Erase everything, confirmed in a dialog, by keyboard.
  await activate(page, t('nl', 'progress', 'data.erase'), 'button');
  const dialog = page.getByRole('dialog', { name: t('nl', 'progress', 'data.eraseTitle') });
  await expect(dialog.getByRole('button', { name: t('nl', 'progress', 'data.cancel') })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: t('nl', 'progress', 'data.confirmErase') })).toBeFocused();
  // Erasing goes home and reloads the page: wait for the new page, not the home screen shown just before it.
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Enter');
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'common', 'home.heading') })).toBeVisible();
  // Only the chosen language stays.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('signaal.')))).toEqual(['signaal.settings']);
});

test('a corrupt progress file gives a clear message and changes nothing', async ({ page }) => {
  await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'recommended' });
  await page.goto('/#/progress');
  await page.getByLabel(t('nl', 'progress', 'data.importLabel')).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"signaal-progress","version":1,') });
  await expect(page.getByRole('alert')).toContainText(t('nl', 'progress', 'data.errors.not-json'));
  await expect(page.getByRole('heading', { level: 3, name: vignette.title.nl })).toBeVisible();
});

for (const lang of ['nl', 'en'] as const) {
  test(`my progress, empty and filled, has no axe violations in ${lang}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: t(lang, 'common', `language.${lang}`) }).click();
    await page.goto('/#/progress');
    await expect(page.getByText(t(lang, 'progress', 'empty'))).toBeVisible();
    await expectNoAxeViolations(page, `progress empty (${lang})`);
    await saveScreenshots(page, `${lang}-progress-empty`);
    await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'acceptable', lang });
    await page.goto('/#/progress');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, `progress (${lang})`);
    // The old review address lands on the debrief, which holds the story now.
    await page.goto(`/#/review/${vignette.id}`);
    await expect(page).toHaveURL(new RegExp(`#/debrief/${vignette.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: t(lang, 'debrief', 'heading', { title: vignette.title[lang] }) })).toBeVisible();
    await expectNoAxeViolations(page, `debrief via the review address (${lang})`);
  });
}

test('every screen works at 320 px wide with text zoomed to 200%', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const screens = ['/#/', '/#/sector/care', '/#/introduction', '/#/signals', '/#/help', '/#/progress', `/#/play/${vignette.id}`];
  for (const path of screens) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});

test('the quick exit hides Signaal and leaves for a neutral page, from the button and with Escape', async ({ page }) => {
  await page.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Weer</p>' }));
  await page.goto(`/#/play/${vignette.id}`);
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.waitForURL(/google\.com/);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/#/play');

  await page.goto('/#/help');
  await page.getByRole('link', { name: t('nl', 'common', 'quickExit.label') }).click();
  await page.waitForURL(/google\.com/);
});
