import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import { useProgressStore } from '../../../src/stores/progress-store';
import { scenarioById } from '../../support/scenario-text';
import { learnerPlays, resetProgress } from './support/learner';
import { playThrough } from './support/walks';
import { scormLms } from './support/scorm-lms';

// This file runs as an LMS package of two vignettes with a pass mark of 80.
vi.hoisted(() => {
  Object.assign(globalThis, {
    __SIGNAAL_PACKAGE__: { scenarios: ['hotel-room-214', 'care-gp-employer'], passMark: 80, lang: 'nl', activityId: 'urn:signaal:course:test', title: 'Signaal' },
  });
});

const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');
type Lms = ReturnType<typeof scormLms>;
const playLength = (scenario: typeof hotel) => playThrough(scenario).events.length;

const sessions: { stop: () => void }[] = [];
async function launch(lms: Lms) {
  const session = await startLearningSystems({ scorm: lms.found, search: '' });
  sessions.push(session);
  return session;
}
const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));

/** The course record the LMS keeps after the session ended: status and score. */
function course(lms: Lms) {
  const { cmi } = lms.stored();
  if (lms.found.version === '1.2') {
    const core = cmi.core as { lesson_status: string; score: { raw: string } };
    return { status: core.lesson_status, raw: core.score.raw, scaled: undefined };
  }
  const score = cmi.score as { raw: string; scaled: string };
  // The status a 2004 LMS reports is evaluated against its scaled passing score when it has one.
  const api = lms.api as unknown as { cmi: { success_status: string } };
  return { status: `${cmi.completion_status as string}/${api.cmi.success_status}`, raw: score.raw, scaled: score.scaled };
}

// scorm-again applies the mastery score to a 1.2 status at LMSFinish unless told not to; 2004
// evaluates success_status from the scaled score and its scaled_passing_score.
const LMSS = [
  { name: 'SCORM 1.2 with mastery override', version: '1.2', initial: { core: { credit: 'credit', lesson_mode: 'normal' }, student_data: { mastery_score: '80' } }, settings: {} },
  { name: 'SCORM 1.2 without mastery override', version: '1.2', initial: { core: { credit: 'credit', lesson_mode: 'normal' }, student_data: { mastery_score: '80' } }, settings: { mastery_override: false } },
  { name: 'SCORM 2004 with a scaled passing score', version: '2004', initial: { scaled_passing_score: '0.8' }, settings: {} },
] as const;

describe('a SCORM package inside an LMS (scorm-again)', { timeout: 30_000 }, () => {
  beforeEach(() => {
    resetProgress();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    sessions.splice(0).forEach((s) => s.stop());
    useConnectionStore.setState({ lms: 'none', lrsHost: null, waiting: 0 });
  });

  for (const { name, version, initial, settings } of LMSS) {
    it(`${name}: one vignette of two passed perfectly leaves the course incomplete, without a score; both pass it`, async () => {
      const lms = scormLms(version, initial, settings);
      const session = await launch(lms);
      learnerPlays(hotel);
      await session.settled();
      leave();
      expect(course(lms)).toMatchObject(version === '1.2' ? { status: 'incomplete', raw: '' } : { status: 'incomplete/unknown', raw: '', scaled: '' });
      if (version === '2004') expect(lms.last('cmi.progress_measure')).toBe('0.5');

      const next = scormLms(version, { ...initial, ...(lms.stored().cmi as object), entry: 'resume' }, settings);
      const second = await launch(next);
      learnerPlays(care);
      await second.settled();
      leave();
      expect(course(next)).toMatchObject(version === '1.2' ? { status: 'passed', raw: '100' } : { status: 'completed/passed', raw: '100', scaled: '1' });
    });

    it(`${name}: the LMS's pass mark wins over the package's, and a replay never turns a pass into a fail`, async () => {
      // The LMS asks 85; the package says 80. 100 and 60 average 80: passed for the package, failed for the LMS.
      const strict = version === '1.2' ? { ...initial, student_data: { mastery_score: '85' } } : { scaled_passing_score: '0.85' };
      const lms = scormLms(version, strict, settings);
      const session = await launch(lms);
      learnerPlays(hotel);
      learnerPlays(care, { choose: 2 });
      await session.settled();
      expect(lms.last(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('failed');
      leave();

      // Another learner at the package's own mark passes, then replays a vignette badly.
      const own = scormLms(version, version === '1.2' ? { core: initial.core } : {}, settings);
      resetProgress();
      const first = await launch(own);
      learnerPlays(hotel);
      learnerPlays(care, { choose: 2 });
      await first.settled();
      leave();
      expect(course(own).status).toMatch(/passed/);
      const again = scormLms(version, { ...(own.stored().cmi as object), entry: 'resume' }, settings);
      const replay = await launch(again);
      learnerPlays(hotel, { choose: 2 });
      await replay.settled();
      leave();
      expect(course(again).status).toMatch(/passed/);
      const courseLevel = again.written.filter((w) => !/objectives|interactions/.test(w.element));
      expect(courseLevel.map((w) => w.value)).not.toContain('failed');
    });
  }

  it('SCORM 2004: a new attempt (entry ab-initio) never reads suspend_data or the location', async () => {
    const lms = scormLms('2004', { entry: 'ab-initio', scaled_passing_score: '0.7' });
    await launch(lms);
    expect(lms.reads.map((r) => r.element)).not.toContain('cmi.suspend_data');
    expect(lms.reads.filter((r) => r.error !== '0')).toEqual([]);
  });

  it('resumes where the learner was: the location is written as they move and opened at the next launch', async () => {
    for (const version of ['1.2', '2004'] as const) {
      resetProgress();
      window.history.replaceState(null, '', '/');
      const lms = scormLms(version);
      const session = await launch(lms);
      window.location.hash = `#/play/${care.id}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      learnerPlays(care, { stopBefore: 4 });
      await session.settled();
      leave();
      expect(lms.last(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(`#/play/${care.id}`);

      resetProgress();
      window.history.replaceState(null, '', '/');
      const next = scormLms(version, { ...(lms.stored().cmi as object), entry: 'resume' });
      await launch(next);
      expect(window.location.hash).toBe(`#/play/${care.id}`);
      expect(useProgressStore.getState().inProgress[care.id]?.events).toHaveLength(4);
    }
  });

  it('a value the LMS refused is written again, and the learner is told until it has been taken', async () => {
    const lms = scormLms('2004');
    const session = await launch(lms);
    const { events, attempt } = learnerPlays(hotel, { stopBefore: playLength(hotel) - 1 });
    expect(events.length).toBe(playLength(hotel));
    await session.settled();
    // The LMS refuses every write of the completion (its server is away for a moment).
    lms.refuse(Infinity);
    useProgressStore.getState().complete(attempt);
    await session.settled();
    expect(lms.refused[0]?.element).toBe('cmi.suspend_data');
    expect(lms.refused.map((w) => w.element)).toContain('cmi.objectives.0.id');
    expect(useConnectionStore.getState().lms).toBe('refusing');

    // Back: at the next commit each refused value is written again, and only then is all well.
    lms.refuse(0);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    for (const value of lms.refused) expect(lms.written).toContainEqual(value);
    expect(useConnectionStore.getState().lms).toBe('connected');
  });
});
