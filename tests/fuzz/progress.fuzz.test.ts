// @vitest-environment node
// A learner's progress in its three forms: the progress file (export and import), SCORM
// suspend_data (also a cmi5 state document's `progress`), and the value the progress store keeps
// in localStorage. None carries a checksum: they must answer every input in time, without
// touching a prototype, and whatever they accept must be valid progress that reads back the same.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { decodeProgress, encodeProgress } from '../../src/integrations/lms/suspend-data/suspend-data-codec';
import { PROGRESS_FILE_MAX_BYTES, decodeProgressFile, encodeProgressFile } from '../../src/stores/progress-file';
import { PersistedProgressSchema } from '../../src/stores/progress.schema';
import { PROGRESS_VERSION, useProgressStore, type PersistedProgress } from '../../src/stores/progress-store';
import { memoryStorage, rehydrate } from '../records/frozen-samples.support';
import { ALL_SCENARIOS } from '../support/assignments';
import { describeReport, fuzzDecoder, fuzzTimeout, seedFor } from '../support/fuzz-harness';
import { buildCase, drawn, labelled, prototypeIds, recipes, type Case } from '../support/fuzz-inputs';
import { progressArbitrary, sampleTexts } from '../support/fuzz-records';
import { scenarioById } from '../support/scenario-text';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

type Original = { text: string; value: PersistedProgress };

const scenarios: ReadonlyMap<string, Scenario> = new Map(ALL_SCENARIOS.map((id) => [id as string, scenarioById(id)]));
const EXPORTED = new Date('2026-12-04T12:00:00Z');

/** What any accepted progress must be: valid by the stored schema. */
function expectValidProgress(progress: PersistedProgress) {
  expect(PersistedProgressSchema.safeParse(progress).success, 'accepted progress re-validates').toBe(true);
}

let generated: PersistedProgress[] = [];
let files: Original[] = [];
let suspended: Original[] = [];
const stored: Original[] = [];

beforeAll(async () => {
  generated = drawn(progressArbitrary, seedFor('progress originals'));
  files = [...sampleTexts('progress-file'), ...generated.map((p) => encodeProgressFile(p, EXPORTED))].map((text, i) => {
    const read = decodeProgressFile(text);
    if (!read.ok) throw new Error(`a valid progress file was refused: ${read.error}`);
    return labelled({ text, value: read.progress }, `progress file #${i}`);
  });
  suspended = [...sampleTexts('suspend-data'), ...generated.map((p) => encodeProgress(p, scenarios).text)].map((text, i) => {
    const read = decodeProgress(text, scenarios);
    if (!read.ok) throw new Error(`valid suspend_data was refused: ${read.reason}`);
    return labelled({ text, value: read.progress }, `suspend_data #${i}`);
  });
  const raws = [...sampleTexts('stored-progress'), ...generated.map((state) => JSON.stringify({ state, version: PROGRESS_VERSION }))];
  // One at a time: loading a store swaps the global localStorage.
  for (const [i, text] of raws.entries()) {
    const { inProgress, completed } = await rehydrate(useProgressStore, text);
    stored.push(labelled({ text, value: { inProgress, completed } }, `stored progress #${i}`));
  }
});

describe('progress fuzz', () => {
  it('a progress file: answers every input in time, and what it accepts is valid progress that reads back the same', async () => {
    const report = await fuzzDecoder({
      name: 'progress file',
      recipes: recipes(fc.constantFrom(...files), {
        json: true,
        oversize: PROGRESS_FILE_MAX_BYTES,
        prototypeTexts: prototypeIds(fc.constantFrom(...files), ALL_SCENARIOS),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original>) => decodeProgressFile(input.text),
      outcome: (out) => (out.ok ? 'accepted' : out.error),
      check: (input, out) => {
        if (input.kind === 'valid') expect(out.ok && out.progress).toEqual(input.original?.value);
        if (input.kind === 'oversized') expect(out).toEqual({ ok: false, error: 'too-large' });
        if (!out.ok) return;
        expectValidProgress(out.progress);
        const again = decodeProgressFile(encodeProgressFile(out.progress, EXPORTED));
        expect(again.ok && again.progress).toEqual(out.progress);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('suspend_data: answers every input in time, and what it accepts is progress on this package\'s vignettes that reads back the same', async () => {
    const report = await fuzzDecoder({
      name: 'suspend_data',
      recipes: recipes(fc.constantFrom(...suspended), {
        alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~',
        oversize: 64_000,
        prototypeTexts: prototypeIds(fc.constantFrom(...suspended), ALL_SCENARIOS),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original>) => decodeProgress(input.text, scenarios),
      outcome: (out) => (out.ok ? (out.skipped.length > 0 ? 'accepted, some skipped' : 'accepted') : out.reason),
      check: (input, out) => {
        if (input.kind === 'valid') expect(out.ok && out.progress).toEqual(input.original?.value);
        if (!out.ok) return;
        expectValidProgress(out.progress);
        for (const id of out.skipped) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        for (const [id, list] of Object.entries(out.progress.completed)) {
          expect(list.every((a) => a.scenarioId === id && a.contentVersion === scenarios.get(id)?.version)).toBe(true);
        }
        // Written again, the finished walks come back exactly. (A walk in progress is compacted
        // by replaying it, which is the encoder's business and too slow to repeat here.)
        const again = decodeProgress(encodeProgress({ inProgress: {}, completed: out.progress.completed }, scenarios, Infinity).text, scenarios);
        expect(again.ok && again.progress.completed).toEqual(out.progress.completed);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('stored progress: loading any stored value answers in time and leaves the store holding valid progress', async () => {
    const report = await fuzzDecoder({
      name: 'stored progress (signaal.progress)',
      recipes: recipes(fc.constantFrom(...stored), {
        json: true,
        oversize: 200_000,
        prototypeTexts: prototypeIds(fc.constantFrom(...stored), ALL_SCENARIOS),
      }),
      build: (recipe) => buildCase(recipe),
      decode: (input: Case<Original>) => rehydrate(useProgressStore, input.text),
      outcome: (state) => (Object.keys(state.completed).length + Object.keys(state.inProgress).length > 0 ? 'progress loaded' : 'nothing loaded'),
      check: (input, state) => {
        const progress = { inProgress: state.inProgress, completed: state.completed };
        if (input.kind === 'valid') expect(progress).toEqual(input.original?.value);
        expectValidProgress(progress);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());
});
