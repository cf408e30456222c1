import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRepair } from '../../src/stores/progress-sync';
import { asFragmentId, asOptionId, asSceneId, asScenarioId, type AttemptRecord } from '../../src/engine';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION, useProgressStore } from '../../src/stores/progress-store';

const scenario = asScenarioId('hotel-room-214');
const reset = () => useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
const rehydrateFrom = async (raw: string) => {
  reset();
  localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
  await useProgressStore.persist.rehydrate();
  return useProgressStore.getState();
};

// Writing is done by the repair path, fetched at start-up; here it is in place before the first write.
beforeAll(async () => {
  await loadRepair();
});

describe('progress store', () => {
  beforeEach(reset);

  it('saves every event at once, with its version, so a reload resumes', () => {
    useProgressStore.getState().recordEvent(scenario, { contentVersion: 1, mode: 'assessment', seed: 0 }, { type: 'learner.acknowledge' });
    const saved = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}');
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.inProgress[scenario].events).toEqual([{ type: 'learner.acknowledge' }]);
    expect(saved.state.notice).toBeUndefined();
  });

  it('starts the event log afresh when the vignette content changed version', () => {
    const { recordEvent } = useProgressStore.getState();
    recordEvent(scenario, { contentVersion: 1, mode: 'assessment', seed: 0 }, { type: 'learner.acknowledge' });
    recordEvent(scenario, { contentVersion: 2, mode: 'assessment', seed: 0 }, { type: 'learner.submit' });
    expect(useProgressStore.getState().inProgress[scenario]).toEqual({ contentVersion: 2, mode: 'assessment', seed: 0, events: [{ type: 'learner.submit' }] });
  });

  it('moves a finished attempt from in progress to the history', () => {
    const { recordEvent, complete } = useProgressStore.getState();
    recordEvent(scenario, { contentVersion: 1, mode: 'assessment', seed: 0 }, { type: 'learner.acknowledge' });
    const attempt: AttemptRecord = {
      scenarioId: scenario,
      contentVersion: 1,
      mode: 'assessment',
      seed: 0,
      rules: 2,
      path: [asSceneId('a')],
      flags: [asFragmentId('x')],
      choices: [{ scene: asSceneId('a'), option: asOptionId('o') }],
    };
    complete(attempt);
    complete(attempt);
    const state = useProgressStore.getState();
    expect(state.inProgress[scenario]).toBeUndefined();
    expect(state.completed[scenario]).toHaveLength(2);
  });

  it('loads the frozen version-1 fixture of saved progress', async () => {
    const state = await rehydrateFrom(readFileSync('tests/fixtures/progress/v1.json', 'utf8'));
    expect(state.notice).toBeNull();
    expect(state.inProgress[scenario]?.events).toHaveLength(3);
    expect(state.completed[scenario]?.[0]?.flags).toEqual(['he-answers-for-her']);
  });

  it('migrates version-1 progress: runs in assessment mode with authored option order, toggles name their unit, attempts under rules 1', async () => {
    const state = await rehydrateFrom(readFileSync('tests/fixtures/progress/v1.json', 'utf8'));
    const run = state.inProgress[scenario];
    expect(run).toMatchObject({ mode: 'assessment', seed: 0 });
    const v1 = JSON.parse(readFileSync('tests/fixtures/progress/v1.json', 'utf8')) as { state: { inProgress: Record<string, { events: { type: string; fragment?: string }[] }> } };
    const toggled = v1.state.inProgress[scenario]?.events.flatMap((e) => (e.fragment ? [e.fragment] : [])) ?? [];
    expect(run?.events.flatMap((e) => (e.type === 'learner.toggle' ? [e.unit] : []))).toEqual(toggled);
    expect(state.completed[scenario]?.[0]).toMatchObject({ mode: 'assessment', seed: 0, rules: 1 });
  });

  it.each([
    ['unparsable JSON', '{not json', 'unreadable-kept', 1],
    ['a foreign shape', JSON.stringify({ state: { inProgress: 'yes', completed: [] }, version: PROGRESS_VERSION }), 'set-aside', 2],
    ['an injected event type', JSON.stringify({ state: { inProgress: { x: { contentVersion: 1, events: [{ type: 'xstate.stop' }] } }, completed: {} }, version: 1 }), 'set-aside', 1],
  ])('keeps %s aside under its own key, says so, and never crashes', async (_label, raw, notice, count) => {
    const state = await rehydrateFrom(raw);
    expect(state.notice).toBe(notice);
    expect(state.inProgress).toEqual({});
    expect(state.completed).toEqual({});
    expect(JSON.parse(localStorage.getItem(`${PROGRESS_STORAGE_KEY}.set-aside`) ?? '[]')).toHaveLength(count);
  });

  it('leaves progress of a newer version as it is and says so', async () => {
    const raw = JSON.stringify({ state: { progress: {} }, version: 99 });
    const state = await rehydrateFrom(raw);
    expect(state.notice).toBe('newer-store');
    state.recordEvent(scenario, { contentVersion: 1, mode: 'practice', seed: 1 }, { type: 'learner.acknowledge' });
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBe(raw);
  });

  it('starts empty and silent when nothing was stored', async () => {
    localStorage.clear();
    reset();
    await useProgressStore.persist.rehydrate();
    expect(useProgressStore.getState().notice).toBeNull();
  });
});
