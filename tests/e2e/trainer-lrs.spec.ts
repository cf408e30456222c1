import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer } from '../support/close-server';
import { freshPage, playAssignedVignette, ui } from './support/assignment';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';

// A loopback xAPI 1.0.3 LRS for this spec (about, statements PUT and GET, `more` paging, the
// version header, Basic auth with a write-only and a reading key, CORS). When the project's shared
// loopback LRS lands in tests/support, this spec moves to it.
const LRS_PORT = Number(process.env.E2E_LRS_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 17);
const ENDPOINT = `http://127.0.0.1:${LRS_PORT}/xapi/`;
const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
const KEYS = { write: ['schrijver', 'alleen-schrijven'], read: ['trainer', 'mag-lezen'] } as const;
const PAGE_SIZE = 1;

type Stored = { statement: { id: string; context?: { contextActivities?: { grouping?: { id: string }[] } }; verb: { id: string } }; stored: string };
const statements: Stored[] = [];
let server: Server;

function send(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
    'Access-Control-Expose-Headers': 'X-Experience-API-Version',
    'X-Experience-API-Version': '1.0.3',
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', ENDPOINT);
  if (req.method === 'OPTIONS') return send(res, 204);
  if (url.pathname === '/xapi/about') return send(res, 200, { version: ['1.0.3'] });
  if (req.headers['x-experience-api-version'] !== '1.0.3') return send(res, 400, { error: 'version header' });
  const auth = req.headers.authorization;
  const role = auth === basic(...KEYS.write) ? 'write' : auth === basic(...KEYS.read) ? 'read' : undefined;
  if (!role) return send(res, 401);
  if (url.pathname !== '/xapi/statements') return send(res, 404);
  if (req.method === 'PUT') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const statement = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Stored['statement'];
    if (statement.id !== url.searchParams.get('statementId')) return send(res, 400);
    if (statements.some((s) => s.statement.id === statement.id)) return send(res, 409);
    statements.push({ statement, stored: new Date().toISOString() });
    return send(res, 204);
  }
  if (req.method !== 'GET') return send(res, 405);
  if (role !== 'read') return send(res, 403);
  const activity = url.searchParams.get('activity');
  const verb = url.searchParams.get('verb');
  const related = url.searchParams.get('related_activities') === 'true';
  const matching = statements.filter(
    ({ statement }) =>
      (!verb || statement.verb.id === verb) &&
      (!activity || (related && (statement.context?.contextActivities?.grouping ?? []).some((a) => a.id === activity))),
  );
  const from = Number(url.searchParams.get('from') ?? 0);
  const page = matching.slice(from, from + PAGE_SIZE);
  const next = new URLSearchParams(url.searchParams);
  next.set('from', String(from + PAGE_SIZE));
  return send(res, 200, { statements: page.map((s) => ({ ...s.statement, stored: s.stored })), more: from + PAGE_SIZE < matching.length ? `/xapi/statements?${next}` : '' });
}

test.beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(LRS_PORT, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await closeServer(server);
});

const vignette = loadVignette('hotel-room-214');
const TITLE = 'Signalen herkennen, team Noord';

// A 403 from the LRS while checking the key is expected: that is how a write-only key shows itself.
test.use({ allowedConsoleErrors: [/status of (401|403)/] });

test('results go to the organisation’s LRS with consent, and the dashboard loads the cohort from it, page by page', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/#/trainer/new');
  await page.getByLabel(ui('trainer', 'builder.title')).fill(TITLE);
  await page.getByLabel(ui('trainer', 'builder.filterSector')).selectOption('hotel');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title.nl}`) }).check();
  await page.getByRole('radio', { name: ui('trainer', 'builder.feedbackMode.end') }).check();
  await page.getByLabel(ui('trainer', 'builder.lrsEndpoint')).fill(ENDPOINT);
  // A key that can read is refused: it would go into every learner's link.
  await page.getByLabel(ui('trainer', 'builder.lrsKey')).fill(KEYS.read[0]);
  await page.getByLabel(ui('trainer', 'builder.lrsSecret')).fill(KEYS.read[1]);
  await page.getByRole('button', { name: ui('trainer', 'builder.submit') }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: ui('trainer', 'builder.error.lrs-can-read') })).toBeVisible();
  await page.getByLabel(ui('trainer', 'builder.lrsKey')).fill(KEYS.write[0]);
  await page.getByLabel(ui('trainer', 'builder.lrsSecret')).fill(KEYS.write[1]);
  await page.getByRole('button', { name: ui('trainer', 'builder.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const link = await page.getByRole('textbox', { name: ui('trainer', 'share.link') }).inputValue();
  const invitation = await page.getByLabel(ui('trainer', 'invite.label', { language: ui('trainer', 'invite.language.nl') })).inputValue();
  expect(invitation).toContain(ui('trainer', 'invite.text.returnLrs', { host: `127.0.0.1:${LRS_PORT}` }));

  const errors: string[] = [];
  const host = `127.0.0.1:${LRS_PORT}`;
  for (const [name, choose, times] of [['Ada Passer', 'recommended', 1], ['Bob Zakker', 'harmful', 2]] as const) {
    const learner = await freshPage(browser, errors);
    await learner.goto(link);
    await expect(learner.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    // Nothing is sent before the learner sees the host and agrees.
    const panel = learner.getByRole('region', { name: ui('assignment', 'lrs.heading') });
    await expect(panel).toContainText(host);
    await panel.getByLabel(ui('assignment', 'result.name')).fill(name);
    await panel.getByRole('button', { name: ui('assignment', 'lrs.send', { host }) }).click();
    await expect(panel.getByRole('alert')).toHaveText(ui('assignment', 'lrs.agreeRequired'));
    await panel.getByRole('checkbox', { name: ui('assignment', 'lrs.agree', { host }) }).check();
    await panel.getByRole('button', { name: ui('assignment', 'lrs.send', { host }) }).click();
    await expect(panel).toContainText(ui('assignment', 'lrs.sending', { host, learner: name }));
    for (let n = 0; n < times; n += 1) {
      await playAssignedVignette(learner, vignette, { flag: (f) => f.signal, choose: n === 0 ? choose : 'recommended', sceneFeedback: false, again: n > 0 });
      await learner.getByRole('link', { name: ui('debrief', 'backToCatalogue') }).click();
      await expect(panel).toContainText(ui('assignment', n === 0 ? 'lrs.allSent_one' : 'lrs.allSent_other', { count: n + 1 }));
    }
    await learner.context().close();
  }
  expect(errors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
  expect(statements).toHaveLength(3);
  expect(JSON.stringify(statements)).not.toContain(basic(...KEYS.read));

  // The trainer loads the cohort with the reading key: three pages of one statement each.
  await page.getByRole('link', { name: ui('trainer', 'share.results') }).click();
  const lrsPanel = page.getByRole('region', { name: ui('trainer', 'lrs.heading') });
  await lrsPanel.getByLabel(ui('trainer', 'lrs.readKey')).fill(KEYS.write[0]);
  await lrsPanel.getByLabel(ui('trainer', 'lrs.readSecret')).fill(KEYS.write[1]);
  await lrsPanel.getByRole('button', { name: ui('trainer', 'lrs.load', { host }) }).click();
  await expect(page.getByText(ui('trainer', 'lrs.error.unauthorized', { host }))).toBeVisible();
  await lrsPanel.getByLabel(ui('trainer', 'lrs.readKey')).fill(KEYS.read[0]);
  await lrsPanel.getByLabel(ui('trainer', 'lrs.readSecret')).fill(KEYS.read[1]);
  await lrsPanel.getByRole('button', { name: ui('trainer', 'lrs.load', { host }) }).click();
  await expect(page.getByText(ui('trainer', 'lrs.loaded', { count: 3, pages: 3, learners: 2, setAside: 0, host }))).toBeVisible();
  // Rescored from the answers: Bob's latest attempt counts, so both passed; Bob has two attempts behind one row.
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 2, passMark: 70 }))).toBeVisible();
  const table = page.getByRole('region', { name: ui('trainer', 'cohort.learnersHeading') }).getByRole('table');
  await expect(table.getByRole('row', { name: /Bob Zakker/ })).toContainText('100%');
  // Loading again replaces what came from the LRS instead of adding it twice.
  await lrsPanel.getByRole('button', { name: ui('trainer', 'lrs.load', { host }) }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  // The reading key was used and is kept nowhere.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(KEYS.read[1]);
  await expectNoAxeViolations(page, 'results from the LRS (1280 px)');
  await saveScreenshots(page, 'lrs-results', { atNarrow: (narrow) => expectNoAxeViolations(narrow, 'results from the LRS (360 px)') });
});
