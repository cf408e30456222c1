import { afterEach, describe, expect, it } from 'vitest';
import {
  loadTrainer,
  storedTrainerData,
  TRAINER_STORAGE_KEY,
  TRAINER_STORE_VERSION,
  useTrainerStore,
  type ImportedResult,
  type MadeAssignment,
} from '../../src/stores/trainer-store';
import { setAsideRecords } from '../../src/stores/record-loader';
import { makeAssignment, signAssignment } from '../support/assignments';
import { playAttempt } from '../support/attempts';
import { scenarioById } from '../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const attempt = playAttempt(hotel, () => false, () => 0);

async function made(): Promise<MadeAssignment> {
  const signed = await signAssignment(makeAssignment());
  return { code: signed.code, signed, createdAt: '2026-01-01T00:00:00.000Z' };
}

const result = (learner: string, id: string = crypto.randomUUID()): ImportedResult => ({
  id,
  source: `${learner}.json`,
  via: 'file',
  learner,
  attempts: [attempt],
  savedAt: '2026-02-01T10:00:00.000Z',
  importedAt: '2026-02-02T10:00:00.000Z',
  flag: null,
});

const store = (state: unknown, version = TRAINER_STORE_VERSION) => localStorage.setItem(TRAINER_STORAGE_KEY, JSON.stringify({ state, version }));

afterEach(() => useTrainerStore.setState({ assignments: {}, results: {}, storage: 'kept', notice: { setAside: 0 } }));

describe('the trainer store', { timeout: 60_000 }, () => {
  it('keeps assignments, expected names and imported results, and reads them back after a reload', async () => {
    const mine = await made();
    const id = mine.signed.assignment.id;
    useTrainerStore.getState().save(mine);
    useTrainerStore.getState().setExpected(id, ['Ada', 'Bob']);
    useTrainerStore.getState().addResults(id, [result('Ada')]);
    const loaded = loadTrainer(localStorage);
    expect(loaded.storage).toBe('kept');
    expect(loaded.assignments[id]?.signed.assignment).toEqual(mine.signed.assignment);
    expect(loaded.assignments[id]?.expected).toEqual(['Ada', 'Bob']);
    expect(loaded.results[id]?.map((r) => [r.learner, r.attempts])).toEqual([['Ada', [attempt]]]);
  });

  it('removes one result and keeps the others', async () => {
    const mine = await made();
    const id = mine.signed.assignment.id;
    useTrainerStore.getState().save(mine);
    useTrainerStore.getState().addResults(id, [result('Ada', 'a'), result('Bob', 'b')]);
    useTrainerStore.getState().removeResult(id, 'a');
    expect(loadTrainer(localStorage).results[id]?.map((r) => r.learner)).toEqual(['Bob']);
  });

  it('keeps an unreadable record aside, loads the rest, and never loses the unreadable one on the next write', async () => {
    const mine = await made();
    const id = mine.signed.assignment.id;
    const data = storedTrainerData({ assignments: { [id]: mine }, results: { [id]: [result('Ada'), result('Bob')] } });
    const broken = { ...data.results[id]?.[1], attempts: [{ scenarioId: 'hotel-room-214', event: 'learner.newer-event' }] };
    store({ ...data, results: { [id]: [data.results[id]?.[0], broken] }, assignments: { ...data.assignments, xxxxxxxx: { code: 1 } } });
    const loaded = loadTrainer(localStorage);
    expect(loaded.notice.setAside).toBe(2);
    expect(loaded.results[id]?.map((r) => r.learner)).toEqual(['Ada']);
    expect(Object.keys(loaded.assignments)).toEqual([id]);
    const aside = setAsideRecords(localStorage, TRAINER_STORAGE_KEY);
    expect(aside.map((r) => r.where).sort()).toEqual(['assignments/xxxxxxxx', `results/${id}/1`]);
    expect(aside.find((r) => r.where.startsWith('results'))?.value).toEqual(broken);
    // The readable part is written back; what was set aside stays where it is.
    useTrainerStore.setState(loaded);
    useTrainerStore.getState().addResults(id, [result('Cem')]);
    expect(setAsideRecords(localStorage, TRAINER_STORAGE_KEY)).toHaveLength(2);
  });

  it('keeps a store that is not JSON aside as it was found', () => {
    localStorage.setItem(TRAINER_STORAGE_KEY, '{"state":{"assign');
    const loaded = loadTrainer(localStorage);
    expect(loaded).toMatchObject({ storage: 'kept', notice: { setAside: 1 }, assignments: {} });
    expect(setAsideRecords(localStorage, TRAINER_STORAGE_KEY)[0]?.value).toBe('{"state":{"assign');
  });

  it('never overwrites a store written by a newer version, and works in memory', async () => {
    const newer = JSON.stringify({ state: { assignments: {}, somethingNew: [1, 2, 3] }, version: TRAINER_STORE_VERSION + 1 });
    localStorage.setItem(TRAINER_STORAGE_KEY, newer);
    const loaded = loadTrainer(localStorage);
    expect(loaded).toMatchObject({ storage: 'newer', notice: { newerVersion: TRAINER_STORE_VERSION + 1 } });
    useTrainerStore.setState(loaded);
    const mine = await made();
    useTrainerStore.getState().save(mine);
    expect(useTrainerStore.getState().assignments[mine.signed.assignment.id]).toBeDefined();
    expect(localStorage.getItem(TRAINER_STORAGE_KEY)).toBe(newer);
  });

  it('reads a version 1 store (assignments only) as it was kept', async () => {
    const mine = await made();
    const { assignments } = storedTrainerData({ assignments: { [mine.signed.assignment.id]: mine }, results: {} });
    store({ assignments }, 1);
    const loaded = loadTrainer(localStorage);
    expect(loaded.notice.setAside).toBe(0);
    expect(loaded.assignments[mine.signed.assignment.id]?.code).toBe(mine.code);
  });

  it('keeps nothing on this computer when the trainer says so, and remembers that choice only', async () => {
    const mine = await made();
    useTrainerStore.getState().save(mine);
    useTrainerStore.getState().setKeep(false);
    expect(localStorage.getItem(TRAINER_STORAGE_KEY)).not.toContain(mine.signed.assignment.id);
    expect(loadTrainer(localStorage)).toMatchObject({ storage: 'memory', assignments: {} });
    useTrainerStore.getState().setKeep(true);
    expect(loadTrainer(localStorage).assignments[mine.signed.assignment.id]).toBeDefined();
  });

  it('says so when storage refuses a write, and stops writing', async () => {
    const full: Storage = { ...localStorage, getItem: () => null, setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    }, removeItem: () => undefined, key: () => null, length: 0, clear: () => undefined };
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: full, configurable: true });
    try {
      useTrainerStore.getState().save(await made());
      expect(useTrainerStore.getState()).toMatchObject({ storage: 'unwritable', notice: { saveFailed: true } });
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
    }
  });

  it('takes over what another tab wrote, so it never writes an older copy back', async () => {
    const mine = await made();
    const theirs = await made();
    useTrainerStore.getState().save(mine);
    // The other tab saved its assignment too (its state had both).
    store(storedTrainerData({ assignments: { [mine.signed.assignment.id]: mine, [theirs.signed.assignment.id]: theirs }, results: {} }));
    window.dispatchEvent(new StorageEvent('storage', { key: TRAINER_STORAGE_KEY }));
    expect(Object.keys(useTrainerStore.getState().assignments).sort()).toEqual([mine.signed.assignment.id, theirs.signed.assignment.id].sort());
    useTrainerStore.getState().addResults(mine.signed.assignment.id, [result('Ada')]);
    expect(Object.keys(loadTrainer(localStorage).assignments)).toHaveLength(2);
  });
});
