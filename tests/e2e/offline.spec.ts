import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../support/static-server';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pathThrough, uiText, vignettesOfSector, type Lang, type Vignette } from './support/content';
import { expect, test } from './support/fixtures';
import { chooseMode, fragmentButton } from './support/player';
import { DESKTOP, expectNoHorizontalScroll, saveScreenshots } from './support/screenshot';

// These tests serve dist/ themselves, from a subfolder of a plain static host, so they can take the
// host away: with the server closed as well as the browser offline, whatever still works can only
// come from the service worker's cache.

const DIST = resolve('dist');
// Each test installs the service worker (the whole build, cached) before it starts; give it time.
test.describe.configure({ timeout: 90_000 });
test.use({ serviceWorkers: 'allow' });
const t = (lang: Lang, namespace: string, key: string, values?: Record<string, string | number>) => uiText(lang, namespace, key, values);

// A private copy of the build, so a rebuild of dist/ during the run cannot mix two versions.
let build: string;
test.beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), 'signaal-offline-'));
  cpSync(DIST, build, { recursive: true });
});
test.afterAll(() => rmSync(build, { recursive: true, force: true }));

let server: StaticServer;
test.beforeEach(async () => {
  server = await serveStatic(build, { prefix: '/signaal/' });
});
test.afterEach(async () => {
  await server.close().catch(() => undefined);
});

/** Waits until the service worker has cached everything (it takes control from the next load on). */
async function untilOfflineReady(page: Page) {
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 15_000 }).toBe('activated');
}

/** Plays a vignette from its sector page to the debrief, the way a learner clicks through it. */
async function playFromSector(page: Page, vignette: Vignette, lang: Lang, { reloadAtScene }: { reloadAtScene: number }) {
  const { scenes, option } = pathThrough(vignette, 'recommended');
  await page.getByRole('link', { name: t(lang, 'common', 'catalogue.start', { title: vignette.title[lang] }) }).click();
  await chooseMode(page, 'assessment', lang);
  await page.getByRole('button', { name: t(lang, 'player', 'warning.continue') }).click();
  for (const [index, scene] of scenes.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
    const signals = scene.fragments.filter((f) => f.signal);
    for (const fragment of signals) await fragmentButton(page, fragment, lang).click();
    if (index === reloadAtScene) {
      // Progress is saved on the device with every step, also offline: a reload resumes here.
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
      for (const fragment of signals) await expect(fragmentButton(page, fragment, lang)).toHaveAttribute('aria-pressed', 'true');
    }
    if (scene.type === 'decide') {
      await page.getByRole('radio', { name: (scene.chosen ?? option).label[lang] }).check();
      await page.getByRole('button', { name: t(lang, 'player', 'decision.confirm') }).click();
    } else {
      await page.getByRole('button', { name: t(lang, 'player', 'next'), exact: true }).click();
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'debrief', 'heading', { title: vignette.title[lang] }) })).toBeVisible();
}

test('after one visit, a vignette never opened before plays offline to the debrief, and its progress is saved', async ({ page, context }) => {
  // The last vignette of the last sector: nothing of it was loaded during the online visit.
  const vignette = loadVignette(vignettesOfSector('care').at(-1) ?? '');
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'common', 'home.heading') })).toBeVisible();
  await untilOfflineReady(page);

  await context.setOffline(true);
  await server.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'common', 'home.heading') })).toBeVisible();
  const notice = page.getByText(t('nl', 'offline', 'offline.ready'));
  await expect(notice).toBeVisible();
  await saveScreenshots(page, 'nl-offline-home', { atNarrow: (p) => expectNoAxeViolations(p, 'offline home, 360 px') });
  await expectNoAxeViolations(page, 'offline home');

  await page.getByRole('link', { name: new RegExp(`^${t('nl', 'common', 'sector.care.name')}\\b`) }).click();
  await playFromSector(page, vignette, 'nl', { reloadAtScene: 1 });

  // The completed attempt is stored: after another offline reload the catalogue shows it.
  await page.goto(`${server.url}#/sector/care`);
  const card = page.getByRole('listitem').filter({ hasText: vignette.title.nl });
  await expect(card.getByText(t('nl', 'common', 'catalogue.statusCompleted'))).toBeVisible();
  await expect(notice).toBeVisible();

  // Back online, the notice goes away by itself.
  await context.setOffline(false);
  await expect(notice).toBeHidden();
});

test('a new version waits for the learner, and updating keeps the vignette in progress', async ({ page }) => {
  const vignette = loadVignette('hotel-room-214');
  const [scene] = vignette.scenes;
  if (!scene) throw new Error('the hotel vignette has no scenes');
  const flagged = scene.fragments.filter((f) => f.signal).slice(0, 2);

  await page.goto(server.url);
  await untilOfflineReady(page);
  // A second load is controlled by the worker: only such a page has an old version to replace.
  await page.reload();
  await page.goto(`${server.url}#/play/${vignette.id}`);
  await chooseMode(page, 'assessment');
  await page.getByRole('button', { name: t('nl', 'player', 'warning.continue') }).click();
  for (const fragment of flagged) await fragmentButton(page, fragment).click();

  // A new deploy: the service worker script changes. The browser finds it on the next load.
  server.override('sw.js', `${readFileSync(join(build, 'sw.js'), 'utf8')}\n// next deploy\n`);
  await page.reload();
  const prompt = page.getByText(t('nl', 'update', 'heading'));
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // Nothing changed behind the learner's back: the same scene, the same flags.
  for (const fragment of flagged) await expect(fragmentButton(page, fragment)).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'update prompt');
  await saveScreenshots(page, 'nl-update-prompt', { atNarrow: (p) => expectNoAxeViolations(p, 'update prompt, 360 px') });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(DESKTOP);

  await page.getByRole('button', { name: t('nl', 'update', 'apply') }).click();
  // The page reloads under the new worker and resumes exactly where the learner was.
  await expect(prompt).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 2, name: scene.heading.nl })).toBeVisible();
  for (const fragment of flagged) await expect(fragmentButton(page, fragment)).toHaveAttribute('aria-pressed', 'true');
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { waiting: registration.waiting !== null, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(after).toEqual({ waiting: false, controlled: true });
});

test('an English learner can put a waiting update off until later', async ({ page }) => {
  await page.goto(server.url);
  await untilOfflineReady(page);
  await page.getByRole('button', { name: t('nl', 'common', 'language.en') }).click();
  await page.reload();
  server.override('sw.js', `${readFileSync(join(build, 'sw.js'), 'utf8')}\n// next deploy\n`);
  await page.reload();

  await expect(page.getByText(t('en', 'update', 'heading'))).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(t('en', 'update', 'body'))).toBeVisible();
  await expectNoAxeViolations(page, 'update prompt (English)');
  await saveScreenshots(page, 'en-update-prompt', { narrow: false });
  await page.getByRole('button', { name: t('en', 'update', 'later') }).click();
  await expect(page.getByText(t('en', 'update', 'heading'))).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'common', 'home.heading') })).toBeVisible();
  // Put off, not thrown away: the new version is still waiting for the next visit.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null)).toBe(true);
});
