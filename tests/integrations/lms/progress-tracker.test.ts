import { describe, expect, it } from 'vitest';
import { asScenarioId, type Scenario } from '../../../src/engine';
import { assessCourse } from '../../../src/integrations/lms/tracker/assess-course';
import { createProgressTracker } from '../../../src/integrations/lms/tracker/progress-tracker';
import type { PersistedProgress } from '../../../src/stores/progress-store';
import { scenarioById } from '../../support/scenario-text';
import { playThrough } from './support/walks';

const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');
const byId = new Map<string, Scenario>([hotel, care].map((s) => [s.id, s]));
const tracker = () => createProgressTracker({ loadScenario: async (id) => byId.get(id)!, passMark: () => 70 });

describe('progress tracker', () => {
  it('reports a vignette step by step: started, each scene experienced, each scene answered once, completed', async () => {
    const t = tracker();
    const { events, attempt } = playThrough(hotel);
    let state: PersistedProgress = { inProgress: {}, completed: {} };
    await t.start(state);
    const reported: string[] = [];
    for (const i of events.keys()) {
      const next: PersistedProgress =
        i === events.length - 1
          ? { inProgress: {}, completed: { [hotel.id]: [attempt] } }
          : { inProgress: { [hotel.id]: { contentVersion: hotel.version, mode: 'assessment', seed: 0, events: events.slice(0, i + 1) } }, completed: {} };
      for (const e of await t.changes(state, next)) reported.push(e.type === 'scene-answered' || e.type === 'scene-experienced' ? `${e.type}:${e.scene.id}` : e.type);
      state = next;
    }
    const scenes = attempt.path;
    expect(reported[0]).toBe('vignette-started');
    expect(reported.filter((r) => r.startsWith('scene-experienced')).map((r) => r.split(':')[1])).toEqual(scenes);
    expect(reported.filter((r) => r.startsWith('scene-answered')).map((r) => r.split(':')[1])).toEqual(scenes);
    expect(reported.at(-1)).toBe('vignette-completed');
  });

  it('names the indicators behind the flagged signals, and the quality of a decision', async () => {
    const t = tracker();
    const { attempt } = playThrough(care, 2);
    await t.start({ inProgress: {}, completed: {} });
    const events = await t.changes({ inProgress: {}, completed: {} }, { inProgress: {}, completed: { [care.id]: [attempt] } });
    const first = events.find((e) => e.type === 'scene-answered' && e.scene.id === care.start);
    const signals = care.scenes.find((s) => s.id === care.start)!.fragments.flatMap((f) => (f.kind === 'signal' ? [f.indicator] : []));
    expect(first?.type === 'scene-answered' && first.indicators).toEqual(signals);
    const decisions = events.filter((e) => e.type === 'scene-answered' && e.choice);
    expect(decisions.map((e) => e.type === 'scene-answered' && e.choice?.quality)).toContain('harmful');
    const completed = events.find((e) => e.type === 'vignette-completed');
    expect(completed?.type === 'vignette-completed' && completed.score.passed).toBe(false);
  });

  it('reports nothing for progress that was already there at launch (a resume)', async () => {
    const t = tracker();
    const { events } = playThrough(hotel);
    const resumed: PersistedProgress = { inProgress: { [hotel.id]: { contentVersion: hotel.version, mode: 'assessment', seed: 0, events: events.slice(0, 5) } }, completed: {} };
    await t.start(resumed);
    const same: PersistedProgress = { ...resumed, inProgress: { [hotel.id]: { contentVersion: hotel.version, mode: 'assessment', seed: 0, events: events.slice(0, 5) } } };
    expect(await t.changes(resumed, same)).toEqual([]);
  });
});

describe('course status', () => {
  const passed = playThrough(hotel).attempt;
  const harmful = playThrough(care, 2).attempt;

  it('is incomplete until every vignette is finished, then passed or failed on the mean score', () => {
    const ids = [hotel.id, care.id];
    expect(assessCourse(ids, { inProgress: {}, completed: { [hotel.id]: [passed] } }, byId, 80)).toMatchObject({ status: 'incomplete', completed: 1, score: 100 });
    const done = assessCourse(ids, { inProgress: {}, completed: { [hotel.id]: [passed], [care.id]: [harmful] } }, byId, 80);
    expect(done.status).toBe(done.score! >= 80 ? 'passed' : 'failed');
    expect(done.score).toBe(Math.round((100 + done.vignettes[1]!.score) / 2));
    expect(assessCourse(ids, { inProgress: {}, completed: { [hotel.id]: [passed], [care.id]: [passed.scenarioId === hotel.id ? playThrough(care).attempt : passed] } }, byId, 80).status).toBe('passed');
  });

  it('counts only attempts on the current content version, using the latest one', () => {
    const old = { ...passed, contentVersion: hotel.version + 1 };
    expect(assessCourse([hotel.id], { inProgress: {}, completed: { [hotel.id]: [old] } }, byId, 70).status).toBe('incomplete');
    expect(assessCourse([hotel.id], { inProgress: {}, completed: { [asScenarioId(hotel.id)]: [passed, { ...passed, flags: [] }] } }, byId, 70).vignettes[0]?.score).toBeLessThan(100);
  });
});
