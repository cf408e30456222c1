import { scenarioCodes } from '../content';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { parseAssignmentPayload, type SignedAssignment } from '../records';
import { SignedPartsSchema } from '../records/assignment.schema';
import { AttemptRecordFileSchema, modeOfFeedback, toAttemptRecord } from '../records/attempt.schema';
import type { AttemptRecord, Mode } from '../engine';
import { browserStorage, keepAside, readEnvelope, readRecords, setAsideRecords, type SetAsideRecord } from './record-loader';

export const TRAINER_STORAGE_KEY = 'signaal.trainer';
export const TRAINER_STORE_VERSION = 2;
/** At most this many expected participants per assignment. */
export const EXPECTED_MAX = 500;

/** An assignment this trainer made (or re-added from its link), keyed by assignment id. */
export type MadeAssignment = {
  code: string;
  signed: SignedAssignment;
  createdAt: string;
  /** Who the trainer expects results from, as the trainer typed them; kept only in this browser. */
  expected?: string[];
};

/** Why an imported result is set aside rather than counted. */
export type ResultFlag = 'unreadable' | 'other-assignment' | 'altered-assignment' | 'impossible-answers' | 'old-content' | 'duplicate';

/** One imported file, code or LRS result: counted (flag null) or set aside with the reason. */
export type ImportedResult = {
  /** Unique per import: how one result is removed. */
  id: string;
  source: string;
  via: 'file' | 'code' | 'lrs';
  learner: string | null;
  attempts: AttemptRecord[];
  /** When the learner saved or sent it, when the record says so (ISO). */
  savedAt?: string;
  importedAt: string;
  flag: ResultFlag | null;
  /** For 'unreadable': the decoder's reason; for 'other-assignment': that assignment's title. */
  detail?: string;
};

/** Where the trainer's data lives: kept in this browser, only in memory by choice, or read-only. */
export type TrainerStorage = 'kept' | 'memory' | 'newer' | 'unwritable';

/** What happened when the stored data was read or written, for the notice the trainer sees. */
export type TrainerNotice = {
  /** Records that could not be read and were kept aside in this browser. */
  setAside: number;
  /** The version of a newer store that was left untouched. */
  newerVersion?: number;
  /** Saving failed (storage full or refused): nothing since then is kept. */
  saveFailed?: boolean;
};

export type TrainerData = {
  assignments: Record<string, MadeAssignment>;
  results: Record<string, ImportedResult[]>;
};

export type TrainerState = TrainerData & {
  storage: TrainerStorage;
  notice: TrainerNotice;
  save: (made: MadeAssignment) => void;
  addResults: (assignmentId: string, results: ImportedResult[]) => void;
  removeResult: (assignmentId: string, resultId: string) => void;
  /** Replaces the results loaded from the assignment's LRS with a fresh load. */
  replaceLrsResults: (assignmentId: string, results: ImportedResult[]) => void;
  clearResults: (assignmentId: string) => void;
  setExpected: (assignmentId: string, names: string[]) => void;
  /** Keeps the data in this browser, or only in memory (everything stored is removed). */
  setKeep: (keep: boolean) => void;
  /** Adds assignments and results from a backup; what exists is kept, results are not repeated. */
  merge: (data: TrainerData) => void;
};

const IsoTime = z.string().check(z.maxLength(40), z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/));
const MadeSchema = z.object({
  code: z.string().check(z.maxLength(4000)),
  signed: SignedPartsSchema,
  createdAt: IsoTime,
  expected: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(EXPECTED_MAX))),
});
const FLAGS = ['unreadable', 'other-assignment', 'altered-assignment', 'impossible-answers', 'old-content', 'duplicate'] as const;
const ResultSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  source: z.string().check(z.maxLength(300)),
  via: z.enum(['file', 'code', 'lrs']),
  learner: z.nullable(z.string().check(z.maxLength(300))),
  attempts: z.array(AttemptRecordFileSchema).check(z.maxLength(400)),
  savedAt: z.optional(IsoTime),
  importedAt: IsoTime,
  flag: z.nullable(z.enum(FLAGS)),
  detail: z.optional(z.string().check(z.maxLength(300))),
});

/** Reads one stored assignment; undefined when it cannot be read or its id does not match. */
export function readMadeAssignment(id: string, value: unknown): MadeAssignment | undefined {
  const made = MadeSchema.safeParse(value);
  if (!made.success) return undefined;
  const assignment = parseAssignmentPayload(made.data.signed.payload, scenarioCodes);
  if (!assignment.ok || assignment.value.id !== id) return undefined;
  const { expected, ...rest } = made.data;
  return { ...rest, signed: { ...made.data.signed, assignment: assignment.value }, ...(expected ? { expected } : {}) };
}

/**
 * Reads one stored result; undefined when it cannot be read. Attempts stored before attempt
 * record v2 take `mode` from their assignment's feedback setting.
 */
export function readImportedResult(value: unknown, mode: Mode): ImportedResult | undefined {
  const parsed = ResultSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { attempts, savedAt, detail, ...rest } = parsed.data;
  return { ...rest, attempts: attempts.map((a) => toAttemptRecord(a, mode)), ...(savedAt ? { savedAt } : {}), ...(detail ? { detail } : {}) };
}

/** The stored shape of trainer data (also the body of a backup file). */
export function storedTrainerData(data: TrainerData) {
  return {
    // The assignment itself is not stored: it is parsed again from the signed payload.
    assignments: Object.fromEntries(
      Object.entries(data.assignments).map(([id, { signed, ...made }]) => [
        id,
        { ...made, signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature } },
      ]),
    ),
    results: data.results,
  };
}

/**
 * Reads stored (or backed-up) trainer data record by record: every assignment and every result
 * that can be read is loaded; the others are added to `setAside` with where they were.
 */
export function readTrainerData(state: unknown, setAside: SetAsideRecord[]): TrainerData {
  const body = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const assignments = readRecords(body.assignments, 'assignments', readMadeAssignment, setAside);
  const lists = readRecords(body.results, 'results', (id, list) => (Array.isArray(list) && assignments[id] ? list : undefined), setAside);
  const results: Record<string, ImportedResult[]> = {};
  for (const [id, list] of Object.entries(lists)) {
    const feedback = assignments[id]?.signed.assignment.feedback ?? 'end';
    results[id] = list.flatMap((value: unknown, i) => {
      const result = readImportedResult(value, modeOfFeedback(feedback));
      if (!result) setAside.push({ where: `results/${id}/${i}`, foundAt: new Date().toISOString(), value });
      return result ? [result] : [];
    });
  }
  return { assignments, results };
}

/** Brings stored trainer data of an older version up to the current one. */
export function migrateTrainer(state: unknown, version: number): unknown {
  // Version 1 kept assignments only; results lived in memory.
  if (version <= 1 && typeof state === 'object' && state !== null) return { ...state, results: {} };
  return state;
}

type Loaded = TrainerData & { storage: TrainerStorage; notice: TrainerNotice };

/** Reads the trainer's stored data; keeps aside what cannot be read and never touches a newer store. */
export function loadTrainer(storage: Storage | undefined = browserStorage()): Loaded {
  const empty = { assignments: {}, results: {} };
  let raw: string | null;
  try {
    raw = storage?.getItem(TRAINER_STORAGE_KEY) ?? null;
  } catch {
    return { ...empty, storage: 'unwritable', notice: { setAside: 0, saveFailed: true } };
  }
  const read = readEnvelope(raw, TRAINER_STORE_VERSION);
  const setAside: SetAsideRecord[] = [];
  let data: TrainerData = empty;
  let keep = true;
  if (read.kind === 'newer') return { ...empty, storage: 'newer', notice: { setAside: 0, newerVersion: read.version } };
  if (read.kind === 'unreadable') setAside.push({ where: TRAINER_STORAGE_KEY, foundAt: new Date().toISOString(), value: read.raw });
  if (read.kind === 'ok') {
    const state = migrateTrainer(read.state, read.version);
    keep = !(typeof state === 'object' && state !== null && 'keep' in state && state.keep === false);
    data = readTrainerData(state, setAside);
  }
  // What could not be read goes aside before the readable part is ever written back.
  if (!keepAside(storage, TRAINER_STORAGE_KEY, setAside)) {
    return { ...data, storage: 'unwritable', notice: { setAside: setAside.length, saveFailed: true } };
  }
  return { ...data, storage: keep ? 'kept' : 'memory', notice: { setAside: setAside.length } };
}

/** Writes the trainer's data as it is now; false when storage refused. */
function writeTrainer(state: TrainerState, storage: Storage | undefined = browserStorage()): boolean {
  if (state.storage === 'newer' || state.storage === 'unwritable') return true;
  const body = state.storage === 'memory' ? { keep: false } : storedTrainerData(state);
  try {
    if (!storage) return false;
    storage.setItem(TRAINER_STORAGE_KEY, JSON.stringify({ state: body, version: TRAINER_STORE_VERSION }));
    return true;
  } catch {
    return false;
  }
}

/** The same learner's same answers give the same key: a result imported twice is noticed. */
export const resultKey = (result: Pick<ImportedResult, 'learner' | 'attempts'>) => `${result.learner ?? ''}\n${JSON.stringify(result.attempts)}`;

export const useTrainerStore = create<TrainerState>()((set) => ({
  ...loadTrainer(),
  save: (made) => set((state) => ({ assignments: { ...state.assignments, [made.signed.assignment.id]: made } })),
  addResults: (id, results) => set((state) => ({ results: { ...state.results, [id]: [...(state.results[id] ?? []), ...results] } })),
  removeResult: (id, resultId) =>
    set((state) => ({ results: { ...state.results, [id]: (state.results[id] ?? []).filter((r) => r.id !== resultId) } })),
  replaceLrsResults: (id, results) =>
    set((state) => ({ results: { ...state.results, [id]: [...(state.results[id] ?? []).filter((r) => r.via !== 'lrs'), ...results] } })),
  clearResults: (id) =>
    set((state) => {
      const { [id]: _cleared, ...results } = state.results;
      return { results };
    }),
  setExpected: (id, names) =>
    set((state) => {
      const made = state.assignments[id];
      if (!made) return {};
      const { expected: _old, ...rest } = made;
      return { assignments: { ...state.assignments, [id]: names.length > 0 ? { ...rest, expected: names.slice(0, EXPECTED_MAX) } : rest } };
    }),
  setKeep: (keep) =>
    set((state) => (state.storage === 'kept' || state.storage === 'memory' ? { storage: keep ? 'kept' : 'memory' } : {})),
  merge: (data) =>
    set((state) => {
      const assignments = { ...data.assignments, ...state.assignments };
      const results: Record<string, ImportedResult[]> = { ...state.results };
      for (const [id, list] of Object.entries(data.results)) {
        if (!assignments[id]) continue;
        const known = new Set((results[id] ?? []).map((r) => r.id));
        results[id] = [...(results[id] ?? []), ...list.filter((r) => !known.has(r.id))];
      }
      return { assignments, results };
    }),
}));

let takingOver = false;

// Every change is written at once; a refused write is said, and nothing is written after it.
useTrainerStore.subscribe((state, previous) => {
  if (takingOver) return;
  if (state.assignments === previous.assignments && state.results === previous.results && state.storage === previous.storage) return;
  if (!writeTrainer(state)) useTrainerStore.setState({ storage: 'unwritable', notice: { ...state.notice, saveFailed: true } });
});

// Another tab wrote the trainer's data: take it over, so this tab never writes back an older copy.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== TRAINER_STORAGE_KEY || useTrainerStore.getState().storage !== 'kept') return;
  const { assignments, results } = loadTrainer();
  takingOver = true;
  useTrainerStore.setState({ assignments, results });
  takingOver = false;
});

/** What was kept aside of the trainer's data in this browser, to download. */
export const trainerSetAside = () => setAsideRecords(browserStorage(), TRAINER_STORAGE_KEY);

/** The stored text of a newer version's trainer data, untouched, to download. */
export const storedTrainerText = () => {
  try {
    return browserStorage()?.getItem(TRAINER_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
};

/** The trainer's assignments, newest first. */
export const madeAssignments = (state: TrainerData) =>
  Object.values(state.assignments).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
