import { beforeAll, describe, expect, it } from 'vitest';
import { asOptionId, asSceneId, asScenarioId, asUnitId, type AttemptRecord, type LearnerEvent } from '../../src/engine';
import { createProgressStore, PROGRESS_STORAGE_KEY, PROGRESS_VERSION, type Run } from '../../src/stores/progress-store';
import { progressOf } from '../../src/stores/progress-json';
import { addImported } from '../../src/stores/progress-merge';
import { createProgressSync, loadRepair } from '../../src/stores/progress-sync';
import type { SetAsideRecord } from '../../src/stores/record-loader';
import { memoryStorage } from '../records/frozen-samples.support';

const KEY = PROGRESS_STORAGE_KEY;
const ASIDE = `${KEY}.set-aside`;
const x = asScenarioId('hotel-room-214');
const y = asScenarioId('school-bank-card');
const acknowledge: LearnerEvent = { type: 'learner.acknowledge' };
const toggle = (unit: string): LearnerEvent => ({ type: 'learner.toggle', unit: asUnitId(unit) });
const run: Run = { contentVersion: 1, mode: 'practice', seed: 7 };
const attempt = (scenario: string, flags: string[]): AttemptRecord => ({
  scenarioId: asScenarioId(scenario),
  contentVersion: 1,
  mode: 'assessment',
  seed: 11,
  rules: 2,
  path: [asSceneId('a')],
  flags: flags.map(asUnitId),
  choices: [{ scene: asSceneId('a'), option: asOptionId('o') }],
});

/** A Storage in memory that can be made to refuse writes, as a full or private-mode browser does. */
function fakeStorage(items: Record<string, string> = {}) {
  const storage = memoryStorage(items);
  const refuse = { writes: false, keys: new Set<string>() };
  const write = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    if (refuse.writes || refuse.keys.has(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    write(key, value);
  };
  return { storage, refuse, stored: () => JSON.parse(storage.getItem(KEY) ?? 'null') as { state: unknown; version: number } | null };
}

/** One browser tab: its own store and sync, over the storage all tabs share. */
function openTab(storage: Storage) {
  const playing = new Set<string>();
  const sync = createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => storage });
  const store = createProgressStore(sync, playing);
  return { store, sync, progress: () => ({ inProgress: store.getState().inProgress, completed: store.getState().completed }) };
}

// The repair path is fetched after the first page; here it is in place before any tab opens.
beforeAll(async () => {
  await loadRepair();
});

const aside = (storage: Storage) => JSON.parse(storage.getItem(ASIDE) ?? '[]') as SetAsideRecord[];

describe('two tabs', () => {
  it('keep a vignette finished in one tab when an older tab records a step afterwards', () => {
    const { storage, stored } = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().recordEvent(x, run, acknowledge);
    b.sync.refresh();
    a.store.getState().complete(attempt(x, ['f1']));
    // b has not heard of it yet (no storage event) and records a step in another vignette
    b.store.getState().recordEvent(y, run, acknowledge);
    expect(stored()?.state).toEqual({ inProgress: { [y]: { ...run, events: [acknowledge] } }, completed: { [x]: [attempt(x, ['f1'])] } });
    // the older tab shows the finished vignette too, at once, and the other tab on its storage event
    expect(b.progress().completed[x]).toEqual([attempt(x, ['f1'])]);
    expect(b.progress().inProgress[x]).toBeUndefined();
    a.sync.refresh();
    expect(a.progress()).toEqual(b.progress());
  });

  it('keep the attempts both finished, in any order, without hearing of each other', () => {
    const { storage, stored } = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().complete(attempt(x, ['f1']));
    b.store.getState().complete(attempt(x, ['f2']));
    b.store.getState().complete(attempt(y, ['g1']));
    a.store.getState().complete(attempt(x, ['f3']));
    expect(stored()?.state).toEqual({
      inProgress: {},
      completed: { [x]: [attempt(x, ['f1']), attempt(x, ['f2']), attempt(x, ['f3'])], [y]: [attempt(y, ['g1'])] },
    });
  });

  it('keep an import made in one tab when the other tab plays on, and its walk too', () => {
    const { storage, stored } = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    b.store.getState().recordEvent(y, run, acknowledge);
    a.store.setState((state) => addImported(progressOf(state), { inProgress: {}, completed: { [x]: [attempt(x, ['f1'])] } }));
    b.store.getState().recordEvent(y, run, toggle('g1'));
    expect(stored()?.state).toEqual({
      inProgress: { [y]: { ...run, events: [acknowledge, toggle('g1')] } },
      completed: { [x]: [attempt(x, ['f1'])] },
    });
  });

  it('never rewrite the walk a tab is playing, so its player and its stored events stay one walk', () => {
    const { storage, stored } = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().recordEvent(x, run, acknowledge);
    b.sync.refresh();
    b.store.getState().recordEvent(x, run, toggle('b1'));
    a.store.getState().recordEvent(x, run, toggle('a1'));
    expect(a.progress().inProgress[x]?.events).toEqual([acknowledge, toggle('a1')]);
    b.sync.refresh();
    expect(b.progress().inProgress[x]?.events).toEqual([acknowledge, toggle('b1')]);
    // Hearing of another tab's write never writes back: two tabs never answer each other for ever.
    expect(stored()?.state).toMatchObject({ inProgress: { [x]: { events: [acknowledge, toggle('a1')] } } });
    b.store.getState().recordEvent(x, run, toggle('b2'));
    expect(stored()?.state).toMatchObject({ inProgress: { [x]: { events: [acknowledge, toggle('b1'), toggle('b2')] } } });
  });

  it('follow an erase made in another tab instead of writing the erased progress back', () => {
    const { storage } = fakeStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.store.getState().complete(attempt(x, ['f1']));
    b.sync.refresh();
    expect(b.progress().completed[x]).toHaveLength(1);
    storage.clear();
    b.sync.refresh();
    expect(b.progress()).toEqual({ inProgress: {}, completed: {} });
  });
});

describe('unreadable stored progress', () => {
  const nine = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((n) => [`vignette-${n}`, [attempt(`vignette-${n}`, [n])]]));

  it('loads every readable record and keeps the one it cannot read aside, under its own key', () => {
    const future = { ...run, events: [{ type: 'learner.rewind' }] };
    const { storage, stored } = fakeStorage({ [KEY]: JSON.stringify({ state: { inProgress: { [x]: future }, completed: nine }, version: PROGRESS_VERSION }) });
    const tab = openTab(storage);
    expect(Object.keys(tab.progress().completed)).toHaveLength(9);
    expect(tab.store.getState()).toMatchObject({ notice: 'set-aside', setAsideCount: 1 });
    expect(aside(storage)).toEqual([{ where: `progress/inProgress/${x}`, foundAt: expect.any(String) as string, value: future }]);
    // Once it is safe aside, the next write leaves it out of the progress itself.
    expect(stored()?.state).toMatchObject({ inProgress: { [x]: future } });
    tab.store.getState().recordEvent(y, run, acknowledge);
    expect(stored()?.state).toEqual({ inProgress: { [y]: { ...run, events: [acknowledge] } }, completed: nine });
    // A second load keeps nothing aside twice.
    openTab(storage);
    expect(aside(storage)).toHaveLength(1);
  });

  it('keeps a record of an older version aside exactly as it was found, not as migrated', () => {
    const old = { contentVersion: 1, events: [{ type: 'learner.toggle', fragment: 'a' }, { type: 'learner.rewind' }] };
    const good = { contentVersion: 1, events: [{ type: 'learner.toggle', fragment: 'b' }] };
    const { storage } = fakeStorage({ [KEY]: JSON.stringify({ state: { inProgress: { [x]: old, [y]: good }, completed: {} }, version: 1 }) });
    const tab = openTab(storage);
    expect(tab.progress().inProgress[y]).toEqual({ contentVersion: 1, mode: 'assessment', seed: 0, events: [toggle('b')] });
    expect(aside(storage).map((r) => r.value)).toEqual([old]);
  });

  it('keeps unparsable progress aside whole and says that Signaal starts empty', () => {
    const { storage } = fakeStorage({ [KEY]: '{not json' });
    const tab = openTab(storage);
    expect(tab.store.getState()).toMatchObject({ notice: 'unreadable-kept', inProgress: {}, completed: {} });
    expect(aside(storage).map((r) => r.value)).toEqual(['{not json']);
  });

  it('keeps a part of the store it does not know aside instead of dropping it', () => {
    const { storage } = fakeStorage({ [KEY]: JSON.stringify({ state: { inProgress: {}, complete: nine }, version: PROGRESS_VERSION }) });
    const tab = openTab(storage);
    expect(tab.store.getState().notice).toBe('set-aside');
    expect(aside(storage)).toEqual([{ where: 'progress/complete', foundAt: expect.any(String) as string, value: nine }]);
  });

  it('keeps a record with a field it does not know aside as found, and shows what it can read of it', () => {
    const walk = { ...run, events: [acknowledge], hints: 2 };
    const extended = { ...attempt(x, ['f1']), confidence: 4 };
    const { storage } = fakeStorage({ [KEY]: JSON.stringify({ state: { inProgress: { [y]: walk }, completed: { [x]: [extended, attempt(x, ['f2'])] } }, version: PROGRESS_VERSION }) });
    const tab = openTab(storage);
    // A walk is read without the field; an attempt record admits no field it does not know.
    expect(tab.progress()).toEqual({ inProgress: { [y]: { ...run, events: [acknowledge] } }, completed: { [x]: [attempt(x, ['f2'])] } });
    expect(aside(storage).map((r) => r.value)).toEqual([walk, extended]);
  });

  it('does not write over the stored value while what it holds cannot be kept aside', () => {
    const raw = JSON.stringify({ state: { inProgress: { [x]: { ...run, events: [{ type: 'learner.rewind' }] } }, completed: nine }, version: PROGRESS_VERSION });
    const { storage, refuse } = fakeStorage({ [KEY]: raw });
    refuse.keys.add(ASIDE);
    const tab = openTab(storage);
    expect(tab.store.getState().notice).toBe('save-failed');
    tab.store.getState().recordEvent(y, run, acknowledge);
    expect(storage.getItem(KEY)).toBe(raw);
    refuse.keys.clear();
    tab.store.getState().recordEvent(y, run, toggle('g1'));
    expect(aside(storage)).toHaveLength(1);
    expect(tab.store.getState().notice).toBe('saved-again');
    expect(JSON.parse(storage.getItem(KEY) ?? '{}')).toMatchObject({ state: { inProgress: { [y]: { events: [acknowledge, toggle('g1')] } } } });
  });
});

describe('progress written by a newer version', () => {
  it('is shown as far as it can be read, said so, and never written over', () => {
    const raw = JSON.stringify({ state: { inProgress: {}, completed: { [x]: [attempt(x, ['f1'])] }, goals: ['x'] }, version: PROGRESS_VERSION + 1 });
    const { storage } = fakeStorage({ [KEY]: raw });
    const tab = openTab(storage);
    expect(tab.store.getState()).toMatchObject({ notice: 'newer-store', completed: { [x]: [attempt(x, ['f1'])] } });
    tab.store.getState().complete(attempt(y, ['g1']));
    expect(tab.progress().completed[y]).toHaveLength(1);
    expect(storage.getItem(KEY)).toBe(raw);
    expect(storage.getItem(ASIDE)).toBeNull();
  });

  it('found after another tab of a newer version wrote it, stops this tab writing', () => {
    const { storage } = fakeStorage();
    const tab = openTab(storage);
    tab.store.getState().recordEvent(x, run, acknowledge);
    const newer = JSON.stringify({ state: { inProgress: {}, completed: {} }, version: PROGRESS_VERSION + 1 });
    storage.setItem(KEY, newer);
    tab.sync.refresh();
    tab.store.getState().recordEvent(x, run, toggle('f1'));
    expect(tab.store.getState().notice).toBe('newer-store');
    expect(storage.getItem(KEY)).toBe(newer);
  });
});

describe('a save the browser refuses', () => {
  it('is said at once, retried on the next change, and said again when it works', () => {
    const { storage, refuse, stored } = fakeStorage();
    const tab = openTab(storage);
    refuse.writes = true;
    tab.store.getState().recordEvent(x, run, acknowledge);
    expect(tab.store.getState().notice).toBe('save-failed');
    tab.store.getState().complete(attempt(x, ['f1']));
    expect(tab.progress().completed[x]).toHaveLength(1);
    expect(stored()).toBeNull();
    refuse.writes = false;
    tab.store.getState().recordEvent(y, run, acknowledge);
    expect(tab.store.getState().notice).toBe('saved-again');
    expect(stored()?.state).toEqual({ inProgress: { [y]: { ...run, events: [acknowledge] } }, completed: { [x]: [attempt(x, ['f1'])] } });
  });

  it('is retried when the page is hidden or shown again, without waiting for a change', () => {
    const { storage, refuse, stored } = fakeStorage();
    const tab = openTab(storage);
    refuse.writes = true;
    tab.store.getState().complete(attempt(x, ['f1']));
    refuse.writes = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()?.state).toEqual({ inProgress: {}, completed: { [x]: [attempt(x, ['f1'])] } });
    expect(tab.store.getState().notice).toBe('saved-again');
  });

  it('is not made once the store keeps its progress elsewhere (an LMS launch): a waiting write never puts that progress in this browser', () => {
    const { storage, refuse, stored } = fakeStorage();
    const tab = openTab(storage);
    refuse.writes = true;
    tab.store.getState().recordEvent(x, run, acknowledge);
    // As restore-progress.ts does for an LMS launch: from now on the LMS keeps the progress.
    tab.store.persist.setOptions({ storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } });
    tab.store.getState().complete(attempt(y, ['f1']));
    refuse.writes = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()).toBeNull();
  });

  it('is said when the browser gives no storage at all', () => {
    const playing = new Set<string>();
    const sync = createProgressSync({ key: KEY, version: PROGRESS_VERSION, playing: () => playing, storage: () => undefined });
    const store = createProgressStore(sync, playing);
    store.getState().recordEvent(x, run, acknowledge);
    expect(store.getState().notice).toBe('save-failed');
    expect(store.getState().inProgress[x]?.events).toEqual([acknowledge]);
  });
});
