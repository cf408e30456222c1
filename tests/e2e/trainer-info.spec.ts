import { expectNoAxeViolations } from './support/axe';
import { pageTitle, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';

for (const lang of ['nl', 'en'] as Lang[]) {
  test(`the page on how Signaal works without a server, linked from the trainer's home, passes axe at both widths in ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/#/trainer');
    await page.getByRole('button', { name: uiText(lang, 'common', `language.${lang}`) }).click();
    await page.getByRole('link', { name: uiText(lang, 'trainer', 'home.howItWorks') }).click();
    await expect(page.getByRole('heading', { level: 1, name: pageTitle('without-server', lang) })).toBeVisible();
    await expect(page).toHaveURL(/#\/page\/without-server$/);
    await expectNoAxeViolations(page, `without a server (${lang}, 1280 px)`);
    await saveScreenshots(page, `${lang}-without-server`, { atNarrow: (narrow) => expectNoAxeViolations(narrow, `without a server (${lang}, 360 px)`) });
  });

  test(`the verify page explains a typed certificate number instead of calling it altered, in ${lang}`, async ({ page }) => {
    await page.goto('/#/verify');
    await page.getByRole('button', { name: uiText(lang, 'common', `language.${lang}`) }).click();
    await page.getByRole('textbox', { name: uiText(lang, 'verify', 'codeLabel') }).fill('7KQ3M-9XPA2');
    await page.getByRole('button', { name: uiText(lang, 'verify', 'check') }).click();
    await expect(page.getByText(uiText(lang, 'verify', 'errors.certificate-number'))).toBeVisible();
    await expectNoAxeViolations(page, `verify, typed number (${lang}, 1280 px)`);
    await saveScreenshots(page, `${lang}-verify-number`);
  });
}

test('the old address of the page on how Signaal works without a server still opens it, and moves to its new address without a history entry', async ({ page }) => {
  await page.goto('/#/help');
  const before = await page.evaluate(() => history.length);
  // An old link opened in this tab: one new entry, which the move to the new address replaces.
  await page.evaluate(() => {
    location.hash = '#/without-server';
  });
  await expect(page.getByRole('heading', { level: 1, name: pageTitle('without-server', 'nl') })).toBeVisible();
  await expect(page).toHaveURL(/#\/page\/without-server$/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});
