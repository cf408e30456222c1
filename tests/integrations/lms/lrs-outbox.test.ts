import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../../src/content';
import { initialConnection, useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import { CONFIRMED_HOSTS_KEY } from '../../../src/integrations/lms/trusted-hosts';
import { EXIT_BUDGET_BYTES, OUTBOX_STORAGE_KEY } from '../../../src/integrations/lms/xapi/outbox';
import type { Statement } from '../../../src/integrations/lms/xapi/xapi.types';
import { scenarioById } from '../../support/scenario-text';
import { learnerPlays, resetProgress } from './support/learner';
import { mswLrs } from './support/msw-lrs';

const ENDPOINT = 'https://lrs.test/xapi/';
const launchSearch = (auth = 'Basic bGVhcm5lcjpzZWNyZXQ=') =>
  `?${new URLSearchParams({ endpoint: ENDPOINT, auth, actor: JSON.stringify({ account: { homePage: 'https://lms.test', name: 'ann' } }) })}`;
const hotel = scenarioById('hotel-room-214');
const WAIT = { timeout: 10_000 };

const sessions: { stop: () => void }[] = [];
async function launch(search = launchSearch()) {
  const session = await startLearningSystems({ scorm: undefined, search });
  sessions.push(session);
  return session;
}
const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
const storedJobs = () => (JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '{"jobs":[]}') as { jobs: unknown[] }).jobs;
const verbOf = (s: Statement) => s.verb.id.split('/').pop();

describe('the LRS outbox', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetProgress();
    window.history.replaceState(null, '', '/');
    useConnectionStore.setState(initialConnection);
    localStorage.setItem(CONFIRMED_HOSTS_KEY, JSON.stringify(['https://lrs.test']));
  });
  afterEach(() => sessions.splice(0).forEach((s) => s.stop()));

  it('is empty after a clean session, and the next launch sends nothing of it again', async () => {
    const lrs = mswLrs(ENDPOINT);
    const first = await launch();
    learnerPlays(hotel);
    await first.settled();
    await vi.waitFor(() => expect(useConnectionStore.getState().waiting).toBe(0), WAIT);
    const atExit = lrs.writes.length;
    leave();
    await vi.waitFor(() => expect(lrs.verbs().at(-1)).toBe('terminated'), WAIT);
    // The page's last request: one ordered batch (here only terminated; the rest had arrived).
    const exit = lrs.writes.slice(atExit);
    expect(exit.map((k) => k.request)).toEqual(['POST statements']);
    console.info(`exit burst after a clean session: ${exit.reduce((sum, k) => sum + k.bytes, 0)} bytes`);
    first.stop();

    const before = lrs.requests.length;
    const ids = new Set(lrs.statements().map((s) => s.id));
    const second = await launch();
    await second.settled();
    await vi.waitFor(() => expect(storedJobs()).toEqual([]), WAIT);
    const again = lrs.requests.slice(before).filter((r) => /^(PUT|POST) statements/.test(r) && [...ids].some((id) => r.endsWith(id)));
    expect(again).toEqual([]);
    expect(lrs.requests.slice(before).filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('a statement of an earlier launch that the LRS no longer accepts does not hold up this launch', async () => {
    const lrs = mswLrs(ENDPOINT);
    lrs.state.down = true;
    const first = await launch();
    learnerPlays(hotel, { stopBefore: 4 });
    await first.settled();
    leave();
    first.stop();
    const left = lrs.requests.length;
    expect(storedJobs().length).toBeGreaterThan(3);

    // Its session is over: the LRS refuses what that launch left (403), as a cmi5 LMS must.
    lrs.state.down = false;
    const leftover = (JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY)!) as { jobs: { statement?: Statement }[] }).jobs.flatMap((j) => (j.statement ? [j.statement.id] : []));
    for (const id of leftover) lrs.state.refuse.add(id);
    const second = await launch();
    learnerPlays(hotel);
    await second.settled();
    await vi.waitFor(() => expect(lrs.verbs()).toContain('passed'), WAIT);
    await vi.waitFor(() => expect(useConnectionStore.getState().waiting).toBe(0), WAIT);
    expect(lrs.requests.length).toBeGreaterThan(left);
    expect(useConnectionStore.getState().lrsRefusing).toBe(false);
  });

  it('when the LRS refuses this launch’s own credentials, the learner is told and nothing is lost', async () => {
    const lrs = mswLrs(ENDPOINT);
    lrs.state.status = 401;
    const first = await launch(launchSearch('Basic d3Jvbmc6d3Jvbmc='));
    learnerPlays(hotel, { stopBefore: 3 });
    await first.settled();
    await vi.waitFor(() => expect(useConnectionStore.getState().lrsRefusing).toBe(true), WAIT);
    const waiting = useConnectionStore.getState().waiting;
    expect(waiting).toBeGreaterThan(0);
    first.stop();

    // The next launch brings credentials the LRS accepts: everything arrives, in order.
    lrs.state.status = 204;
    useConnectionStore.setState(initialConnection);
    resetProgress();
    const second = await launch();
    await second.settled();
    await vi.waitFor(() => expect(lrs.verbs().filter((v) => v === 'initialized')).toHaveLength(2), WAIT);
    expect(lrs.verbs()[0]).toBe('initialized');
  });

  it('the page’s last burst stays within the browsers’ keepalive budget, in order, even after a whole course offline', async () => {
    const lrs = mswLrs(ENDPOINT);
    lrs.state.down = true;
    const session = await launch();
    for (const { id } of catalogue) learnerPlays(scenarioById(id));
    await session.settled();
    const atExit = lrs.writes.length;
    leave();
    await vi.waitFor(() => expect(lrs.writes.length).toBeGreaterThan(atExit + 1), WAIT);
    const exit = lrs.writes.slice(atExit);
    const burst = exit.reduce((sum, k) => sum + k.bytes, 0);
    const queued = storedJobs().length;
    console.info(`exit burst after a whole course offline: ${burst} bytes in ${exit.length} requests (${queued} jobs waiting)`);
    expect(burst).toBeLessThanOrEqual(EXIT_BUDGET_BYTES);
    expect(EXIT_BUDGET_BYTES).toBeLessThan(64 * 1024);
    expect(exit.map((k) => k.request).sort()).toEqual(['POST statements', 'PUT state']);

    // What did not fit goes at the next launch, in order, after the batch that did.
    lrs.state.down = false;
    session.stop();
    const next = await launch();
    await next.settled();
    await vi.waitFor(() => expect(storedJobs()).toEqual([]), WAIT);
    const verbs = lrs.statements().map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed' || v === 'failed').length).toBeGreaterThanOrEqual(catalogue.length);
  });
});
