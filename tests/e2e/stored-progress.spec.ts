import { loadVignette, uiText, vignettesOfSector } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';
import { chooseMode } from './support/player';

const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);
const vignette = loadVignette('hotel-room-214');
const PROGRESS_KEY = 'signaal.progress';

test('unreadable stored progress gives a clear notice and a working app, never a blank page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), PROGRESS_KEY);
  await page.reload();

  const notice = page.getByRole('alert');
  await expect(notice).toContainText(t('common', 'storage.reset'));
  await expect(page.getByRole('heading', { level: 1, name: t('common', 'home.heading') })).toBeVisible();
  await saveScreenshots(page, 'nl-storage-reset', { narrow: false });

  // The app works: the learner can pick a sector and start the vignette afresh.
  await page.getByRole('link', { name: new RegExp(`^${t('common', 'sector.hotel.name')}\\b`) }).click();
  const card = page.getByRole('listitem').filter({ hasText: vignette.title.nl });
  await expect(card.getByText(t('common', 'catalogue.statusNew'))).toBeVisible();
  await page.getByRole('link', { name: t('common', 'catalogue.start', { title: vignette.title.nl }) }).click();
  await chooseMode(page, 'assessment');
  await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
  await expect(page.getByRole('heading', { level: 2, name: vignette.scenes[0]?.heading.nl ?? '' })).toBeVisible();

  // The notice can be closed, and the fresh progress is stored as readable JSON again.
  await page.getByRole('button', { name: t('common', 'storage.dismiss') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  expect(() => JSON.parse(stored ?? '') as unknown, 'progress is readable JSON again').not.toThrow();

  // After a reload the notice does not come back and the fresh progress is kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: vignette.scenes[0]?.heading.nl ?? '' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('stored progress of the wrong shape is treated like unreadable progress', async ({ page }) => {
  await page.addInitScript((key) => {
    // Only before the first load: the app must be able to write its fresh progress afterwards.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, JSON.stringify({ state: { inProgress: 'nope', completed: [] }, version: 1 }));
  }, PROGRESS_KEY);
  await page.goto('/#/sector/hotel');
  await expect(page.getByRole('alert')).toContainText(t('common', 'storage.reset'));
  await expect(page.getByText(t('common', 'catalogue.statusNew'))).toHaveCount(vignettesOfSector('hotel').length);
  await expect(page.getByText(t('common', 'catalogue.statusInProgress'))).toHaveCount(0);
});
