// @vitest-environment node
// What an LMS or LRS hands Signaal: xAPI and cmi5 launch parameters in the page's query string,
// and the cmi5 documents it reads back (LMS.LaunchData, learner preferences, Signaal's own
// progress state). Every one is validated before it is trusted: reading must answer in time,
// never touch a prototype, and whatever is accepted must re-validate and read back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaunchDataSchema, LearnerPreferencesSchema } from '../../src/integrations/lms/cmi5/cmi5-replies.schema';
import { ProgressStateSchema } from '../../src/integrations/lms/progress-state';
import { Cmi5LaunchSchema, XapiLaunchSchema, readCmi5Launch, readXapiLaunch, type LaunchRead } from '../../src/integrations/lms/xapi/launch-params';
import { describeReport, fuzzDecoder, fuzzTimeout, seedFor } from '../support/fuzz-harness';
import { sameJson } from '../support/fuzz-checks';
import { PROTOTYPE_KEYS, buildCase, drawn, labelled, recipes, type Case } from '../support/fuzz-inputs';

// The shared test setup clears localStorage after each test; Node has none, and nothing here stores.
Object.defineProperty(globalThis, 'localStorage', { value: { clear: () => undefined }, configurable: true, writable: true });

type Original = { text: string };

/** The query string of a launch: every value a string, the actor as JSON. */
const searchOf = (values: Record<string, unknown>) =>
  `?${new URLSearchParams(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  ).toString()}`;

const endpoint = fc.constantFrom('https://lrs.example.org/xapi/', 'https://lms.example.nl/lrs/', 'http://localhost:8080/xapi/', 'https://127.0.0.1/x/');
const account = fc.record({ homePage: fc.constantFrom('https://lms.example.nl', 'https://moodle.example.org'), name: fc.string({ minLength: 1, maxLength: 20 }) });
const registration = fc.uuid();
const iri = fc.constantFrom('https://signaal.example.org/course', 'urn:signaal:course:1', 'https://lms.example.nl/au/42');

const xapiLaunches = fc
  .record(
    {
      endpoint,
      auth: fc.string({ minLength: 1, maxLength: 40 }).map((s) => `Basic ${Buffer.from(s).toString('base64')}`),
      actor: fc.oneof(fc.record({ account }), fc.record({ mbox: fc.emailAddress().map((e) => `mailto:${e}`) })),
      registration,
      activity_id: iri,
    },
    { requiredKeys: ['endpoint', 'auth'] },
  )
  .map(searchOf);

const cmi5Launches = fc.record({ endpoint, fetch: endpoint.map((e) => `${e}token`), actor: fc.record({ account }), registration, activityId: iri }).map(searchOf);

/** Launch queries with prototype names as parameter names and inside the actor's JSON. */
const prototypeLaunches = (valid: fc.Arbitrary<Original>) =>
  fc.tuple(valid, fc.constantFrom(...PROTOTYPE_KEYS)).map(([{ text }, key]) => {
    const actor = `{"${key}":{"polluted":true},"account":{"${key}":{"polluted":true},"homePage":"https://x.example","name":"n"}}`;
    return `${text}&${key}=1&${encodeURIComponent(key)}[polluted]=1&actor=${encodeURIComponent(actor)}`;
  });

const originalsOf = (arbitrary: fc.Arbitrary<string>, name: string) => drawn(arbitrary, seedFor(name)).map((text, i) => labelled({ text }, `${name} #${i}`));

/** One launch reader: what it accepts re-validates and reads back the same from its own query. */
async function fuzzLaunch<T extends Record<string, unknown>>(
  name: string,
  valid: fc.Arbitrary<string>,
  read: (search: string) => LaunchRead<T> | undefined,
  schema: { safeParse: (v: unknown) => { success: boolean } },
) {
  const originals = originalsOf(valid, name);
  return fuzzDecoder({
    name,
    recipes: recipes(fc.constantFrom(...originals), {
      alphabet: 'abcdefghijklmnopqrstuvwxyzABCDEF0123456789%&=?:/.-_+{}"',
      oversize: 64_000,
      prototypeTexts: prototypeLaunches(fc.constantFrom(...originals)),
    }),
    build: (recipe) => buildCase(recipe),
    decode: (input: Case<Original>) => read(input.text),
    outcome: (out) => (out === undefined ? 'no launch' : out.ok ? 'accepted' : out.reason),
    check: (input, out) => {
      if (input.kind === 'valid') expect(out, 'a valid launch is read').toEqual({ ok: true, launch: expect.anything() });
      if (!out?.ok) return;
      expect(schema.safeParse(out.launch).success, 'accepted launch parameters re-validate').toBe(true);
      expect(read(searchOf(out.launch))).toEqual(out);
    },
  });
}

const launchData = fc.record(
  {
    contextTemplate: fc.record({ extensions: fc.dictionary(fc.webUrl(), fc.string()) }),
    launchMode: fc.constantFrom('Normal', 'Browse', 'Review'),
    moveOn: fc.constantFrom('Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'),
    masteryScore: fc.double({ min: 0, max: 1, noNaN: true }),
    launchParameters: fc.string(),
  },
  { requiredKeys: ['contextTemplate', 'launchMode', 'moveOn'] },
);
const preferences = fc.record({ languagePreference: fc.constantFrom('nl-NL', 'en-US', 'nl,en', 'fy-NL'), audioPreference: fc.constantFrom('on', 'off') }, { requiredKeys: [] });
// Both versions of the document an LRS may hold: version 1 had no location.
const progressState = fc.oneof(
  fc.record({
    version: fc.constant(1),
    progress: fc.constantFrom('', 'v1~hotel-room-214.1.AB..', 'v1'),
    completedSent: fc.boolean(),
    passedSent: fc.boolean(),
  }),
  fc.record({
    version: fc.constant(2),
    progress: fc.constantFrom('', 'v2~hotel-room-214.2.AB..', 'v2'),
    location: fc.constantFrom('', 'hotel-room-214', 'hotel-room-214/night'),
    completedSent: fc.boolean(),
    passedSent: fc.boolean(),
  }),
);

/** One reply schema, read as the adapter reads a document from the LMS or LRS. */
function fuzzReply(name: string, valid: fc.Arbitrary<unknown>, schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }) {
  const originals = originalsOf(valid.map((v) => JSON.stringify(v)), name);
  const read = (text: string) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return undefined;
    }
    const parsed = schema.safeParse(raw);
    return parsed.success ? { data: parsed.data } : undefined;
  };
  return fuzzDecoder({
    name,
    recipes: recipes(fc.constantFrom(...originals), { json: true, oversize: 64_000 }),
    build: (recipe) => buildCase(recipe),
    decode: (input: Case<Original>) => read(input.text),
    outcome: (out) => (out ? 'accepted' : 'refused'),
    check: (input, out) => {
      if (input.kind === 'valid') expect(out, 'a valid document is read').toBeDefined();
      if (!out) return;
      const again = schema.safeParse(out.data);
      expect(again.success, 'an accepted document re-validates').toBe(true);
      expect(sameJson(again.data, out.data), 'read again, it stays the same').toBe(true);
    },
  });
}

describe('launch and LMS reply fuzz', () => {
  it('xAPI launch parameters: read in time, re-validated, read back the same', async () => {
    console.info(describeReport(await fuzzLaunch('xAPI launch parameters', xapiLaunches, readXapiLaunch, XapiLaunchSchema)));
  }, fuzzTimeout());

  it('cmi5 launch parameters: read in time, re-validated, read back the same', async () => {
    console.info(describeReport(await fuzzLaunch('cmi5 launch parameters', cmi5Launches, readCmi5Launch, Cmi5LaunchSchema)));
  }, fuzzTimeout());

  it('cmi5 LMS.LaunchData: read in time and re-validated', async () => {
    console.info(describeReport(await fuzzReply('cmi5 LMS.LaunchData', launchData, LaunchDataSchema)));
  }, fuzzTimeout());

  it('cmi5 learner preferences: read in time and re-validated', async () => {
    console.info(describeReport(await fuzzReply('cmi5 learner preferences', preferences, LearnerPreferencesSchema)));
  }, fuzzTimeout());

  it("Signaal's progress state in the LRS: read in time and re-validated", async () => {
    console.info(describeReport(await fuzzReply('LRS progress state', progressState, ProgressStateSchema)));
  }, fuzzTimeout());
});
