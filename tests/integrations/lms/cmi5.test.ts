import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialConnection, useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { PROGRESS_STATE_ID } from '../../../src/integrations/lms/progress-state';
import { CONFIRMED_HOSTS_KEY } from '../../../src/integrations/lms/trusted-hosts';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import type { Statement } from '../../../src/integrations/lms/xapi/xapi.types';
import { useProgressStore } from '../../../src/stores/progress-store';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { server } from '../../support/msw-server';
import { scenarioById } from '../../support/scenario-text';
import { learnerPlays, resetProgress } from './support/learner';
import { learningLockerProblems } from './support/learning-locker';
import { statementProblems } from './support/xapi-rules';

// This file runs as an LMS package of two vignettes with a pass mark of 80.
vi.hoisted(() => {
  Object.assign(globalThis, {
    __SIGNAAL_PACKAGE__: { scenarios: ['hotel-room-214', 'care-gp-employer'], passMark: 80, lang: 'nl', activityId: 'https://example.org/courses/signaal', title: 'Signaal' },
  });
});

const ENDPOINT = 'https://lms.test/lrs/';
const FETCH = 'https://lms.test/cmi5/fetch/one-time';
const AU_ID = 'https://example.org/courses/signaal:au';
const ACTIVITY_ID = 'https://lms.test/generated/au/17';
const REGISTRATION = '0e2b8d52-1d6f-4b7a-8f3c-5a9e6d7c8b90';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-4711' } };
const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');

type LaunchData = { launchMode: 'Normal' | 'Browse' | 'Review'; masteryScore?: number; returnURL?: string };

/**
 * A cmi5 LMS with its LRS: fetch URL, LMS.LaunchData, learner preferences, state and statements.
 * Strict, as cmi5 requires of an LMS: a statement of a session that is over (terminated, or
 * abandoned because a new session began) is refused with 403. `down` makes the LRS unreachable.
 */
function cmi5Lms({ launchMode = 'Normal', masteryScore = 0.8, returnURL }: Partial<LaunchData> = {}) {
  const lms = { statements: [] as Statement[], state: undefined as unknown, tokens: 0, sessions: 0, authorizations: new Set<string>(), down: false, refused: 0, stateWrites: 0 };
  const session = () => `session-${lms.sessions}`;
  const closed = new Set<string>();
  // Every statement of a closed session is refused; terminated closes its session.
  const accept = (statement: Statement) => {
    const id = statement.context?.extensions?.[SESSION] as string | undefined;
    if (id && closed.has(id)) return false;
    if (statement.verb.id.endsWith('/terminated') && id) closed.add(id);
    return true;
  };
  const store = (statement: Statement) => {
    if (!lms.statements.some((s) => s.id === statement.id)) lms.statements.push(statement);
  };
  server.use(
    http.post(FETCH, () => {
      // A new session abandons the one before it.
      closed.add(session());
      lms.tokens += 1;
      lms.sessions += 1;
      return HttpResponse.json({ 'auth-token': btoa(`token-${lms.tokens}`) });
    }),
    http.get(`${ENDPOINT}activities/state`, ({ request }) => {
      const url = new URL(request.url);
      lms.authorizations.add(request.headers.get('Authorization') ?? '');
      if (url.searchParams.get('registration') !== REGISTRATION) return new HttpResponse(null, { status: 404 });
      if (url.searchParams.get('stateId') === 'LMS.LaunchData') {
        return HttpResponse.json({
          contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: AU_ID }] }, extensions: { [SESSION]: session() } },
          launchMode,
          moveOn: 'CompletedAndPassed',
          masteryScore,
          ...(returnURL ? { returnURL } : {}),
        });
      }
      if (url.searchParams.get('stateId') === PROGRESS_STATE_ID && lms.state) return HttpResponse.json(lms.state);
      return new HttpResponse(null, { status: 404 });
    }),
    http.put(`${ENDPOINT}activities/state`, async ({ request }) => {
      if (lms.down) return HttpResponse.error();
      if (new URL(request.url).searchParams.get('stateId') !== PROGRESS_STATE_ID) return new HttpResponse(null, { status: 204 });
      lms.state = await request.json();
      lms.stateWrites += 1;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${ENDPOINT}agents/profile`, () => HttpResponse.json({ languagePreference: 'en-GB,nl' })),
    http.put(`${ENDPOINT}statements`, async ({ request }) => {
      if (lms.down) return HttpResponse.error();
      lms.authorizations.add(request.headers.get('Authorization') ?? '');
      const statement = (await request.json()) as Statement;
      // Like an LRS, a statement id already stored is not stored again.
      if (lms.statements.some((s) => s.id === statement.id)) return new HttpResponse(null, { status: 204 });
      if (!accept(statement)) return (lms.refused += 1), new HttpResponse(null, { status: 403 });
      store(statement);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${ENDPOINT}statements`, async ({ request }) => {
      if (lms.down) return HttpResponse.error();
      lms.authorizations.add(request.headers.get('Authorization') ?? '');
      const batch = (await request.json()) as Statement[];
      const fresh = batch.filter((s) => !lms.statements.some((t) => t.id === s.id));
      if (!fresh.every(accept)) return (lms.refused += 1), new HttpResponse(null, { status: 403 });
      fresh.forEach(store);
      return HttpResponse.json(batch.map((s) => s.id));
    }),
    http.get(`${ENDPOINT}statements`, ({ request }) => {
      const found = lms.statements.find((s) => s.id === new URL(request.url).searchParams.get('statementId'));
      return found ? HttpResponse.json(found) : new HttpResponse(null, { status: 404 });
    }),
  );
  return { lms, verbs: () => lms.statements.map((s) => s.verb.id.split('/').pop()) };
}

const launch = () => ({
  scorm: undefined,
  search: `?${new URLSearchParams({ endpoint: ENDPOINT, fetch: FETCH, actor: JSON.stringify(actor), registration: REGISTRATION, activityId: ACTIVITY_ID })}`,
});

const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((a) => a.id);
const defined = (statements: Statement[]) => statements.filter((s) => categories(s).includes(CMI5_CATEGORY));

const sessions: { stop: () => void }[] = [];
const start = async (...args: Parameters<typeof startLearningSystems>) => {
  const session = await startLearningSystems(...args);
  sessions.push(session);
  return session;
};

// Generous limits: a busy CI machine runs these next to builds.
const WAIT = { timeout: 10_000 };

describe('cmi5 launch through @xapi/cmi5', { timeout: 60_000 }, () => {
  afterEach(() => sessions.splice(0).forEach((s) => s.stop()));
  beforeEach(() => {
    resetProgress();
    useConnectionStore.setState(initialConnection);
    // The learner confirmed the LMS's host at an earlier launch.
    localStorage.setItem(CONFIRMED_HOSTS_KEY, JSON.stringify(['https://lms.test']));
  });

  it('initializes, reports the vignettes, completes and passes once, terminates last; every statement valid', async () => {
    const { lms, verbs } = cmi5Lms();
    await start(launch());
    expect(useConnectionStore.getState().lms).toBe('connected');
    expect(useSettingsStore.getState().locale).toBe('en');
    learnerPlays(hotel);
    learnerPlays(care);
    await vi.waitFor(() => expect(verbs()).toContain('passed'), WAIT);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);

    expect(verbs()[0]).toBe('initialized');
    expect(lms.authorizations).toEqual(new Set([`Basic ${btoa('token-1')}`]));
    for (const statement of lms.statements) {
      expect(statementProblems(statement), statement.verb.id).toEqual([]);
      expect(learningLockerProblems(statement), statement.verb.id).toEqual([]);
      expect(statement.actor).toEqual(actor);
      expect(statement.context?.registration).toBe(REGISTRATION);
      expect(statement.context?.extensions?.[SESSION]).toBe('session-1');
      expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).toContain(AU_ID);
    }
    const cmi5Verbs = defined(lms.statements).map((s) => s.verb.id.split('/').pop());
    expect(cmi5Verbs).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    for (const s of defined(lms.statements)) expect(s.object.id).toBe(ACTIVITY_ID);
    const [, completed, passed, terminated] = defined(lms.statements);
    expect(completed?.result).toMatchObject({ completion: true, duration: expect.stringMatching(/^PT/) });
    expect(categories(completed!)).toContain(MOVE_ON);
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 }, duration: expect.stringMatching(/^PT/) });
    expect(passed?.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect(terminated?.result?.duration).toMatch(/^PT/);
    expect(categories(terminated!)).not.toContain(MOVE_ON);
    // Statements about the vignettes are cmi5 allowed ones: no cmi5 or moveOn category.
    const allowed = lms.statements.filter((s) => !categories(s).includes(CMI5_CATEGORY));
    expect(allowed.some((s) => s.verb.id.endsWith('/answered'))).toBe(true);
    expect(allowed.every((s) => !categories(s).includes(MOVE_ON))).toBe(true);
    expect(lms.state).toMatchObject({ version: 2, completedSent: true, passedSent: true, progress: expect.stringMatching(/^v2~/) });
  });

  it('resumes from its state document in a new session and does not repeat completed or passed', async () => {
    const { lms, verbs } = cmi5Lms();
    await start(launch());
    learnerPlays(hotel);
    learnerPlays(care, { stopBefore: 4 });
    await vi.waitFor(() => expect((lms.state as { progress?: string } | undefined)?.progress).toContain('care-gp-employer'), WAIT);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);

    // The learner comes back later: this browser's own storage is empty, the LMS has it all.
    resetProgress();
    const before = lms.statements.length;
    await start(launch());
    const restored = useProgressStore.getState();
    expect(restored.completed[hotel.id]).toHaveLength(1);
    expect(restored.inProgress[care.id]?.events.length).toBeGreaterThan(0);
    expect(localStorage.getItem('signaal.progress')).toBeNull();

    learnerPlays(care);
    await vi.waitFor(() => expect(verbs().slice(before)).toContain('passed'), WAIT);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);
    const second = lms.statements.slice(before);
    expect(second[0]?.verb.id).toMatch(/initialized$/);
    expect(defined(second).map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(second.every((s) => s.context?.extensions?.[SESSION] === 'session-2')).toBe(true);

    // A third session after passing: never a second completed or passed in this registration.
    const third = lms.statements.length;
    resetProgress();
    await start(launch());
    learnerPlays(hotel, { choose: 2 });
    await vi.waitFor(() => expect(lms.statements.length).toBeGreaterThan(third + 3), WAIT);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);
    expect(defined(lms.statements.slice(third)).map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'terminated']);
  });

  for (const launchMode of ['Browse', 'Review'] as const) {
    it(`in ${launchMode} mode judges nothing, not even a vignette, and leaves the progress document as it was`, async () => {
      const { lms, verbs } = cmi5Lms({ launchMode });
      const session = await start(launch());
      learnerPlays(hotel);
      learnerPlays(care);
      await session.settled();
      await vi.waitFor(() => expect(useConnectionStore.getState().waiting).toBe(0), WAIT);
      window.dispatchEvent(new Event('pagehide'));
      await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);
      expect(defined(lms.statements).map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'terminated']);
      expect(verbs()).not.toContain('completed');
      expect(verbs()).not.toContain('passed');
      expect(lms.statements.filter((s) => s.result?.score)).toEqual([]);
      expect(lms.stateWrites).toBe(0);
    });
  }

  it('with an exit control: terminated is delivered, then the learner goes to the LMS’s returnURL', async () => {
    const returnURL = 'https://lms.test/course/17/return';
    const { lms, verbs } = cmi5Lms({ returnURL });
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    await start(launch());
    learnerPlays(hotel);
    const exit = useConnectionStore.getState().exit;
    expect(exit).not.toBeNull();
    await exit?.leave();
    expect(verbs().at(-1)).toBe('terminated');
    expect(useConnectionStore.getState().waiting).toBe(0);
    expect(assign).toHaveBeenCalledWith(returnURL);
    expect(lms.refused).toBe(0);
  });

  it('strict LMS: what an earlier session left is refused, and the new session’s statements still arrive while the learner works', async () => {
    const { lms, verbs } = cmi5Lms();
    await start(launch());
    learnerPlays(hotel);
    await vi.waitFor(() => expect(verbs()).toContain('answered'), WAIT);
    await vi.waitFor(() => expect(useConnectionStore.getState().waiting).toBe(0), WAIT);
    // The connection drops before the page goes away: its last batch never arrives.
    lms.down = true;
    learnerPlays(care, { stopBefore: 4 });
    window.dispatchEvent(new Event('pagehide'));
    sessions.splice(0).forEach((s) => s.stop());

    lms.down = false;
    const before = lms.statements.length;
    await start(launch());
    learnerPlays(care);
    await vi.waitFor(() => expect(lms.statements.slice(before).some((s) => s.verb.id.endsWith('/answered'))).toBe(true), WAIT);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(verbs().at(-1)).toBe('terminated'), WAIT);
    expect(lms.refused).toBeGreaterThan(0);
    expect(lms.statements.slice(before).every((s) => s.context?.extensions?.[SESSION] === 'session-2')).toBe(true);
    expect(lms.statements.slice(before).at(-1)?.context?.extensions?.[SESSION]).toBe('session-2');
  });

  it('uses the LMS mastery score: 100 and 60 average 80, which fails a mastery score of 0.85', async () => {
    const { lms, verbs } = cmi5Lms({ masteryScore: 0.85 });
    await start(launch());
    learnerPlays(hotel);
    learnerPlays(care, { choose: 2 });
    await vi.waitFor(() => expect(verbs()).toContain('failed'), WAIT);
    const failed = lms.statements.find((s) => s.verb.id.endsWith('/failed') && categories(s).includes(CMI5_CATEGORY));
    expect(failed?.result).toMatchObject({ success: false, score: { scaled: 0.8 } });
    expect(statementProblems(failed)).toEqual([]);
  });

  it('tells the learner when the launch cannot be completed, and lets them practise', async () => {
    server.use(http.post(FETCH, () => new HttpResponse(null, { status: 500 })));
    await start(launch());
    expect(useConnectionStore.getState().lms).toBe('unreachable');
    learnerPlays(hotel);
    expect(useProgressStore.getState().completed[hotel.id]).toHaveLength(1);
  });
});
