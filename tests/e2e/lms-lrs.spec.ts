import type { Page } from '@playwright/test';
import { startLoopbackLrs, type LoopbackLrs } from '../support/loopback-lrs';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pathThrough, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playIn } from './support/lms-harness';
import { saveScreenshots } from './support/screenshot';

// The built app launched against Signaal's own loopback LRS/LMS (tests/support/loopback-lrs.ts),
// a real HTTP server on another port: plain xAPI and cmi5 launches, as an LMS makes them.
const hotel = loadVignette('hotel-room-214');
const care = loadVignette('care-gp-employer');
const BASE = Number(process.env.E2E_PORT ?? 4173) + 10;
const account = (name: string) => ({ account: { homePage: 'https://lms.test', name } });
const appOf = (page: Page) => new URL('/', page.url() === 'about:blank' ? test.info().project.use.baseURL : page.url()).toString();
const outboxJobs = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('signaal.lrs-outbox') ?? '{"jobs":[]}') as { jobs: unknown[] }).jobs.length);

/** Answers the question whether results may go to the loopback LRS's host. */
async function confirmHost(page: Page, lrs: LoopbackLrs) {
  const host = new URL(lrs.url).host;
  await page.getByRole('button', { name: uiText('nl', 'lms', 'confirm.yes', { host }) }).click();
}

test.describe.configure({ mode: 'serial' });
// Requests the loopback LRS refuses (a closed cmi5 session), cannot answer (it is down), or
// answers with 404 (no progress document yet, as xAPI says) are logged by the browser.
// (One pattern: Playwright reads a two-element array given to `use` as a value and its options.)
test.use({ allowedConsoleErrors: [/Failed to load resource.*(403|401|404)|ERR_(EMPTY_RESPONSE|CONNECTION)/] });

test('two learners in one browser: each starts from their own progress, and each one’s work goes out under their own name', async ({ page }) => {
  const lrs = await startLoopbackLrs(BASE);
  try {
    const app = appOf(page);
    const ann = lrs.xapiLaunch(app, { actor: account('ann') });
    await page.goto(ann);
    // The LRS is on another origin than the page: the learner is asked first, and nothing goes before.
    await expect(page.getByText(uiText('nl', 'lms', 'confirm.question', { host: new URL(lrs.url).host }))).toBeVisible();
    expect(lrs.requests).toEqual([]);
    await expectNoAxeViolations(page, 'LRS host question (nl)');
    await saveScreenshots(page, 'nl-lrs-confirm-host');
    await confirmHost(page, lrs);
    await expect.poll(() => lrs.verbs()).toContain('initialized');

    await playIn(page, ann, hotel, 'recommended', { scenes: 1 });
    await expect.poll(() => lrs.verbs()).toContain('answered');

    // Bo uses the same browser next.
    const bo = lrs.xapiLaunch(app, { actor: account('bo') });
    await page.goto(bo);
    await expect(page.getByRole('heading', { level: 1, name: uiText('nl', 'common', 'home.heading') })).toBeVisible();
    await playIn(page, bo, care, 'recommended');
    await expect.poll(() => lrs.statements().filter((s) => (s.actor.account as { name: string }).name === 'bo').map((s) => s.verb.id.split('/').pop())).toContain('passed');
    const byName = (name: string) => lrs.statements().filter((s) => (s.actor.account as { name: string }).name === name);
    expect(byName('bo').filter((s) => s.object.id.includes(hotel.id))).toEqual([]);
    expect(byName('ann').filter((s) => s.object.id.includes(care.id))).toEqual([]);

    // Ann comes back: she lands in her vignette, on the scene she was at.
    await page.goto(ann);
    const second = pathThrough(hotel, 'recommended').scenes[1]!;
    await expect(page.getByRole('heading', { level: 2, name: second.heading.nl })).toBeVisible();
  } finally {
    await lrs.stop();
  }
});

test('the outbox is empty after a clean session, and stays empty at the next launch without sending anything twice', async ({ page }) => {
  // Two launches and a whole vignette: on a busy two-core machine this took over 30 s once.
  test.slow();
  const lrs = await startLoopbackLrs(BASE + 1);
  try {
    const launch = lrs.xapiLaunch(appOf(page), { actor: account('cas') });
    await page.goto(launch);
    await confirmHost(page, lrs);
    await playIn(page, launch, hotel, 'recommended');
    await expect.poll(() => lrs.verbs()).toContain('passed');
    await expect(page.getByText(uiText('nl', 'lms', 'waiting'))).toHaveCount(0);
    await expect.poll(() => outboxJobs(page)).toBe(0);

    await page.goto('about:blank');
    await expect.poll(() => lrs.verbs().at(-1)).toBe('terminated');
    await page.goto(launch);
    await expect.poll(() => lrs.verbs().filter((v) => v === 'initialized')).toHaveLength(2);
    await expect.poll(() => outboxJobs(page)).toBe(0);
    const written = lrs.requests.filter((r) => r.path === '/xapi/statements' && r.method !== 'GET' && r.status < 300).flatMap((r) => r.ids);
    expect(written.length).toBe(new Set(written).size);
  } finally {
    await lrs.stop();
  }
});

test('cmi5 with a strict LMS: what a lost session left is refused, the next session arrives as the learner works, and the exit control ends it at the returnURL', async ({ page }) => {
  const lrs = await startLoopbackLrs(BASE + 2, { strict: true });
  try {
    const app = appOf(page);
    const registration = crypto.randomUUID();
    const first = lrs.cmi5Launch(app, { actor: account('dee').account, registration, masteryScore: 0.7, returnURL: `${lrs.origin}/return` });
    await page.goto(first.url);
    await confirmHost(page, lrs);
    await playIn(page, first.url, hotel, 'recommended', { scenes: 1 });
    await expect.poll(() => lrs.verbs()).toContain('answered');
    // The connection is lost as the learner closes the window: the page's last batch never arrives.
    lrs.setDown(true);
    await page.goto('about:blank');
    lrs.setDown(false);

    const second = lrs.cmi5Launch(app, { actor: account('dee').account, registration, masteryScore: 0.7, returnURL: `${lrs.origin}/return` });
    await page.goto(second.url);
    await playIn(page, second.url, hotel, 'recommended', { from: 1 });
    const ofSecond = () => lrs.statements().filter((s) => JSON.stringify(s.context).includes(second.session)).map((s) => s.verb.id.split('/').pop());
    await expect.poll(ofSecond).toContain('passed');
    expect(lrs.requests.some((r) => r.status === 403)).toBe(true);

    const exit = page.getByRole('button', { name: uiText('nl', 'lms', 'exit.button') });
    await expect(exit).toBeVisible();
    await expectNoAxeViolations(page, 'cmi5 exit control (nl)');
    await saveScreenshots(page, 'nl-cmi5-exit-control');
    await exit.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back in the LMS' })).toBeVisible();
    expect(ofSecond().at(-1)).toBe('terminated');
  } finally {
    await lrs.stop();
  }
});

test('a launch the app cannot track says so, in both languages', async ({ page }) => {
  const app = `${test.info().project.use.baseURL}/`;
  const insecure = `${app}?${new URLSearchParams({ endpoint: 'http://lrs.example.org/xapi/', auth: 'Basic eDp5', actor: JSON.stringify(account('eve')) })}`;
  await page.goto(insecure);
  await expect(page.getByRole('alert').filter({ hasText: uiText('nl', 'lms', 'untracked.insecure') })).toBeVisible();
  await expectNoAxeViolations(page, 'untrackable launch (nl)');
  await saveScreenshots(page, 'nl-lrs-untracked');

  const registration = `${app}?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic eDp5', actor: JSON.stringify(account('eve')), registration: 'course-17' })}`;
  await page.goto(registration);
  await expect(page.getByRole('alert').filter({ hasText: uiText('nl', 'lms', 'untracked.registration') })).toBeVisible();
  await page.getByRole('button', { name: uiText('nl', 'common', 'language.en') }).click();
  await expect(page.getByRole('alert').filter({ hasText: uiText('en', 'lms', 'untracked.registration') })).toBeVisible();
  await saveScreenshots(page, 'en-lrs-untracked', { narrow: false });
});
