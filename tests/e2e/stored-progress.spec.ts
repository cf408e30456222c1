import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, uiPattern, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { fragmentButton, playPath, playThrough } from './support/player';
import { saveScreenshots } from './support/screenshot';

const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);
const finished = loadVignette('hotel-room-214');
const cleaners = loadVignette('hotel-agency-cleaners');
const PROGRESS_KEY = 'signaal.progress';
const ASIDE_KEY = 'signaal.progress.set-aside';

type Stored = { state: { inProgress: Record<string, { events: unknown[] }>; completed: Record<string, unknown[]> }; version: number };
const stored = async (page: Page) => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null') as Stored | null;

/** Starts a vignette and flags the first fragment of its first scene: two events stored. */
async function startAndFlag(page: Page) {
  await page.goto(playPath(cleaners.id));
  await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
  const first = cleaners.scenes[0]?.fragments[0];
  if (!first) throw new Error('no fragment');
  await fragmentButton(page, first).click();
  await expect(fragmentButton(page, first)).toHaveAttribute('aria-pressed', 'true');
}

const cardOf = (page: Page, title: string) => page.getByRole('listitem').filter({ hasText: title });

test('a later visit has its stored progress on the first screen it shows: never a finished vignette shown as new, the home screen hydrated', async ({ context, page }) => {
  await playThrough(page, finished, { flag: (f) => f.signal, choose: 'recommended' });
  const later = await context.newPage();
  // From before the page's scripts run: every status the finished vignette's card ever shows, and
  // whether the prerendered home screen was thrown away instead of hydrated.
  await later.addInitScript(
    ({ title }) => {
      const seen = { statuses: [] as string[], removedFromRoot: 0 };
      Object.assign(window, { seen });
      new MutationObserver((records) => {
        for (const record of records) if (record.target instanceof Element && record.target.id === 'root') seen.removedFromRoot += record.removedNodes.length;
        for (const card of document.querySelectorAll('.card')) {
          const meta = card.querySelector('.card-meta')?.textContent;
          if (card.querySelector('.card-title')?.textContent === title && meta && seen.statuses.at(-1) !== meta) seen.statuses.push(meta);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    { title: finished.title.nl },
  );
  type Seen = { statuses: string[]; removedFromRoot: number };
  const seen = () => later.evaluate(() => (window as unknown as { seen: Seen }).seen);

  await later.goto('/#/sector/hotel');
  await expect(cardOf(later, finished.title.nl).getByText(t('common', 'catalogue.statusCompleted'))).toBeVisible();
  const { statuses } = await seen();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((status) => status.includes(t('common', 'catalogue.statusCompleted')))).toBe(true);

  await later.goto('/');
  await expect(later.getByRole('heading', { level: 1, name: t('common', 'home.heading') })).toBeVisible();
  await later.waitForFunction(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')));
  expect((await seen()).removedFromRoot).toBe(0);
});

test.describe('two tabs of one browser', () => {
  test('a vignette finished in one tab survives steps recorded afterwards in a tab that never heard of it', async ({ context, page }) => {
    const older = await context.newPage();
    // This tab hears nothing of the other: every write it makes must merge with what is stored.
    await older.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
    await older.goto('/#/sector/hotel');
    await expect(cardOf(older, finished.title.nl).getByText(t('common', 'catalogue.statusNew'))).toBeVisible();

    // Chromium does not paint a tab in the background: each tab is brought to the front to act in it.
    await page.bringToFront();
    await playThrough(page, finished, { flag: (f) => f.signal, choose: 'recommended' });
    await older.bringToFront();
    await startAndFlag(older);

    const state = (await stored(page))?.state;
    expect(Object.keys(state?.completed ?? {})).toEqual([finished.id]);
    expect(state?.inProgress[cleaners.id]?.events).toHaveLength(2);
    // The older tab took the finished vignette in as it wrote: its own screens show it too.
    await older.goto('/#/sector/hotel');
    await expect(cardOf(older, finished.title.nl).getByText(t('common', 'catalogue.statusCompleted'))).toBeVisible();
    await expect(cardOf(older, cleaners.title.nl).getByText(t('common', 'catalogue.statusInProgress'))).toBeVisible();
    await page.goto('/#/progress');
    await expect(page.getByRole('region', { name: t('progress', 'completedHeading') }).getByRole('heading', { name: finished.title.nl })).toBeVisible();
  });

  test("the other tab's screens follow at once: the progress screen and the catalogue", async ({ context, page }) => {
    const watching = await context.newPage();
    await watching.goto('/#/progress');
    await expect(watching.getByText(t('progress', 'empty'))).toBeVisible();
    await page.bringToFront();
    await playThrough(page, finished, { flag: (f) => f.signal, choose: 'recommended' });
    await watching.bringToFront();
    await expect(watching.getByRole('region', { name: t('progress', 'completedHeading') }).getByRole('heading', { name: finished.title.nl })).toBeVisible();
    await watching.goto('/#/sector/hotel');
    await page.bringToFront();
    await startAndFlag(page);
    await watching.bringToFront();
    await expect(cardOf(watching, cleaners.title.nl).getByText(t('common', 'catalogue.statusInProgress'))).toBeVisible();
    await expect(cardOf(watching, finished.title.nl).getByText(t('common', 'catalogue.statusCompleted'))).toBeVisible();
  });
});

test.describe('stored progress that cannot be read', () => {
  test('one unreadable record is kept aside, offered as a download, and the rest loads', async ({ page }) => {
    await playThrough(page, finished, { flag: (f) => f.signal, choose: 'recommended' });
    const unknownStep = { contentVersion: 1, events: [{ type: 'learner.rewind' }] };
    await page.evaluate(
      ([key, id, walk]) => {
        const value = JSON.parse(localStorage.getItem(key) ?? '{}') as Stored;
        value.state.inProgress[id] = walk as { events: unknown[] };
        localStorage.setItem(key, JSON.stringify(value));
      },
      [PROGRESS_KEY, cleaners.id, unknownStep] as const,
    );
    await page.goto('/#/progress');
    await page.reload();
    const notice = page.getByRole('alert');
    await expect(notice).toHaveText(new RegExp(uiText('nl', 'storage', 'setAside_one').slice(0, 40)));
    await expect(page.getByRole('region', { name: t('progress', 'completedHeading') }).getByRole('heading', { name: finished.title.nl })).toBeVisible();
    await expect(page.getByText(uiPattern('nl', 'progress', 'data.setAsideHelp_one'))).toBeVisible();
    await saveScreenshots(page, 'nl-progress-set-aside', { atNarrow: (p) => expectNoAxeViolations(p, 'progress, set aside, 360') });
    await expectNoAxeViolations(page, 'progress, set aside, 1280');

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: uiText('nl', 'storage', 'downloadSetAside') }).click()]);
    const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))) as {
      records: { where: string; value: unknown }[];
    };
    expect(file.records).toEqual([expect.objectContaining({ where: `progress/inProgress/${cleaners.id}`, value: unknownStep })]);

    // Once it is safe aside, the learner's next step stores the readable rest without it.
    await notice.getByRole('button', { name: uiText('nl', 'storage', 'dismiss') }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const state = (await stored(page))?.state;
    expect(state?.inProgress[cleaners.id]).toBeUndefined();
    expect(Object.keys(state?.completed ?? {})).toEqual([finished.id]);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('unparsable progress is kept aside whole, and the app works and stores afresh', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), PROGRESS_KEY);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(uiText('nl', 'storage', 'unreadableKept'));
    await expect(page.getByRole('heading', { level: 1, name: t('common', 'home.heading') })).toBeVisible();
    await saveScreenshots(page, 'nl-storage-unreadable', { narrow: false });
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), ASIDE_KEY)) ?? '[]')).toEqual([expect.objectContaining({ value: '{not json' })]);
    await startAndFlag(page);
    expect((await stored(page))?.state.inProgress[cleaners.id]?.events).toHaveLength(2);
  });

  test('progress saved by a newer version is shown as far as it can be read and never written over', async ({ page }) => {
    const newer = JSON.stringify({ state: { inProgress: {}, completed: {}, goals: [] }, version: 99 });
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, newer] as const);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(uiText('nl', 'storage', 'newerStore'));
    await startAndFlag(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(newer);
  });
});

test('a save the browser refuses is said at once, with the export, and retried', async ({ page }) => {
  // A full storage: writes of progress throw while the page says so.
  await page.addInitScript(() => {
    const write = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full && key.startsWith('signaal.progress')) throw new DOMException('full', 'QuotaExceededError');
      write.call(this, key, value);
    };
  });
  await page.goto(playPath(cleaners.id));
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(uiText('nl', 'storage', 'saveFailed'));
  await expect(alert.getByRole('button', { name: uiText('nl', 'storage', 'downloadProgress') })).toBeVisible();
  await saveScreenshots(page, 'nl-storage-save-failed', { atNarrow: (p) => expectNoAxeViolations(p, 'save failed, 360') });
  expect(await stored(page)).toBeNull();

  await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
  // Retried when the page is hidden and shown again, without waiting for another step.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('status').filter({ hasText: uiText('nl', 'storage', 'savedAgain') })).toBeVisible();
  expect((await stored(page))?.state.inProgress[cleaners.id]?.events).toHaveLength(1);
});

test('a progress file from a newer Signaal is added consistently: unknown attempts kept and said, impossible ones left out', async ({ browser, page }) => {
  await playThrough(page, finished, { flag: (f) => f.signal, choose: 'recommended' });
  await page.goto('/#/progress');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('progress', 'data.export') }).click()]);
  const file = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8')) as {
    progress: { completed: Record<string, Record<string, unknown>[]> };
  };
  const [attempt] = file.progress.completed[finished.id] ?? [];
  if (!attempt) throw new Error('no attempt exported');
  // As a later release would write it: a vignette this build lacks, a newer version of one it has,
  // an edited attempt, and ids that are names of every object's own properties.
  file.progress.completed['a-case-from-a-later-release'] = [{ ...attempt, scenarioId: 'a-case-from-a-later-release' }];
  file.progress.completed[finished.id] = [attempt, { ...attempt, contentVersion: Number(attempt.contentVersion) + 1 }, { ...attempt, flags: ['not-in-the-story'] }];
  const text = JSON.stringify(file).replace('"completed":{', `"completed":{"constructor":[${JSON.stringify(attempt)}],"__proto__":[${JSON.stringify(attempt)}],`);

  // On another device: a fresh browser with progress of its own.
  const device = await browser.newContext();
  const laptop = await device.newPage();
  await startAndFlag(laptop);
  await laptop.goto('/#/progress');
  await laptop.getByLabel(t('progress', 'data.importLabel')).setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = laptop.getByRole('dialog', { name: t('progress', 'data.importTitle') });
  await expect(dialog).toContainText(t('progress', 'data.importConfirm_other', { count: 4 }));
  await expect(dialog).toContainText(t('progress', 'data.plan.kept_other', { count: 2 }));
  await expect(dialog).toContainText(t('progress', 'data.plan.impossible_one'));
  await expect(dialog).toContainText(t('progress', 'data.plan.unreadable_other', { count: 2 }));
  await saveScreenshots(laptop, 'nl-progress-import-dialog', { atNarrow: (p) => expectNoAxeViolations(p, 'import dialog, 360') });
  await dialog.getByRole('button', { name: t('progress', 'data.confirmImport') }).click();
  await expect(laptop.getByText(t('progress', 'data.imported_one'))).toBeVisible();
  await expect(laptop.getByText(t('progress', 'keptUnknown_other', { count: 2 }))).toBeVisible();
  await expect(laptop.getByRole('region', { name: t('progress', 'completedHeading') }).getByRole('heading', { name: finished.title.nl })).toBeVisible();
  await saveScreenshots(laptop, 'nl-progress-imported', { atNarrow: (p) => expectNoAxeViolations(p, 'progress after import, 360') });
  await expectNoAxeViolations(laptop, 'progress after import, 1280');

  // Every screen agrees: the debrief and the catalogue show the attempt this build can read.
  await laptop.goto(`/#/debrief/${finished.id}`);
  await expect(laptop.getByRole('heading', { level: 1, name: t('debrief', 'heading', { title: finished.title.nl }) })).toBeVisible();
  await laptop.goto('/#/sector/hotel');
  await expect(cardOf(laptop, finished.title.nl).getByText(t('common', 'catalogue.statusCompleted'))).toBeVisible();
  await expect(cardOf(laptop, cleaners.title.nl).getByText(t('common', 'catalogue.statusInProgress'))).toBeVisible();
  // The unknown ones stay stored for a later Signaal; nothing became a property of an object.
  const state = (await stored(laptop))?.state;
  expect(Object.keys(state?.completed ?? {}).sort()).toEqual(['a-case-from-a-later-release', finished.id]);
  expect(state?.completed[finished.id]).toHaveLength(2);
  await device.close();
});

test('in English too: a record kept aside is said, and the progress screen offers it', async ({ page }) => {
  const raw = JSON.stringify({ state: { inProgress: { [cleaners.id]: { contentVersion: 1, events: [{ type: 'learner.rewind' }] } }, completed: {} }, version: 1 });
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem('signaal.settings', JSON.stringify({ state: { locale: 'en', sector: null }, version: 1 }));
      localStorage.setItem(key, value);
    },
    [PROGRESS_KEY, raw] as const,
  );
  await page.goto('/#/progress');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(new RegExp(uiText('en', 'storage', 'setAside_one').slice(0, 40)));
  await expect(page.getByText(uiPattern('en', 'progress', 'data.setAsideHelp_one'))).toBeVisible();
  await saveScreenshots(page, 'en-progress-set-aside', { atNarrow: (p) => expectNoAxeViolations(p, 'progress, set aside, en, 360') });
  await expectNoAxeViolations(page, 'progress, set aside, en, 1280');
});
