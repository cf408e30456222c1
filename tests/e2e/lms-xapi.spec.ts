import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playIn } from './support/lms-harness';

// The ordinary build, launched with xAPI launch parameters: statements go to the LRS (played here
// by request routing), the footer says so, and while the LRS is unreachable they wait.
const vignette = loadVignette('hotel-room-214');
const LRS = 'https://lrs.test/xapi/';
const launch = `/?${new URLSearchParams({ endpoint: LRS, auth: 'Basic dGVzdDp0ZXN0', actor: JSON.stringify({ account: { homePage: 'https://lms.test', name: 'learner-12' } }) })}`;

type Received = { verb: { id: string }; object: { id: string } };

function playLrs(page: Page) {
  const received: Received[] = [];
  const lrs = { down: false };
  void page.route(`${LRS}**`, (route: Route) => {
    if (lrs.down) return route.abort('internetdisconnected');
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (request.method() === 'GET') return route.fulfill({ status: 404 });
    if (path.endsWith('/activities/state')) return route.fulfill({ status: 204 });
    const body = request.postDataJSON() as Received | Received[];
    received.push(...(Array.isArray(body) ? body : [body]));
    return request.method() === 'POST' ? route.fulfill({ status: 200, json: [] }) : route.fulfill({ status: 204 });
  });
  return {
    received,
    lrs,
    verbs: () => received.map((s) => s.verb.id.split('/').pop()),
  };
}

const shot = (page: Page, name: string) =>
  page.locator('footer').screenshot({
    path: path.join(test.info().project.testDir, 'screenshots', `${name}.png`),
  });

// A first launch finds no progress document in the LRS: a 404, which the browser logs.
test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] });

test('launched with an LRS endpoint, the app reports to it and tells the learner, in both languages', async ({ page }) => {
  const { verbs } = playLrs(page);
  await page.goto(launch);
  await page.getByRole('button', { name: uiText('nl', 'lms', 'confirm.yes', { host: 'lrs.test' }) }).click();
  await expect(page.getByText(uiText('nl', 'lms', 'reporting.lrs', { host: 'lrs.test' }))).toBeVisible();
  await expect(page.getByText(uiText('nl', 'common', 'footer.privacy'))).toHaveCount(0);
  await expect.poll(verbs).toContain('initialized');
  await expectNoAxeViolations(page, 'home with an LRS (nl)');
  await shot(page, 'nl-lrs-footer-1280');

  // Playing goes as usual; hash routes keep the launch's query.
  await playIn(page, launch, vignette, 'recommended', { scenes: 1 });
  await expect.poll(verbs).toContain('answered');

  await page.getByRole('button', { name: uiText('nl', 'common', 'language.en') }).click();
  await expect(page.getByText(uiText('en', 'lms', 'reporting.lrs', { host: 'lrs.test' }))).toBeVisible();
  await expectNoAxeViolations(page, 'player with an LRS (en)');
  await page.setViewportSize({ width: 360, height: 740 });
  await shot(page, 'en-lrs-footer-360');
});

test.describe('offline', () => {
  // The browser reports each failed request to the unreachable LRS; that is what is being tested.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource.*404/] });

  test('while the LRS cannot be reached, statements wait and the learner plays on; they go when it is back', async ({ page }) => {
    const { lrs, verbs } = playLrs(page);
    lrs.down = true;
    await page.goto(launch);
    await page.getByRole('button', { name: uiText('nl', 'lms', 'confirm.yes', { host: 'lrs.test' }) }).click();
    await expect(page.getByText(uiText('nl', 'lms', 'waiting'))).toBeVisible();
    // The learner plays to the debrief: nothing waits for the LRS.
    await playIn(page, launch, vignette, 'recommended');
    await expectNoAxeViolations(page, 'waiting statements (nl)');
    await shot(page, 'nl-lrs-waiting-1280');
    const waiting = await page.evaluate(
      () => JSON.parse(localStorage.getItem('signaal.lrs-outbox') ?? '{"jobs":[]}').jobs.length as number,
    );
    expect(waiting).toBeGreaterThan(0);

    lrs.down = false;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(verbs, { timeout: 10_000 }).toContain('initialized');
    await expect(page.getByText(uiText('nl', 'lms', 'waiting'))).toHaveCount(0, { timeout: 10_000 });
    expect(verbs()).toEqual(expect.arrayContaining(['initialized', 'experienced', 'answered', 'completed', 'passed']));
  });
});
