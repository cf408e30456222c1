// @vitest-environment node
// What the app keeps in localStorage besides progress, loaded the way a page load loads it: the
// trainer's assignments, the assignments a learner opened, the settings, and the LRS outbox.
// Anyone with the device (or a browser extension) can write there: loading must answer in time,
// never touch a prototype, and leave the store holding only values that re-validate — and no
// edited assignment may come to carry a valid trainer's signature.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, SECTORS } from '../../src/engine';
import { createOutbox, OUTBOX_STORAGE_KEY } from '../../src/integrations/lms/xapi/outbox';
import { AttemptRecordFileSchema } from '../../src/records/attempt.schema';
import { useAssignmentStore } from '../../src/stores/assignment-store';
import { useSettingsStore } from '../../src/stores/settings-store';
import { loadTrainer, TRAINER_STORAGE_KEY } from '../../src/stores/trainer-store';
import { memoryStorage, rehydrate } from '../records/frozen-samples.support';
import { assignmentArbitrary } from '../support/assignments';
import { expectNoForgery, expectSoundAssignment } from '../support/fuzz-checks';
import { describeReport, fuzzDecoder, fuzzTimeout, seedFor } from '../support/fuzz-harness';
import { PROTOTYPE_KEYS, buildCase, drawn, labelled, recipes, type Case } from '../support/fuzz-inputs';
import { sampleTexts, signWithFixedKey, walksThrough } from '../support/fuzz-records';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

type Original<V> = { text: string; value: V };

const persisted = (state: unknown) => JSON.stringify({ state, version: 1 });

type Parts = { payload: string; publicKey: string; signature: string };

const trainers: Original<ReturnType<typeof loadTrainer>['assignments']>[] = [];

/** Loads a stored trainer value as a page load does: record by record, from the storage it is given. */
const loadStoredTrainer = async (raw: string) => loadTrainer(memoryStorage({ [TRAINER_STORAGE_KEY]: raw }));
const opened: Original<ReturnType<typeof useAssignmentStore.getState>['entries']>[] = [];
const settings: Original<{ locale: string; sector: string | null }>[] = [];
let outboxes: Original<number>[] = [];
/** Every signed assignment in any original: the only parts a valid signature may cover. */
let signedOriginals: Parts[] = [];

const ENDPOINT = 'https://lrs.example.org/xapi/';

/** Loads a stored outbox as the app does, and counts the jobs waiting for the sample's LRS. */
function waitingIn(raw: string): number {
  const storage = memoryStorage({ [OUTBOX_STORAGE_KEY]: raw });
  return createOutbox({ lrs: { endpoint: ENDPOINT, auth: 'Basic eDp4' }, storage: () => storage, setTimer: () => undefined }).waiting();
}

beforeAll(async () => {
  const made = await Promise.all(drawn(assignmentArbitrary, seedFor('stored assignment originals')).map(signWithFixedKey));
  const entry = ({ signed, code }: (typeof made)[number]) => ({
    code,
    signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature },
  });
  const groups = fc.sample(fc.subarray(made, { minLength: 1, maxLength: 4 }), { numRuns: 24, seed: seedFor('stored groups') });
  const trainerRaws = groups.map((group) =>
    persisted({ assignments: Object.fromEntries(group.map((m) => [m.signed.assignment.id, { ...entry(m), createdAt: '2026-12-04T10:00:00.000Z' }])) }),
  );
  const openedRaws = groups.map((group, g) => {
    const entries = group.map((m, i) => {
      const attempts = fc.sample(walksThrough(m.signed.assignment.scenarios.slice(0, 2)), { numRuns: 1, seed: g * 10 + i })[0] ?? [];
      return [m.signed.signature, { ...entry(m), openedAt: '2026-12-04T10:00:00.000Z', attempts }] as const;
    });
    return persisted({ active: entries.at(-1)?.[0] ?? null, entries: Object.fromEntries(entries) });
  });
  signedOriginals = made.map((m) => entry(m).signed);

  // One at a time: loading a store swaps the global localStorage.
  for (const [i, text] of [...sampleTexts('stored-trainer'), ...trainerRaws].entries()) {
    trainers.push(labelled({ text, value: (await loadStoredTrainer(text)).assignments }, `stored trainer #${i}`));
  }
  for (const [i, text] of [...sampleTexts('stored-assignments'), ...openedRaws].entries()) {
    opened.push(labelled({ text, value: (await rehydrate(useAssignmentStore, text)).entries }, `stored assignments #${i}`));
  }
  const settingRaws = LOCALES.flatMap((locale) => [null, ...SECTORS].map((sector) => persisted({ locale, sector })));
  for (const [i, text] of [...sampleTexts('stored-settings'), ...settingRaws].entries()) {
    const { locale, sector } = await rehydrate(useSettingsStore, text);
    settings.push(labelled({ text, value: { locale, sector } }, `stored settings #${i}`));
  }
  const [outbox = ''] = sampleTexts('stored-lrs-outbox');
  const { jobs } = JSON.parse(outbox) as { jobs: unknown[] };
  const subsets = fc.sample(fc.subarray(jobs), { numRuns: 8, seed: seedFor('outbox originals') });
  outboxes = [outbox, ...subsets.map((subset) => JSON.stringify({ version: 1, jobs: subset }))].map((text, i) => labelled({ text, value: waitingIn(text) }, `outbox #${i}`));
  for (const original of [...trainers, ...opened]) {
    for (const value of Object.values(original.value)) signedOriginals.push(value.signed);
  }
});

/** Whole stored values keyed by prototype names: `{"state":{"assignments":{"__proto__":…}}}`. */
const prototypeStores = (wrap: (key: string, inner: object) => unknown) =>
  fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => {
    const inner = {};
    Object.defineProperty(inner, key, { value: { polluted: true, value }, enumerable: true });
    return JSON.stringify(wrap(key, inner));
  });

describe('stored values fuzz', () => {
  it("the trainer's assignments: loading any stored value answers in time and keeps only assignments that are what they say", async () => {
    const report = await fuzzDecoder({
      name: 'stored trainer (signaal.trainer)',
      recipes: recipes(fc.constantFrom(...trainers), {
        json: true,
        oversize: 200_000,
        prototypeTexts: prototypeStores((_key, inner) => ({ state: { assignments: inner }, version: 1 })),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original<unknown>>) => loadStoredTrainer(input.text),
      outcome: (state) => `${Object.keys(state.assignments).length} assignments`,
      check: async (input, state) => {
        if (input.kind === 'valid') expect(state.assignments).toEqual(input.original?.value);
        for (const [id, made] of Object.entries(state.assignments)) {
          expectSoundAssignment(made.signed);
          expect(made.signed.assignment.id, 'kept under its own id').toBe(id);
          await expectNoForgery(made.signed, signedOriginals);
        }
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('the assignments a learner opened: loading any stored value answers in time and keeps only valid entries', async () => {
    const report = await fuzzDecoder({
      name: 'stored assignments (signaal.assignments)',
      recipes: recipes(fc.constantFrom(...opened), {
        json: true,
        oversize: 200_000,
        prototypeTexts: prototypeStores((key, inner) => ({ state: { active: key, entries: inner }, version: 1 })),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original<unknown>>) => rehydrate(useAssignmentStore, input.text),
      outcome: (state) => `${Object.keys(state.entries).length} entries`,
      check: async (input, state) => {
        if (input.kind === 'valid') expect(state.entries).toEqual(input.original?.value);
        expect(state.active === null || typeof state.active === 'string').toBe(true);
        for (const entry of Object.values(state.entries)) {
          expectSoundAssignment(entry.signed);
          for (const attempt of entry.attempts) expect(AttemptRecordFileSchema.safeParse(attempt).success, 'a kept attempt re-validates').toBe(true);
          await expectNoForgery(entry.signed, signedOriginals);
        }
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('the settings: loading any stored value answers in time and leaves a known language and sector', async () => {
    const report = await fuzzDecoder({
      name: 'stored settings (signaal.settings)',
      recipes: recipes(fc.constantFrom(...settings), {
        json: true,
        oversize: 200_000,
        prototypeTexts: prototypeStores((key, inner) => ({ state: { locale: key, sector: key, ...inner }, version: 1 })),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original<unknown>>) => rehydrate(useSettingsStore, input.text),
      outcome: ({ locale, sector }) => `${locale}/${sector ?? 'no sector'}`,
      check: (input, { locale, sector }) => {
        if (input.kind === 'valid') expect({ locale, sector }).toEqual(input.original?.value);
        expect(LOCALES).toContain(locale);
        expect([null, ...SECTORS]).toContain(sector);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('the LRS outbox: reading any stored value answers in time with a count of waiting jobs', async () => {
    const report = await fuzzDecoder({
      name: 'stored LRS outbox (signaal.lrs-outbox)',
      recipes: recipes(fc.constantFrom(...outboxes), {
        json: true,
        oversize: 200_000,
        prototypeTexts: prototypeStores((key, inner) => ({ version: 1, jobs: [{ kind: key, endpoint: ENDPOINT, statement: inner, target: inner, document: inner }] })),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original<number>>) => waitingIn(input.text),
      outcome: (waiting) => (waiting > 0 ? 'jobs waiting' : 'nothing waiting'),
      check: (input, waiting) => {
        if (input.kind === 'valid') expect(waiting).toBe(input.original?.value);
        expect(Number.isInteger(waiting) && waiting >= 0).toBe(true);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());
});
