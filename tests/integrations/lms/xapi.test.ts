import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { initialConnection, useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { CONFIRMED_HOSTS_KEY } from '../../../src/integrations/lms/trusted-hosts';
import { FLAGGED_INDICATORS } from '../../../src/integrations/lms/xapi/statements';
import { createOutbox, OUTBOX_STORAGE_KEY } from '../../../src/integrations/lms/xapi/outbox';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import type { Statement } from '../../../src/integrations/lms/xapi/xapi.types';
import { scenarioById } from '../../support/scenario-text';
import { learnerPlays, resetProgress } from './support/learner';
import { mswLrs } from './support/msw-lrs';
import { learningLockerProblems } from './support/learning-locker';
import { statementProblems } from './support/xapi-rules';

const ENDPOINT = 'https://lrs.test/xapi/';
const AUTH = 'Basic bGVhcm5lcjpzZWNyZXQ=';
const REGISTRATION = '6f1c2c0e-4d2b-4c1a-9f1e-2b7c1a4d5e6f';
const hotel = scenarioById('hotel-room-214');

const lrs = () => mswLrs(ENDPOINT);

const launchSearch = (actor: unknown) =>
  `?${new URLSearchParams({ endpoint: ENDPOINT, auth: AUTH, actor: JSON.stringify(actor), registration: REGISTRATION, activity_id: 'https://example.org/courses/signaal' })}`;

const sessions: { stop: () => void }[] = [];
const start = async (...args: Parameters<typeof startLearningSystems>) => {
  const session = await startLearningSystems(...args);
  sessions.push(session);
  return session;
};

// Generous limits: a busy CI machine runs these next to builds.
const WAIT = { timeout: 10_000 };

describe('xAPI reporting to an LRS named in the launch', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetProgress();
    // The learner confirmed the LRS's host at an earlier launch.
    localStorage.setItem(CONFIRMED_HOSTS_KEY, JSON.stringify(['https://lrs.test']));
  });
  afterEach(() => {
    sessions.splice(0).forEach((s) => s.stop());
    useConnectionStore.setState(initialConnection);
  });

  it('sends initialized, experienced, answered with the flagged indicators, completed and passed, all valid xAPI 1.0.3', async () => {
    const store = lrs();
    await start({ scorm: undefined, search: launchSearch({ mbox: 'mailto:Sam@Example.org', name: 'Sam Jansen' }) });
    learnerPlays(hotel);
    await vi.waitFor(() => expect(store.verbs()).toContain('passed'), WAIT);
    await vi.waitFor(() => expect(store.verbs().slice(-2)).toEqual(['completed', 'passed']), WAIT);

    const verbs = store.verbs();
    expect(verbs[0]).toBe('initialized');
    expect(verbs).toContain('experienced');
    expect(verbs).toContain('answered');
    for (const { statement, headers } of store.received) {
      expect(statementProblems(statement), `${statement.verb.id} ${statement.object.id}`).toEqual([]);
      expect(learningLockerProblems(statement), statement.verb.id).toEqual([]);
      expect(headers.get('X-Experience-API-Version')).toBe('1.0.3');
      expect(headers.get('Authorization')).toBe(AUTH);
      expect(statement.context?.registration).toBe(REGISTRATION);
    }

    // Pseudonymous: an account named by a hash of the address; neither name nor address is sent.
    const body = JSON.stringify(store.received.map((r) => r.statement));
    expect(body).not.toMatch(/Sam Jansen|sam@example\.org|mailto:/i);
    const hash = createHash('sha256').update('mailto:sam@example.org').digest('hex');
    expect(store.received[0]?.statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://lrs.test', name: hash } });

    const answered = store.received.map((r) => r.statement).filter((s) => s.verb.id.endsWith('/answered'));
    const firstScene = hotel.scenes[0]!;
    const first = answered.find((s) => s.object.id === `urn:signaal:vignette:${hotel.id}:scene:${firstScene.id}`);
    const indicators = firstScene.fragments.flatMap((f) => (f.kind === 'signal' ? [f.indicator] : []));
    expect(first?.result?.extensions?.[FLAGGED_INDICATORS]).toEqual([...new Set(indicators)]);
    expect(first?.result?.response?.split('[,]')).toEqual(firstScene.fragments.filter((f) => f.kind === 'signal').map((f) => f.id));
    const decision = answered.find((s) => s.result?.success !== undefined);
    expect(decision?.object.definition?.interactionType).toBe('choice');
    expect(decision?.result?.success).toBe(true);

    const passed = store.received.map((r) => r.statement).find((s) => s.verb.id.endsWith('/passed'));
    expect(passed?.object.id).toBe(`urn:signaal:vignette:${hotel.id}`);
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    expect(useConnectionStore.getState()).toMatchObject({ lrsHost: 'lrs.test', waiting: 0 });

    // Leaving the page ends the session: terminated, with the session's duration, comes last.
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(store.verbs().at(-1)).toBe('terminated'), WAIT);
    const terminated = store.received.at(-1)?.statement;
    expect(statementProblems(terminated)).toEqual([]);
    expect(terminated?.result?.duration).toMatch(/^PT/);
  });

  it('keeps statements while the LRS is unreachable, persisted, and delivers them in order when it is back', async () => {
    const store = lrs();
    store.state.down = true;
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    const outbox = createOutbox({
      lrs: { endpoint: ENDPOINT, auth: AUTH },
      random: () => 0.5,
      setTimer: (run, ms) => {
        delays.push(ms);
        timers.push(run);
        return timers.length;
      },
    });
    const statement = (n: number): Statement => ({
      id: `00000000-0000-4000-8000-00000000000${n}`,
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.test', name: 'x' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      object: { objectType: 'Activity', id: `urn:signaal:vignette:n${n}` },
      timestamp: new Date().toISOString(),
    });
    // Adding never waits for the network: the learner goes on at once.
    for (const n of [1, 2, 3]) outbox.add({ kind: 'statement', statement: statement(n) });
    expect(outbox.waiting()).toBe(3);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await outbox.flush();
      timers.shift()?.();
    }
    await outbox.flush();
    expect(store.received).toEqual([]);
    // Exponential backoff with jitter: 1 s, 2 s, 4 s ... times 0.75 here.
    expect(delays.slice(0, 3)).toEqual([750, 1500, 3000]);
    const stored = JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '{}') as { jobs: unknown[] };
    expect(stored.jobs).toHaveLength(3);

    // A reload: a new outbox reads the stored jobs; the LRS is back.
    store.state.down = false;
    const afterReload = createOutbox({ lrs: { endpoint: ENDPOINT, auth: AUTH } });
    await afterReload.flush();
    expect(store.received.map((r) => r.statement.id)).toEqual([1, 2, 3].map((n) => statement(n).id));
    expect(afterReload.waiting()).toBe(0);
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '{}')).toEqual({ version: 2, jobs: [] });
  });

  it('drops a statement the LRS rejects as invalid, and waits for new credentials after a refusal', async () => {
    const store = lrs();
    const outbox = createOutbox({ lrs: { endpoint: ENDPOINT, auth: AUTH }, setTimer: () => 0 });
    const statement: Statement = {
      id: '00000000-0000-4000-8000-000000000009',
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.test', name: 'x' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      object: { objectType: 'Activity', id: 'urn:signaal:vignette:x' },
      timestamp: new Date().toISOString(),
    };
    store.state.status = 401;
    outbox.add({ kind: 'statement', statement });
    await outbox.flush();
    expect(outbox.waiting()).toBe(1);
    store.state.status = 400;
    outbox.retryNow();
    await outbox.flush();
    expect(outbox.waiting()).toBe(0);
  });

  it('ignores a stored outbox that is not its own format', async () => {
    localStorage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ version: 1, jobs: [{ kind: 'statement', endpoint: ENDPOINT, statement: { id: 'nope' } }] }));
    expect(createOutbox({ lrs: { endpoint: ENDPOINT, auth: AUTH } }).waiting()).toBe(0);
    localStorage.setItem(OUTBOX_STORAGE_KEY, '{not json');
    expect(createOutbox({ lrs: { endpoint: ENDPOINT, auth: AUTH } }).waiting()).toBe(0);
  });

  it('the rule checker itself rejects statements that break xAPI 1.0.3', () => {
    const valid = {
      id: '00000000-0000-4000-8000-000000000001',
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.test', name: 'x' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: { objectType: 'Activity', id: 'urn:signaal:vignette:x' },
      result: { score: { scaled: 0.5, raw: 50, min: 0, max: 100 }, duration: 'PT1M2.5S' },
      timestamp: '2026-01-01T10:00:00.000Z',
    };
    expect(statementProblems(valid)).toEqual([]);
    expect(statementProblems({ ...valid, actor: undefined })).toContain('statement.actor: required');
    expect(statementProblems({ ...valid, actor: { ...valid.actor, mbox: 'mailto:a@b.c' } }).join()).toMatch(/exactly one inverse functional identifier/);
    expect(statementProblems({ ...valid, result: { score: { scaled: 2 } } }).join()).toMatch(/scaled/);
    expect(statementProblems({ ...valid, result: { duration: '90 seconds' } }).join()).toMatch(/duration/);
    expect(statementProblems({ ...valid, context: { language: null } }).join()).toMatch(/null/);
    expect(statementProblems({ ...valid, verb: { id: 'passed' } }).join()).toMatch(/verb.id/);
  });
});
