import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialConnection, useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import { CONFIRMED_HOSTS_KEY } from '../../../src/integrations/lms/trusted-hosts';
import { scoreAttempt } from '../../../src/engine';
import { ATTEMPT_MODE, createStatementFactory } from '../../../src/integrations/lms/xapi/statements';
import { courseActivity } from '../../../src/integrations/lms/xapi/xapi-adapter';
import { useProgressStore } from '../../../src/stores/progress-store';
import { scenarioById } from '../../support/scenario-text';
import { learnerPlays, resetProgress } from './support/learner';
import { learningLockerProblems } from './support/learning-locker';
import { mswLrs } from './support/msw-lrs';
import { playThrough } from './support/walks';

const ENDPOINT = 'https://lrs.test/xapi/';
const AUTH = 'Basic bGVhcm5lcjpzZWNyZXQ=';
const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');

const search = (params: Record<string, string>) => `?${new URLSearchParams({ endpoint: ENDPOINT, auth: AUTH, ...params })}`;
const account = (name: string) => JSON.stringify({ account: { homePage: 'https://lms.test', name } });

const sessions: { stop: () => void }[] = [];
async function launch(query: string) {
  const session = await startLearningSystems({ scorm: undefined, search: query });
  sessions.push(session);
  return session;
}
const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
const confirmed = () => localStorage.setItem(CONFIRMED_HOSTS_KEY, JSON.stringify(['https://lrs.test']));
const WAIT = { timeout: 10_000 };

describe('plain xAPI launches', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetProgress();
    window.history.replaceState(null, '', '/');
    useConnectionStore.setState(initialConnection);
  });
  afterEach(() => sessions.splice(0).forEach((s) => s.stop()));

  it('on a shared computer, a second learner starts from their own progress and reports only their own work', async () => {
    confirmed();
    const lrs = mswLrs(ENDPOINT);
    const ann = await launch(search({ actor: account('ann') }));
    learnerPlays(hotel, { stopBefore: 5 });
    await ann.settled();
    leave();
    ann.stop();
    await vi.waitFor(() => expect(lrs.verbs().at(-1)).toBe('terminated'), WAIT);

    // Bo launches in the same browser: nothing of Ann's shows, nothing of Ann's goes out as Bo's.
    const bo = await launch(search({ actor: account('bo') }));
    expect(useProgressStore.getState().inProgress).toEqual({});
    learnerPlays(care);
    await bo.settled();
    await vi.waitFor(() => expect(lrs.verbs()).toContain('passed'), WAIT);
    const bos = lrs.statements().filter((s) => s.actor.account.name === 'bo');
    expect(bos.filter((s) => s.object.id.includes(hotel.id))).toEqual([]);
    expect(bos.some((s) => s.object.id.includes(care.id))).toBe(true);
    for (const statement of lrs.statements()) expect(learningLockerProblems(statement)).toEqual([]);
    leave();
    bo.stop();

    // Ann comes back: her own vignette, where she left it.
    resetProgress();
    await launch(search({ actor: account('ann') }));
    expect(useProgressStore.getState().inProgress[hotel.id]?.events).toHaveLength(5);
    expect(useProgressStore.getState().completed[care.id]).toBeUndefined();
    expect(localStorage.getItem('signaal.progress') ?? '').not.toContain(hotel.id);
  });

  it('accepts the actor forms of Tin Can 0.9x launches', async () => {
    confirmed();
    const lrs = mswLrs(ENDPOINT);
    await launch(search({ actor: JSON.stringify({ mbox: ['mailto:sam@example.org'], name: ['Sam'], objectType: 'Agent' }) }));
    await vi.waitFor(() => expect(lrs.verbs()).toContain('initialized'), WAIT);
    const hash = createHash('sha256').update('mailto:sam@example.org').digest('hex');
    expect(lrs.statements()[0]?.actor.account).toEqual({ homePage: 'https://lrs.test', name: hash });

    await launch(search({ actor: JSON.stringify({ account: [{ accountServiceHomePage: 'https://lms.test', accountName: 'learner-9' }] }) }));
    await vi.waitFor(() => expect(lrs.statements().map((s) => s.actor.account.name)).toContain('learner-9'), WAIT);
  });

  for (const [why, query, reason] of [
    ['a registration that is not a UUID', search({ actor: account('ann'), registration: 'course-17' }), 'registration'],
    ['an actor it cannot read', search({ actor: '{"name":"Ann"' }), 'invalid'],
    ['an LRS over plain http', `?${new URLSearchParams({ endpoint: 'http://lrs.test/xapi/', auth: AUTH, actor: account('ann') })}`, 'insecure'],
  ] as const) {
    it(`a launch with ${why} sends nothing and tells the learner why`, async () => {
      confirmed();
      const lrs = mswLrs(ENDPOINT);
      const session = await launch(query);
      learnerPlays(hotel);
      await session.settled();
      expect(useConnectionStore.getState().untracked).toBe(reason);
      expect(lrs.requests).toEqual([]);
    });
  }

  it('asks the learner before sending anything to a host that is not the LMS’s or the page’s, and remembers a yes', async () => {
    const lrs = mswLrs(ENDPOINT);
    const first = await launch(search({ actor: account('ann') }));
    expect(useConnectionStore.getState().confirm?.host).toBe('lrs.test');
    learnerPlays(hotel, { stopBefore: 3 });
    expect(lrs.requests).toEqual([]);
    useConnectionStore.getState().confirm?.answer(false);
    await first.settled();
    expect(useConnectionStore.getState()).toMatchObject({ untracked: 'declined', confirm: null });
    expect(lrs.requests).toEqual([]);
    first.stop();

    resetProgress();
    useConnectionStore.setState(initialConnection);
    const second = await launch(search({ actor: account('ann') }));
    useConnectionStore.getState().confirm?.answer(true);
    await second.settled();
    await vi.waitFor(() => expect(lrs.verbs()).toContain('initialized'), WAIT);
    second.stop();

    useConnectionStore.setState(initialConnection);
    await launch(search({ actor: account('ann') }));
    expect(useConnectionStore.getState().confirm).toBeNull();
  });

  it('reports the mode an attempt was played in, once attempts carry it', () => {
    const factory = createStatementFactory({ actor: { objectType: 'Agent', account: { homePage: 'https://lrs.test', name: 'ann' } }, course: courseActivity(undefined), language: () => 'nl' });
    const { attempt } = playThrough(hotel);
    const score = scoreAttempt(hotel, attempt, 70);
    const assessed = factory.of({ type: 'vignette-completed', scenario: hotel, attempt: { ...attempt, mode: 'assessment' } as typeof attempt, score }, true);
    expect(assessed.map((s) => s.result?.extensions?.[ATTEMPT_MODE])).toEqual(['assessment', 'assessment']);
    for (const statement of assessed) expect(learningLockerProblems(statement)).toEqual([]);
    const practised = factory.of({ type: 'vignette-completed', scenario: hotel, attempt: { ...attempt, mode: 'practice' }, score }, true);
    expect(practised.map((s) => s.result?.extensions?.[ATTEMPT_MODE])).toEqual(['practice', 'practice']);
  });
});
