import { uiText } from './support/content';
import { expect, test } from './support/fixtures';

const t = (namespace: string, key: string) => uiText('en', namespace, key);

test('erase everything removes progress, the trainer key and data and waiting statements, and keeps English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: t('common', 'language.en') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A case started, a trainer key made, something waiting for an LRS.
  await page.goto('/#/play/hotel-room-214');
  await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
  await page.goto('/#/trainer');
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toContain('signaal-keys');
  await page.evaluate(() => localStorage.setItem('signaal.lrs-outbox', JSON.stringify({ version: 1, jobs: [] })));
  const before = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(before).toEqual(expect.arrayContaining(['signaal.progress', 'signaal.settings', 'signaal.lrs-outbox']));

  await page.goto('/#/progress');
  await page.getByRole('button', { name: t('progress', 'data.erase') }).click();
  const dialog = page.getByRole('dialog', { name: t('progress', 'data.eraseTitle') });
  await expect(dialog).toContainText(t('progress', 'data.eraseBody'));
  await dialog.getByRole('button', { name: t('progress', 'data.confirmErase') }).click();

  // Back on the start page after a reload, still in English.
  await expect(page.getByRole('heading', { level: 1, name: t('common', 'home.heading') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['signaal.settings']);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('signaal.settings') ?? '{}').state)).toEqual({ locale: 'en', sector: null });
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain('signaal-keys');
  await expect(page.getByRole('heading', { name: t('common', 'home.continueHeading') })).toHaveCount(0);
});
