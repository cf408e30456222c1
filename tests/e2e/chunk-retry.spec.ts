import { expectNoAxeViolations } from './support/axe';
import { pageTitle, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';

// The failed fetch and the error it causes are what this test is about.
// (A list option is given as [value, options], or Playwright reads the list itself as that pair.)
test.use({
  allowedConsoleErrors: [[/Failed to load resource/, /Failed to fetch dynamically imported module/, /a screen could not be loaded/], { scope: 'test' }],
});

for (const lang of ['nl', 'en'] as const) {
  const t = (key: string) => uiText(lang, 'common', key);

  test(`a screen whose code did not arrive loads when the learner tries again (${lang})`, async ({ page }) => {
    let fail = true;
    await page.route(/\/assets\/help-screen-[^/]+\.js$/, async (route) => {
      if (!fail) return route.continue();
      fail = false;
      return route.abort('internetdisconnected');
    });
    await page.goto('/');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: t('nav.help') }).click();

    const notice = page.getByRole('alert');
    await expect(notice.getByRole('heading', { name: t('status.errorHeading') })).toBeVisible();
    await expect(notice).not.toContainText(t('status.renderErrorHeading'));
    // The same screen in both languages: one axe scan (at both widths) is enough.
    if (lang === 'nl') {
      await saveScreenshots(page, `${lang}-chunk-load-error`, { atNarrow: (p) => expectNoAxeViolations(p, 'load error, 360 px') });
      await expectNoAxeViolations(page, 'load error');
    } else {
      await saveScreenshots(page, `${lang}-chunk-load-error`);
    }

    await notice.getByRole('button', { name: t('status.retry') }).click();
    await expect(page.getByRole('heading', { level: 1, name: pageTitle('what-to-do', lang) })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
