import { describe, expect, it, vi } from 'vitest';
import { asScenarioId, type LearnerEvent } from '../../src/engine';
import { memoryStorage } from '../records/frozen-samples.support';

// A fresh module graph per test: the repair path of progress-sync has not been fetched yet, as on
// a page that has just opened.
async function freshModules() {
  const store = await import('../../src/stores/progress-store');
  const sync = await import('../../src/stores/progress-sync');
  return { ...store, ...sync };
}

const KEY = 'signaal.progress';
const x = asScenarioId('hotel-room-214');
const acknowledge: LearnerEvent = { type: 'learner.acknowledge' };
const run = { contentVersion: 1, mode: 'practice', seed: 3 } as const;
const finished = { scenarioId: x, contentVersion: 1, mode: 'assessment', seed: 9, rules: 2, path: ['a'], flags: [], choices: [] };

/** A tab opening on stored progress with one finished attempt. */
async function openWithFinishedAttempt() {
  const { createProgressStore, createProgressSync, PROGRESS_VERSION } = await freshModules();
  const raw = JSON.stringify({ state: { inProgress: {}, completed: { [x]: [finished] } }, version: PROGRESS_VERSION });
  const storage = memoryStorage({ [KEY]: raw });
  const playing = new Set<string>();
  const store = createProgressStore(createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => storage }), playing);
  return { store, storage, raw };
}

describe('before the repair path has arrived', () => {
  it('a load that needs it waits for it and writes nothing meanwhile', async () => {
    vi.resetModules();
    const { createProgressStore, createProgressSync, PROGRESS_VERSION } = await freshModules();
    const raw = JSON.stringify({ state: { inProgress: { [x]: { contentVersion: 1, events: [{ type: 'learner.rewind' }] } }, completed: {} }, version: 1 });
    const storage = memoryStorage({ [KEY]: raw });
    const playing = new Set<string>();
    const sync = createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => storage });
    const store = createProgressStore(sync, playing);
    expect(store.persist.hasHydrated()).toBe(false);
    store.getState().recordEvent(asScenarioId('school-bank-card'), run, acknowledge);
    expect(storage.getItem(KEY)).toBe(raw);
    await store.whenLoaded();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().notice).toBe('set-aside');
    expect(JSON.parse(storage.getItem(`${KEY}.set-aside`) ?? '[]')).toHaveLength(1);
    // The step taken while the stored value was read is neither lost nor left unsaved.
    expect(store.getState().inProgress['school-bank-card']).toEqual({ ...run, events: [acknowledge] });
    await vi.waitFor(() => expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.inProgress['school-bank-card']).toEqual({ ...run, events: [acknowledge] }));
  });

  it('stored progress that reads in one go is in the store once it has arrived, and a first visit waits for nothing', async () => {
    vi.resetModules();
    const { store, storage, raw } = await openWithFinishedAttempt();
    expect(store.getState().completed).toEqual({});
    await store.whenLoaded();
    expect(store.getState().completed).toEqual({ [x]: [finished] });
    expect(store.getState().notice).toBeNull();
    expect(storage.getItem(KEY)).toBe(raw);

    const { createProgressStore, createProgressSync, PROGRESS_VERSION } = await freshModules();
    const fresh = memoryStorage();
    const first = createProgressStore(createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => new Set(), storage: () => fresh }), new Set());
    expect(first.persist.hasHydrated()).toBe(true);
  });

  it('a load whose reading code does not arrive writes nothing over, lets the page render, and loads on the next change', async () => {
    vi.resetModules();
    vi.doMock('../../src/stores/progress-sync-repair', () => {
      throw new Error('offline');
    });
    const { store, storage } = await openWithFinishedAttempt();
    await store.whenLoaded();
    expect(store.persist.hasHydrated()).toBe(false);
    vi.doUnmock('../../src/stores/progress-sync-repair');
    store.getState().recordEvent(asScenarioId('school-bank-card'), run, acknowledge);
    await vi.waitFor(() => expect(store.persist.hasHydrated()).toBe(true));
    expect(store.getState().completed).toEqual({ [x]: [finished] });
    await vi.waitFor(() =>
      expect(JSON.parse(storage.getItem(KEY) ?? '{}').state).toEqual({ inProgress: { 'school-bank-card': { ...run, events: [acknowledge] } }, completed: { [x]: [finished] } }),
    );
  });

  it('a write that must merge with another tab is made as soon as it arrives', async () => {
    vi.resetModules();
    const { createProgressStore, createProgressSync, PROGRESS_VERSION } = await freshModules();
    const storage = memoryStorage();
    const playing = new Set<string>();
    const sync = createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => storage });
    const store = createProgressStore(sync, playing);
    const finishedElsewhere = { scenarioId: 'school-bank-card', contentVersion: 1, mode: 'assessment', seed: 9, rules: 2, path: ['a'], flags: [], choices: [] };
    storage.setItem(KEY, JSON.stringify({ state: { inProgress: {}, completed: { 'school-bank-card': [finishedElsewhere] } }, version: PROGRESS_VERSION }));
    store.getState().recordEvent(x, run, acknowledge);
    await vi.waitFor(() =>
      expect(JSON.parse(storage.getItem(KEY) ?? '{}')).toEqual({
        state: { inProgress: { [x]: { ...run, events: [acknowledge] } }, completed: { 'school-bank-card': [finishedElsewhere] } },
        version: PROGRESS_VERSION,
      }),
    );
    expect(store.getState().completed['school-bank-card']).toEqual([finishedElsewhere]);
  });

  it('a load that finishes after an LMS took over the store leaves the LMS progress alone', async () => {
    vi.resetModules();
    const { createProgressStore, createProgressSync, PROGRESS_VERSION } = await freshModules();
    const storage = memoryStorage({ [KEY]: '{not json' });
    const playing = new Set<string>();
    const sync = createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => storage });
    const store = createProgressStore(sync, playing);
    // As restore-progress does for a launch from an LMS.
    store.persist.setOptions({ storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } });
    const fromLms = { inProgress: { [x]: { ...run, events: [acknowledge] } }, completed: {} };
    store.setState({ ...fromLms, notice: null });
    await vi.waitFor(() => expect(store.persist.hasHydrated()).toBe(true));
    expect(store.getState()).toMatchObject({ ...fromLms, notice: null });
  });
});
