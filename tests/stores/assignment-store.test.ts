import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STORAGE_KEY, ASSIGNMENT_STORE_VERSION, activeEntry, mergeAssignments, useAssignmentStore } from '../../src/stores/assignment-store';
import { asScenarioId } from '../../src/engine';
import { setAsideRecords } from '../../src/stores/record-loader';
import { makeAssignment, signAssignment } from '../support/assignments';
import { playAttempt } from '../support/attempts';
import { scenarioById } from '../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const school = scenarioById('school-bank-card');

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('the active assignment store', { timeout: 60_000 }, () => {
  it('opening keeps earlier attempts; attempts for other vignettes are ignored', async () => {
    useAssignmentStore.setState({ active: null, entries: {} });
    const signed = await signAssignment(makeAssignment({ scenarios: [hotel.id] }));
    useAssignmentStore.getState().open(signed.code, signed);
    const attempt = playAttempt(hotel, () => false, () => 0);
    useAssignmentStore.getState().recordAttempt(attempt);
    useAssignmentStore.getState().recordAttempt(playAttempt(school, () => false, () => 0));
    useAssignmentStore.getState().open(signed.code, signed);
    expect(activeEntry(useAssignmentStore.getState())?.attempts).toEqual([attempt]);
  });

  it('is persisted with a version, and read back validated', async () => {
    useAssignmentStore.setState({ active: null, entries: {} });
    const signed = await signAssignment(makeAssignment());
    useAssignmentStore.getState().open(signed.code, signed);
    const stored = JSON.parse(localStorage.getItem(ASSIGNMENT_STORAGE_KEY) ?? '{}') as { version: number; state: unknown };
    expect(stored.version).toBe(ASSIGNMENT_STORE_VERSION);
    const merged = mergeAssignments(stored.state, { ...useAssignmentStore.getState(), active: null, entries: {} });
    expect(activeEntry(merged)?.signed.assignment).toEqual(signed.assignment);
  });

  it('drops only the unreadable entries of tampered storage, and never throws', async () => {
    const good = await signAssignment(makeAssignment());
    const state = useAssignmentStore.getState();
    const entries = {
      [good.signature]: { code: good.code, openedAt: '2026-01-01T00:00:00.000Z', signed: { payload: good.payload, publicKey: good.publicKey, signature: good.signature }, attempts: [] },
      wrongKey: { code: good.code, openedAt: '2026-01-01T00:00:00.000Z', signed: { payload: good.payload, publicKey: good.publicKey, signature: good.signature }, attempts: [] },
      broken: { code: 1 },
      badPayload: { code: 'x', openedAt: 'x', signed: { payload: '{"v":1}', publicKey: good.publicKey, signature: good.signature }, attempts: [] },
    };
    const merged = mergeAssignments({ active: 'broken', entries }, state);
    expect(Object.keys(merged.entries)).toEqual([good.signature]);
    expect(merged.active).toBeNull();
    for (const junk of [null, undefined, 42, 'text', { entries: 'x' }, { active: 3, entries: {} }]) {
      expect(mergeAssignments(junk, state).entries).toEqual(state.entries);
    }
  });

  it('keeps the scenario list typed as vignette ids', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: [asScenarioId('school-bank-card')] }));
    const merged = mergeAssignments(
      { active: signed.signature, entries: { [signed.signature]: { code: signed.code, openedAt: 'x', signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature }, attempts: [] } } },
      useAssignmentStore.getState(),
    );
    expect(activeEntry(merged)?.signed.assignment.scenarios).toEqual(['school-bank-card']);
  });
});

describe('the active assignment store, when what is stored cannot be read', { timeout: 60_000 }, () => {
  it('keeps an unreadable entry aside instead of dropping it, and loads the others', async () => {
    const signed = await signAssignment(makeAssignment());
    const good = { code: signed.code, openedAt: 'x', signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature }, attempts: [] };
    const merged = mergeAssignments({ active: null, entries: { [signed.signature]: good, kapot: { code: 1 } } }, useAssignmentStore.getState(), localStorage);
    expect(Object.keys(merged.entries)).toEqual([signed.signature]);
    expect(setAsideRecords(localStorage, ASSIGNMENT_STORAGE_KEY)).toEqual([expect.objectContaining({ where: 'entries/kapot', value: { code: 1 } })]);
  });

  it('never overwrites a store written by a newer version', async () => {
    const newer = JSON.stringify({ state: { active: null, entries: {}, somethingNew: true }, version: ASSIGNMENT_STORE_VERSION + 1 });
    localStorage.setItem(ASSIGNMENT_STORAGE_KEY, newer);
    await useAssignmentStore.persist.rehydrate();
    const signed = await signAssignment(makeAssignment());
    useAssignmentStore.getState().open(signed.code, signed);
    expect(useAssignmentStore.getState().active).toBe(signed.signature);
    expect(localStorage.getItem(ASSIGNMENT_STORAGE_KEY)).toBe(newer);
  });
});
