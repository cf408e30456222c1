import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startLoopbackLrs } from '../support/loopback-lrs';
import { loadVignette, pageTitle, pathThrough, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playThrough } from './support/player';
import { serveStatic } from './support/static-server';

// The built app served as a strict host would: every file with the Content-Security-Policy the
// README recommends (its connect-src pointed at a loopback LRS). Every screen is visited and every
// violation the browser reports (the `securitypolicyviolation` event, or a console message) fails.
// CSP_DIST serves another build (to measure an older one); by default dist/.
const DIST = resolve(process.env.CSP_DIST ?? 'dist');
const LRS_PORT = Number(process.env.E2E_PORT ?? 4173) + 40;
const LRS_IN_README = 'https://lrs.example.org';
const vignette = loadVignette('hotel-room-214');
const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);

/** The policy the README recommends: the one line in it that starts with the header's name. */
function recommendedPolicy() {
  const line = readFileSync('README.md', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Content-Security-Policy: '));
  if (!line) throw new Error('README.md recommends no Content-Security-Policy');
  return line.slice('Content-Security-Policy: '.length).trim();
}

let server: Awaited<ReturnType<typeof serveStatic>>;
let lrs: Awaited<ReturnType<typeof startLoopbackLrs>>;
const policy = () => recommendedPolicy().replace(LRS_IN_README, new URL(lrs.url).origin);

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  lrs = await startLoopbackLrs(LRS_PORT);
  server = await serveStatic(DIST, { 'Content-Security-Policy': policy() });
});
test.afterAll(async () => {
  await server?.stop();
  await lrs?.stop();
});

type Watched = { context: BrowserContext; page: Page; violations: string[]; visited: string[] };

/** A fresh browser on the strict host that records every CSP violation, on any of its pages. */
async function strictBrowser(browser: Browser, { serviceWorkers = 'block' as 'allow' | 'block' } = {}): Promise<Watched> {
  const context = await browser.newContext({ baseURL: server.origin, locale: 'nl-NL', acceptDownloads: true, serviceWorkers });
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`[console] ${message.text()}`);
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => violations.push(`[pageerror] ${error.message}`));
  return { context, page, violations, visited: [] };
}

/** Waits for a screen's heading and notes the screen as visited. */
async function seen(watched: Watched, name: string, heading: string) {
  await expect(watched.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  watched.visited.push(name);
}

async function finish(watched: Watched) {
  // Give late reports (a lazy chunk, an image) a moment to arrive.
  await watched.page.waitForTimeout(300);
  test.info().annotations.push({ type: 'screens', description: `${watched.visited.length}: ${watched.visited.join(', ')}` });
  await watched.context.close();
  expect(watched.violations, `CSP violations on ${watched.visited.join(', ')}`).toEqual([]);
  expect(watched.visited.length).toBeGreaterThan(0);
}

test('the policy is served, and it is strict: no inline script or style, no other origin but the LRS', () => {
  const served = policy();
  expect(served).toMatch(/^default-src 'self';/);
  expect(served).not.toMatch(/unsafe-inline|unsafe-eval|sha256-|nonce-|\*/);
});

test('a learner uses every screen, plays a case to the debrief and gets a certificate, with no CSP violation', async ({ browser }) => {
  test.setTimeout(180_000);
  const watched = await strictBrowser(browser, { serviceWorkers: 'allow' });
  const { page } = watched;
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(policy());
  await seen(watched, 'home (prerendered)', t('common', 'home.heading'));
  // The linked stylesheet applies: its custom properties are set.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).toBe('#0b5394');
  await page.getByRole('link', { name: t('common', 'sector.hotel.name'), exact: true }).click();
  await seen(watched, 'sector', t('common', 'catalogue.heading', { sector: t('common', 'sector.hotel.name') }));
  await page.goto('/#/help');
  await seen(watched, 'help', pageTitle('what-to-do', 'nl'));
  await page.goto('/#/signals');
  await seen(watched, 'signals', t('help', 'signals.heading'));
  await page.locator('details summary').first().click();
  await page.goto('/#/introduction');
  await seen(watched, 'introduction', pageTitle('introduction', 'nl'));
  for (const id of ['about', 'privacy']) {
    await page.goto(`/#/page/${id}`);
    await seen(watched, id, pageTitle(id, 'nl'));
  }
  await page.goto('/#/without-server');
  await seen(watched, 'without-server', pageTitle('without-server', 'nl'));

  await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'recommended' });
  watched.visited.push('player', 'debrief');
  // The review is part of the debrief now; its old address still leads there.
  await page.goto('/#/review/hotel-room-214');
  await expect(page).toHaveURL(/#\/debrief\/hotel-room-214$/);
  watched.visited.push('review (the debrief, from its old address)');
  await page.getByRole('link', { name: t('debrief', 'certificateLink') }).click();
  await seen(watched, 'certificates', t('certificate', 'heading'));
  await page.getByLabel(t('certificate', 'name')).fill('Nguyễn Thị Hương');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('certificate', 'download') }).click();
  await download;
  await expect(page.getByRole('heading', { level: 2, name: t('certificate', 'resultHeading') })).toBeVisible();
  watched.visited.push('certificate (PDF and QR code made)');
  await page.getByRole('link', { name: t('certificate', 'verifyLink') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('verify', 'verdict.valid') })).toBeVisible();
  watched.visited.push('verify (valid certificate)');

  await page.goto('/#/progress');
  await seen(watched, 'progress', t('progress', 'heading'));
  await page.getByRole('button', { name: t('progress', 'data.erase') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await seen(watched, 'progress in English', uiText('en', 'progress', 'heading'));
  await page.goto('/#/');
  await seen(watched, 'home in English (rendered fresh)', uiText('en', 'common', 'home.heading'));
  // The service worker installs under the same policy (it caches the build with workbox).
  expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null))).toBe(true);
  watched.visited.push('service worker');
  await finish(watched);
});

test("a trainer builds an assignment, shares it and opens the results; a learner opens it; with no CSP violation", async ({ browser }) => {
  test.setTimeout(120_000);
  const watched = await strictBrowser(browser);
  const { page } = watched;
  const tr = (key: string, values?: Record<string, string | number>) => t('trainer', key, values);
  await page.goto('/#/trainer');
  await seen(watched, 'trainer home', tr('home.heading'));
  await page.getByRole('link', { name: tr('home.howItWorks') }).click();
  await seen(watched, 'without-server from the trainer', pageTitle('without-server', 'nl'));
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: tr('home.new') }).click();
  watched.visited.push('assignment builder');
  await page.getByLabel(tr('builder.title')).fill('Oefenen met kamer 214');
  await page.getByLabel(tr('builder.filterForm')).selectOption('sexual');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title.nl}`) }).check();
  await page.getByRole('radio', { name: tr('builder.feedbackMode.scene') }).check();
  await page.getByLabel(tr('builder.due')).fill('2099-06-30');
  await page.getByLabel(tr('builder.trainer')).fill('Anna de Vries');
  await page.getByRole('button', { name: tr('builder.submit') }).click();
  await seen(watched, 'share (link, QR code, invitation)', 'Oefenen met kamer 214');
  await expect(page.getByRole('heading', { level: 2, name: tr('invite.heading') })).toBeVisible();
  const link = await page.getByRole('textbox', { name: tr('share.link') }).inputValue();
  await page.getByRole('link', { name: tr('share.results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  watched.visited.push('results');

  const learner = await watched.context.newPage();
  learner.on('pageerror', (error) => watched.violations.push(`[pageerror] ${error.message}`));
  await learner.goto(link);
  await expect(learner.getByRole('heading', { level: 1 })).toBeVisible();
  watched.visited.push('assignment overview');
  await learner.getByRole('link', { name: t('assignment', 'vignette.start', { title: vignette.title.nl }) }).click();
  await learner.getByRole('button', { name: t('player', 'warning.continue') }).click();
  await learner.getByRole('button', { name: t('player', 'next'), exact: true }).click();
  await expect(learner.getByRole('heading', { level: 2, name: t('player', 'feedback.heading', { scene: vignette.scenes[0]!.heading.nl }) })).toBeVisible();
  watched.visited.push('assignment player with feedback after a scene');
  await page.goto('/#/verify');
  await seen(watched, 'verify', t('verify', 'heading'));
  await finish(watched);
});

test('a learner launched with an LRS confirms its host and sends statements to it, with no CSP violation', async ({ browser }) => {
  test.setTimeout(90_000);
  const watched = await strictBrowser(browser);
  const { page } = watched;
  const launch = lrs.xapiLaunch(`${server.origin}/`, { actor: { account: { homePage: 'https://lms.test', name: 'csp' } } });
  await page.goto(launch);
  const host = new URL(lrs.url).host;
  await page.getByRole('button', { name: uiText('nl', 'lms', 'confirm.yes', { host }) }).click();
  await expect.poll(() => lrs.statements().map((s) => s.verb.id.split('/').pop())).toContain('initialized');
  watched.visited.push('LRS launch (host confirmed, statement sent)');
  const first = pathThrough(vignette, 'recommended').scenes[0]!;
  await page.goto(`${launch}#/play/${vignette.id}`);
  await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
  await expect(page.getByRole('heading', { level: 2, name: first.heading.nl })).toBeVisible();
  await page.getByRole('button', { name: t('player', 'next'), exact: true }).click();
  await expect.poll(() => lrs.statements().length).toBeGreaterThan(1);
  watched.visited.push('player sending to the LRS');
  await finish(watched);
});
