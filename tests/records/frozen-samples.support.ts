// How the frozen samples in tests/fixtures/records/ are read: one reader per format, each going
// through the app's public entry points and returning a plain summary (what was decoded, what
// the signatures and checksums say, and every score recomputed from the recorded answers). The
// generator recorded these summaries as <name>.expected.json; the tests compare them again with
// whatever the code says today. Readers never throw on a bad sample: they return `refused`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAssignmentView } from '../../src/app/assignment-route';
import {
  createScenarioMachine,
  currentScene,
  replayEvents,
  scoreAttempt,
  type AttemptRecord,
  type ScenarioStructure,
  type ScenarioId,
} from '../../src/engine';
import { verifyCertificate } from '../../src/features/verify/verify-certificate';
import { decodeProgress, vignettesIn } from '../../src/integrations/lms/suspend-data/suspend-data-codec';
import { createOutbox } from '../../src/integrations/lms/xapi/outbox';
import { fingerprintOf, verifySignature } from '../../src/integrations/signing';
import {
  assignmentDigest,
  decodeAssignmentCode,
  decodeResultCode,
  expandAttempt,
  isPossibleAttempt,
  readResultFile,
  scoreAssignment,
  type Assignment,
  type AssignmentScore,
  type CompactAttempt,
  type SignedAssignment,
} from '../../src/records';
import { readCertificateInput } from '../../src/records/certificate.file';
import type { JsonObject } from '../../src/records/certificate.open-badge';
import { useAssignmentStore } from '../../src/stores/assignment-store';
import { decodeProgressFile } from '../../src/stores/progress-file';
import { useProgressStore, type PersistedProgress } from '../../src/stores/progress-store';
import { useSettingsStore } from '../../src/stores/settings-store';
import { loadTrainer, TRAINER_STORAGE_KEY } from '../../src/stores/trainer-store';
import { contentDependencies } from '../support/certificates';
import { scenarioById, scenarioCodes, structureAt } from '../support/scenario-text';

export const SAMPLES_ROOT = resolve('tests/fixtures/records');

/**
 * Self-paced progress carries no pass mark; these samples were scored at the pass mark the app
 * used for self-paced study when they were made.
 */
export const SELF_PACED_PASS_MARK = 70;

/**
 * The vignette a record was made on: its id and content version — the current content when the
 * version matches, else the archived structure of that shipped version (content/archive), so
 * that these old records keep replaying.
 */
export function vignetteAt(id: string, version: number): ScenarioStructure | undefined {
  return structureAt(id, version);
}

/** The vignettes by id, at the versions given, for codecs that take a map. */
function vignettesAt(wanted: Iterable<[string, number]>): Map<ScenarioId, ScenarioStructure> {
  const map = new Map<ScenarioId, ScenarioStructure>();
  for (const [id, version] of wanted) {
    const scenario = vignetteAt(id, version);
    if (scenario) map.set(scenario.id, scenario);
  }
  return map;
}

const isKnown = (id: string) => {
  try {
    return scenarioById(id).id === id;
  } catch {
    return false;
  }
};

const utf8 = (text: string) => new TextEncoder().encode(text);

export type Summary = Record<string, unknown>;

/** Part scores are fractions; six decimals keep them exact enough without pinning float noise. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Reads another sample by its path below tests/fixtures/records. */
export type ReadSample = (path: string) => string;
const readSampleFile: ReadSample = (path) => readFileSync(join(SAMPLES_ROOT, path), 'utf8');

/**
 * Whether a record was made by attempt record v2 or later: scored under rules 2, or played with a
 * shuffled option order (every new run has a seed of 1 or more). Records of the formats made before
 * (rules 1, seed 0) were frozen without their run and neutral tallies, and are summarised as then;
 * a newer record read as an older one, or the other way round, changes its summary either way.
 */
const madeByRecordV2 = (run: { seed: number; rules?: number }) => run.seed !== 0 || (run.rules !== undefined && run.rules !== 1);

/** One attempt: the walk as recorded, whether the vignette allows it, and its scores. */
export function summariseAttempt(attempt: AttemptRecord, passMark: number): Summary {
  const scenario = vignetteAt(attempt.scenarioId, attempt.contentVersion);
  const score = scenario ? scoreAttempt(scenario, attempt, passMark) : undefined;
  const v2 = madeByRecordV2(attempt);
  return {
    scenarioId: attempt.scenarioId,
    contentVersion: attempt.contentVersion,
    ...(v2 ? { run: { mode: attempt.mode, seed: attempt.seed, rules: attempt.rules } } : {}),
    path: [...attempt.path],
    flags: [...attempt.flags],
    choices: attempt.choices.map((c) => `${c.scene}/${c.option}`),
    possible: scenario ? isPossibleAttempt(scenario, attempt) : false,
    score: score
      ? {
          passMark,
          recognition: round(score.recognition),
          decision: score.decision === null ? null : round(score.decision),
          overall: score.overall,
          passed: score.passed,
          hits: score.counts.hits,
          misses: score.counts.misses,
          falseAlarms: score.counts.falseAlarms,
          correctRejections: score.counts.correctRejections,
          decisions: score.decisions.map((d) => `${d.option}:${d.quality}`),
          ...(v2
            ? {
                neutralsSeen: score.tallies.neutrals.total,
                neutralsMarked: score.neutrals.filter((n) => n.outcome === 'false-alarm').map((n) => n.unit),
                dPrime: round(score.dPrime),
                criterion: round(score.criterion),
              }
            : {}),
        }
      : null,
  };
}

const summariseCourse = (score: AssignmentScore): Summary => ({
  done: score.done,
  finished: score.finished,
  overall: score.overall,
  passed: score.passed,
  vignettes: score.vignettes.map((v) => ({ scenarioId: v.scenarioId, tries: v.tries, overall: v.score?.overall ?? null })),
});

/** An assignment's score over a learner's attempts, each latest attempt on the vignette it was played on. */
function courseOf(assignment: Pick<Assignment, 'scenarios' | 'passMark'>, attempts: readonly AttemptRecord[]): Summary {
  const latest = new Map(attempts.map((a) => [a.scenarioId as string, a.contentVersion]));
  return summariseCourse(scoreAssignment(assignment, attempts, vignettesAt(latest)));
}

/** The signed parts of an assignment: what it says, and whether its signature holds. */
async function summariseSigned(signed: SignedAssignment): Promise<Summary> {
  return {
    assignment: signed.assignment,
    payload: signed.payload,
    publicKey: signed.publicKey,
    fingerprint: await fingerprintOf(signed.publicKey),
    signature: await verifySignature(signed.publicKey, utf8(signed.payload), signed.signature),
  };
}

const bits = (flags: readonly boolean[]) => flags.map((on) => (on ? '1' : '0')).join('');

/** Where a walk in progress stands when its events are replayed through the machine. */
function summariseRunning(id: string, running: PersistedProgress['inProgress'][string]): Summary {
  const scenario = vignetteAt(id, running.contentVersion);
  if (!scenario) return { contentVersion: running.contentVersion, events: running.events.length, replayed: null };
  const actor = replayEvents(createScenarioMachine(scenario), { scenario, mode: running.mode, seed: running.seed }, running.events);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return {
    contentVersion: running.contentVersion,
    ...(madeByRecordV2(running) ? { mode: running.mode, seed: running.seed } : {}),
    events: running.events.length,
    replayed: {
      status: snapshot.status,
      scene: currentScene(snapshot.context) ?? null,
      path: [...snapshot.context.path],
      flags: [...snapshot.context.flags],
      choices: snapshot.context.choices.map((c) => `${c.scene}/${c.option}`),
    },
  };
}

/** A learner's progress: walks in progress replayed, finished attempts rescored. */
export function summariseProgress(progress: PersistedProgress, passMark = SELF_PACED_PASS_MARK): Summary {
  const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return {
    inProgress: Object.fromEntries(sorted(progress.inProgress).map(([id, running]) => [id, summariseRunning(id, running)])),
    completed: Object.fromEntries(sorted(progress.completed).map(([id, list]) => [id, list.map((a) => summariseAttempt(a, passMark))])),
  };
}

// ---------------------------------------------------------------------------------------------
// One reader per format.

/**
 * A certificate code, verified as the verify page does; with the badge it came in, if any. The
 * verify page loads vignettes by id: when versions are archived, its dependencies must find the
 * version a certificate names, as vignetteAt does.
 */
export async function readCertificateCode(code: string, badge?: JsonObject): Promise<Summary> {
  const checked = await verifyCertificate({ code, ...(badge ? { badge } : {}) }, contentDependencies);
  if (checked.kind === 'refused') return { refused: checked.error };
  const { certificate, signature } = checked;
  return {
    verdict: checked.verdict,
    number: checked.number,
    locale: certificate.locale,
    issued: certificate.issued,
    learner: certificate.learner,
    passMark: certificate.passMark,
    assignment: certificate.assignment ?? null,
    countersignature: certificate.countersignature
      ? {
          publicKey: certificate.countersignature.publicKey,
          fingerprint: signature?.fingerprint ?? null,
          check: signature?.check ?? null,
          badge: signature?.badge ?? null,
        }
      : null,
    vignettes: checked.attempts.map(({ attempt, status, recomputed, structure }) => {
      const record = structure ? expandAttempt(structure, attempt) : undefined;
      return {
        scenarioId: attempt.scenarioId,
        contentVersion: attempt.contentVersion,
        flagged: bits(attempt.flagged),
        options: attempt.options,
        stated: attempt.stated,
        status,
        recomputed: recomputed ?? null,
        attempt: record ? summariseAttempt(record, certificate.passMark) : null,
      };
    }),
  };
}

/** A certificate's data file (or anything else pasted into the verify page). */
export async function readCertificateFile(text: string): Promise<Summary> {
  const input = readCertificateInput(text);
  if (!input.ok) return { refused: input.error };
  const file = JSON.parse(text) as Record<string, unknown>;
  return { number: file.number, verify: file.verify, certificate: await readCertificateCode(input.value.code) };
}

/** An Open Badges 3.0 credential of a countersigned certificate, with its proof checked. */
export async function readOpenBadge(text: string): Promise<Summary> {
  const input = readCertificateInput(text);
  if (!input.ok) return { refused: input.error };
  const badge = input.value.badge;
  if (!badge) return { refused: 'not-a-badge' };
  const subject = badge.credentialSubject as JsonObject;
  const achievement = subject.achievement as JsonObject;
  return {
    id: badge.id,
    name: badge.name,
    issuer: badge.issuer,
    validFrom: badge.validFrom,
    achievement: { id: achievement.id, name: achievement.name, inLanguage: achievement.inLanguage },
    results: subject.result,
    certificate: await readCertificateCode(input.value.code, badge),
  };
}

/** An assignment link as a trainer shares it: the app's route, the code, the signature. */
export async function readAssignmentLink(link: string): Promise<Summary> {
  const hash = new URL(link).hash;
  const [, screen, ...parts] = hash.split('/');
  const view = screen === 'assignment' ? parseAssignmentView(parts) : undefined;
  if (view?.kind !== 'open') return { refused: 'not-an-assignment-link' };
  const decoded = await decodeAssignmentCode(view.code, scenarioCodes);
  if (!decoded.ok) return { refused: decoded.error };
  return {
    ...(await summariseSigned(decoded.value)),
    digest: await assignmentDigest(decoded.value),
    vignettesKnown: decoded.value.assignment.scenarios.every(isKnown),
  };
}

/** A learner's result file: the signed assignment, every attempt replayed and rescored. */
export async function readResultFileSample(text: string): Promise<Summary> {
  const read = readResultFile(text, scenarioCodes);
  if (!read.ok) return { refused: read.error };
  const { learner, savedAt, signed, attempts } = read.value;
  return {
    learner,
    savedAt,
    ...(await summariseSigned(signed)),
    digest: await assignmentDigest(signed),
    attempts: attempts.map((a) => summariseAttempt(a, signed.assignment.passMark)),
    course: courseOf(signed.assignment, attempts),
  };
}

/** A short result code, read against the assignment link it was made for (a sample path). */
export async function readResultCode(code: string, madeFor: string, readSample = readSampleFile): Promise<Summary> {
  const link = readSample(madeFor);
  const decoded = decodeResultCode(code, scenarioCodes);
  if (!decoded.ok) return { refused: decoded.error };
  const opened = await decodeAssignmentCode(parseLinkCode(link), scenarioCodes);
  if (!opened.ok) return { refused: `assignment-${opened.error}` };
  const { assignment } = opened.value;
  const expand = (compact: CompactAttempt) => {
    const scenario = vignetteAt(compact.scenarioId, compact.contentVersion);
    return scenario ? expandAttempt(scenario, compact) : undefined;
  };
  const records = decoded.value.attempts.map(expand);
  return {
    madeFor,
    assignmentId: decoded.value.assignmentId,
    assignmentDigest: decoded.value.assignmentDigest,
    forThisAssignment:
      decoded.value.assignmentId === assignment.id && decoded.value.assignmentDigest === (await assignmentDigest(opened.value)),
    learner: decoded.value.learner,
    attempts: decoded.value.attempts.map((compact, i) => {
      const record = records[i];
      return {
        scenarioId: compact.scenarioId,
        contentVersion: compact.contentVersion,
        flagged: bits(compact.flagged),
        options: compact.options,
        attempt: record ? summariseAttempt(record, assignment.passMark) : null,
      };
    }),
    course: courseOf(assignment, records.filter((r) => r !== undefined)),
  };
}

function parseLinkCode(link: string): string {
  const [, screen, ...parts] = new URL(link).hash.split('/');
  const view = screen === 'assignment' ? parseAssignmentView(parts) : undefined;
  return view?.kind === 'open' ? view.code : '';
}

/** The learner's progress file (export / import on "Mijn voortgang"). */
export function readProgressFile(text: string): Summary {
  const decoded = decodeProgressFile(text);
  if (!decoded.ok) return { refused: decoded.error };
  return { exportedAt: decoded.exportedAt, progress: summariseProgress(decoded.progress) };
}

/** SCORM suspend_data (also inside a cmi5 state document), decoded against the vignettes it names. */
export function readSuspendData(text: string): Summary {
  const decoded = decodeProgress(text, vignettesAt(versionsIn(text)));
  if (!decoded.ok) return { refused: decoded.reason };
  return { skipped: decoded.skipped, progress: summariseProgress(decoded.progress) };
}

/** The (id, content version) of each entry of a suspend_data text. */
const versionsIn = (text: string): [string, number][] => vignettesIn(text).map(({ id, version }) => [id, version]);

// ---------------------------------------------------------------------------------------------
// Values the app keeps in localStorage, read back the way the app reads them at start-up: the
// store's own persist options (migrate, then merge), against its initial state.

/** A Storage in memory, holding the given items. */
export function memoryStorage(items: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(items));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

type PersistedStore<S> = {
  getInitialState: () => S;
  setState: (state: S, replace: true) => void;
  getState: () => S;
  persist: { rehydrate: () => Promise<void> | void; getOptions: () => { name?: string } };
};

/** Loads a stored value into a store exactly as a page load would, and returns the store's state. */
export async function rehydrate<S>(store: PersistedStore<S>, raw: string): Promise<S> {
  const name = store.persist.getOptions().name ?? '';
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  const install = (storage: Storage) => Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  // Setting a persisted store's state writes it to storage: reset it against a scratch storage.
  install(memoryStorage());
  store.setState(store.getInitialState(), true);
  install(memoryStorage({ [name]: raw }));
  try {
    await store.persist.rehydrate();
    return store.getState();
  } finally {
    install(memoryStorage());
    store.setState(store.getInitialState(), true);
    if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  }
}

/** `signaal.progress`: the learner's own progress. */
export async function readStoredProgress(raw: string): Promise<Summary> {
  const state = await rehydrate(useProgressStore, raw);
  return { notice: state.notice, progress: summariseProgress(state) };
}

/** Whether a stored link code still opens to the stored signed parts. */
async function codeMatches(code: string, signed: SignedAssignment): Promise<boolean> {
  const link = await decodeAssignmentCode(code, scenarioCodes);
  return link.ok && link.value.payload === signed.payload && link.value.signature === signed.signature;
}

/** `signaal.trainer`: the assignments a trainer made. */
export async function readStoredTrainer(raw: string): Promise<Summary> {
  // The trainer store reads record by record from the storage it is given, as a page load does.
  const state = loadTrainer(memoryStorage({ [TRAINER_STORAGE_KEY]: raw }));
  const made = Object.entries(state.assignments).sort(([a], [b]) => a.localeCompare(b));
  const imported = Object.entries(state.results).filter(([, list]) => list.length > 0);
  return {
    assignments: await Promise.all(
      made.map(async ([id, entry]) => ({
        id,
        createdAt: entry.createdAt,
        codeMatches: await codeMatches(entry.code, entry.signed),
        ...(entry.expected ? { expected: entry.expected } : {}),
        ...(await summariseSigned(entry.signed)),
      })),
    ),
    // Version 2 keeps the results the trainer imported: each replayed and rescored, and the
    // course of the counted ones (the dashboard's one row per learner is built from these).
    ...(imported.length > 0
      ? {
          results: Object.fromEntries(
            imported
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([id, list]) => {
                const assignment = state.assignments[id]?.signed.assignment;
                const passMark = assignment?.passMark ?? SELF_PACED_PASS_MARK;
                return [
                  id,
                  list.map((result) => ({
                    id: result.id,
                    source: result.source,
                    via: result.via,
                    learner: result.learner,
                    savedAt: result.savedAt ?? null,
                    importedAt: result.importedAt,
                    flag: result.flag,
                    detail: result.detail ?? null,
                    attempts: result.attempts.map((a) => summariseAttempt(a, passMark)),
                    course: assignment && result.flag === null ? courseOf(assignment, result.attempts) : null,
                  })),
                ];
              }),
          ),
        }
      : {}),
  };
}

/** `signaal.assignments`: the assignments a learner opened, with the attempts played for them. */
export async function readStoredAssignments(raw: string): Promise<Summary> {
  const state = await rehydrate(useAssignmentStore, raw);
  const entries = Object.entries(state.entries).sort(([a], [b]) => a.localeCompare(b));
  return {
    active: state.active,
    entries: await Promise.all(
      entries.map(async ([key, entry]) => ({
        key,
        openedAt: entry.openedAt,
        codeMatches: await codeMatches(entry.code, entry.signed),
        ...(await summariseSigned(entry.signed)),
        attempts: entry.attempts.map((a) => summariseAttempt(a, entry.signed.assignment.passMark)),
        course: courseOf(entry.signed.assignment, entry.attempts),
      })),
    ),
  };
}

/** `signaal.settings`: language and sector. */
export async function readStoredSettings(raw: string): Promise<Summary> {
  const state = await rehydrate(useSettingsStore, raw);
  return { locale: state.locale, sector: state.sector };
}

type SentRequest = { method: string; url: URL; body: unknown };

const summariseStatement = (statement: Record<string, unknown>): Summary => {
  const result = statement.result as Record<string, unknown> | undefined;
  const context = statement.context as Record<string, unknown> | undefined;
  const score = result?.score as Record<string, unknown> | undefined;
  return {
    id: statement.id,
    actor: statement.actor,
    verb: (statement.verb as Record<string, unknown>).id,
    object: (statement.object as Record<string, unknown>).id,
    parent: ((context?.contextActivities as Record<string, { id: string }[]> | undefined)?.parent ?? []).map((a) => a.id),
    registration: context?.registration ?? null,
    language: context?.language ?? null,
    timestamp: statement.timestamp,
    result: result
      ? {
          response: result.response ?? null,
          success: result.success ?? null,
          completion: result.completion ?? null,
          score: score?.raw ?? null,
          duration: result.duration ?? null,
          extensions: result.extensions ?? null,
        }
      : null,
  };
};

/**
 * `signaal.lrs-outbox`: statements and state documents waiting for an LRS. Read by the outbox
 * itself, then delivered to a stand-in LRS that accepts everything; summarised as sent, in order.
 */
export async function readOutbox(raw: string): Promise<Summary> {
  let endpoints: string[];
  try {
    const parsed = JSON.parse(raw) as { jobs?: { endpoint?: unknown }[] };
    endpoints = [...new Set((parsed.jobs ?? []).map((j) => j.endpoint).filter((e): e is string => typeof e === 'string'))];
  } catch {
    return { refused: 'not-json' };
  }
  const storage = memoryStorage({ 'signaal.lrs-outbox': raw });
  const sent: SentRequest[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ method: init?.method ?? 'GET', url: new URL(String(input)), body: JSON.parse(String(init?.body)) as unknown });
    return new Response(null, { status: 204 });
  };
  const perEndpoint: Summary[] = [];
  try {
    for (const endpoint of endpoints) {
      const outbox = createOutbox({ lrs: { endpoint, auth: 'Basic c2FtcGxlOnNhbXBsZQ==' }, storage: () => storage, setTimer: () => undefined });
      const waiting = outbox.waiting();
      const from = sent.length;
      await outbox.flush();
      perEndpoint.push({
        endpoint,
        waiting,
        left: outbox.waiting(),
        sent: sent.slice(from).map(({ method, url, body }) => {
          const resource = url.pathname.split('/').at(-1);
          if (resource === 'statements') return { method, resource, statement: summariseStatement(body as Record<string, unknown>) };
          const document = body as { progress?: unknown };
          return {
            method,
            resource: url.pathname.split('/').slice(-2).join('/'),
            stateId: url.searchParams.get('stateId'),
            activityId: url.searchParams.get('activityId'),
            registration: url.searchParams.get('registration'),
            agent: JSON.parse(url.searchParams.get('agent') ?? 'null') as unknown,
            document: { ...(body as object), progress: typeof document.progress === 'string' ? readSuspendData(document.progress) : null },
          };
        }),
      });
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  return { endpoints: perEndpoint };
}

// ---------------------------------------------------------------------------------------------

type Reader = (text: string, expected: Summary, readSample?: ReadSample) => Promise<Summary> | Summary;

/**
 * How each folder of tests/fixtures/records is read. A result code is read against the
 * assignment link sample its expected.json names (`madeFor`).
 */
export const FORMATS: Record<string, { ext: string; read: Reader }> = {
  'certificate-code': { ext: 'txt', read: (text) => readCertificateCode(text) },
  'certificate-file': { ext: 'json', read: readCertificateFile },
  'open-badge': { ext: 'json', read: readOpenBadge },
  'assignment-link': { ext: 'txt', read: readAssignmentLink },
  'result-file': { ext: 'json', read: readResultFileSample },
  'result-code': { ext: 'txt', read: (text, expected, readSample) => readResultCode(text, String(expected.madeFor), readSample) },
  'progress-file': { ext: 'json', read: readProgressFile },
  'suspend-data': { ext: 'txt', read: readSuspendData },
  'stored-progress': { ext: 'json', read: readStoredProgress },
  'stored-trainer': { ext: 'json', read: readStoredTrainer },
  'stored-assignments': { ext: 'json', read: readStoredAssignments },
  'stored-settings': { ext: 'json', read: readStoredSettings },
  'stored-lrs-outbox': { ext: 'json', read: readOutbox },
};

export type Sample = { format: string; version: string; name: string; file: string; expectedFile: string };

/** Every sample on disk: tests/fixtures/records/<format>/v<N>/<name>.<ext>, next to <name>.expected.json. */
export function listSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const format of readdirSync(SAMPLES_ROOT, { withFileTypes: true })) {
    if (!format.isDirectory()) continue;
    for (const version of readdirSync(join(SAMPLES_ROOT, format.name), { withFileTypes: true })) {
      if (!version.isDirectory()) continue;
      const dir = join(SAMPLES_ROOT, format.name, version.name);
      for (const file of readdirSync(dir).sort()) {
        if (file.endsWith('.expected.json')) continue;
        const name = file.replace(/\.[^.]+$/, '');
        samples.push({ format: format.name, version: version.name, name, file: join(dir, file), expectedFile: join(dir, `${name}.expected.json`) });
      }
    }
  }
  return samples;
}

export const sampleLabel = (sample: Sample) => relative(SAMPLES_ROOT, sample.file);
