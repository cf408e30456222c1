import type { Page } from '@playwright/test';
import { download } from './support/assignment';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';

// The trainer store reads through the same record loader as the learner's progress: what cannot be
// read is kept aside and offered, the rest loads, and a newer version's data is never written over.

const KEY = 'signaal.trainer';
const ASIDE = `${KEY}.set-aside`;
const vignette = loadVignette('hotel-room-214');
const t = (key: string, values?: Record<string, string | number>) => uiText('nl', 'trainer', key, values);
const item = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function buildAssignment(page: Page, title: string) {
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: t('home.new') }).click();
  await page.getByLabel(t('builder.title')).fill(title);
  await page.getByLabel(t('builder.filterForm')).selectOption('sexual');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title.nl}`) }).check();
  await page.getByLabel(t('builder.trainer')).fill('Anna de Vries');
  await page.getByRole('button', { name: t('builder.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const mine = (page: Page) => page.getByRole('region', { name: t('home.mine') });

test("an unreadable record of the trainer's data is kept aside and offered, the rest loads, and the next write keeps it aside", async ({ page }) => {
  await buildAssignment(page, 'Kamer 214');
  const stored = JSON.parse((await item(page, KEY)) ?? '{}') as { state: { assignments: Record<string, unknown> }; version: number };
  stored.state.assignments['broken-one'] = { code: 42, signed: 'not an assignment' };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(stored)] as const);

  await page.goto('/#/trainer');
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: t('data.setAside_one', { count: 1 }) });
  await expect(notice).toBeVisible();
  await expect(mine(page).getByRole('heading', { name: 'Kamer 214' })).toBeVisible();
  const file = await download(page, notice.getByRole('button', { name: t('data.downloadSetAside') }));
  expect(JSON.parse(file.text)).toEqual([expect.objectContaining({ where: expect.stringContaining('broken-one'), value: { code: 42, signed: 'not an assignment' } })]);
  await expectNoAxeViolations(page, 'trainer home, a record kept aside (1280 px)');
  await saveScreenshots(page, 'nl-trainer-data-set-aside', { atNarrow: (narrow) => expectNoAxeViolations(narrow, 'trainer home, a record kept aside (360 px)') });

  // A write after the load: both readable assignments are stored, the unreadable one stays aside.
  await buildAssignment(page, 'Kamer 214 opnieuw');
  const after = JSON.parse((await item(page, KEY)) ?? '{}') as { state: { assignments: Record<string, unknown> } };
  expect(Object.keys(after.state.assignments)).toHaveLength(2);
  expect(JSON.parse((await item(page, ASIDE)) ?? '[]')).toEqual([expect.objectContaining({ value: { code: 42, signed: 'not an assignment' } })]);
});

test("the trainer's data saved by a newer version is left untouched, said, and offered as a copy", async ({ page }) => {
  const newer = JSON.stringify({ state: { assignments: {}, results: {}, goals: ['new'] }, version: 99 });
  await page.goto('/#/trainer');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer] as const);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: t('data.newer', { version: 99 }) });
  await expect(notice).toBeVisible();
  const copy = await download(page, notice.getByRole('button', { name: t('data.downloadNewer') }));
  expect(copy.text).toBe(newer);
  await expectNoAxeViolations(page, 'trainer home, newer data (1280 px)');
  await saveScreenshots(page, 'nl-trainer-data-newer', { atNarrow: (narrow) => expectNoAxeViolations(narrow, 'trainer home, newer data (360 px)') });

  await buildAssignment(page, 'Alleen in dit tabblad');
  expect(await item(page, KEY)).toBe(newer);
});
