import { scenarioCodes } from '../content';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { parseAssignmentPayload, type Assignment, type SignedAssignment } from '../records';
import { SignedPartsSchema } from '../records/assignment.schema';
import { AttemptRecordFileSchema, modeOfFeedback, toAttemptRecord } from '../records/attempt.schema';
import type { AttemptRecord, ScenarioId } from '../engine';
import { createSafeStorage } from './safe-storage';
import { browserStorage, keepAside, type SetAsideRecord } from './record-loader';

export const ASSIGNMENT_STORAGE_KEY = 'signaal.assignments';
export const ASSIGNMENT_STORE_VERSION = 1;

/** An assignment a learner opened, with the attempts played for it. Keyed by its signature. */
export type AssignmentEntry = {
  code: string;
  signed: SignedAssignment;
  openedAt: string;
  attempts: AttemptRecord[];
  /** When the assignment names an LRS and the learner agreed: their name, their identifier there, how many attempts were queued. */
  lrs?: LrsConsent;
};

/** A learner's consent to send attempts to an assignment's LRS. */
export type LrsConsent = { learner: string; pseudonym: string; sent: number };

export type PersistedAssignments = { active: string | null; entries: Record<string, AssignmentEntry> };

export type AssignmentState = PersistedAssignments & {
  /** Makes an opened (decoded and verified) assignment the active one; keeps earlier attempts. */
  open: (code: string, signed: SignedAssignment) => void;
  /** Adds an attempt played for the active assignment; ignores vignettes it does not include. */
  recordAttempt: (attempt: AttemptRecord) => void;
  /** Records the learner's consent to send to the assignment's LRS, or how many attempts are queued. */
  setLrs: (key: string, lrs: LrsConsent) => void;
};

const EntrySchema = z.object({
  code: z.string().check(z.maxLength(4000)),
  signed: SignedPartsSchema,
  openedAt: z.string().check(z.maxLength(40)),
  attempts: z.array(AttemptRecordFileSchema).check(z.maxLength(400)),
  lrs: z.optional(
    z.object({
      learner: z.string().check(z.minLength(1), z.maxLength(300)),
      pseudonym: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
      sent: z.number().check(z.int(), z.gte(0), z.lte(400)),
    }),
  ),
});

const PersistedSchema = z.object({
  active: z.nullable(z.string()),
  entries: z.record(z.string(), z.unknown()),
});

/**
 * Storage that leaves a store written by a newer version alone: this version reads nothing from it
 * and writes nothing over it, and works in memory for the visit.
 */
function neverOverwritingNewer(inner: PersistStorage<unknown>): PersistStorage<unknown> {
  let newer = false;
  return {
    getItem: (name) => {
      const value = inner.getItem(name) as StorageValue<unknown> | null;
      newer = value !== null && typeof value.version === 'number' && value.version > ASSIGNMENT_STORE_VERSION;
      return newer ? null : value;
    },
    setItem: (name, value) => (newer ? undefined : inner.setItem(name, value)),
    removeItem: (name) => (newer ? undefined : inner.removeItem(name)),
  };
}

/** The key of an entry: the signature differs for every signed payload. */
export const entryKey = (signed: Pick<SignedAssignment, 'signature'>) => signed.signature;

/**
 * Brings stored assignments of an older version up to the current one. Version 1 is the first;
 * a new version adds a step here and a frozen fixture of the old shape in tests/fixtures.
 */
export function migrateAssignments(stored: unknown, version: number): unknown {
  if (version === ASSIGNMENT_STORE_VERSION) return stored;
  return stored;
}

/**
 * Validates rehydrated assignments entry by entry: an unreadable entry is dropped, the others
 * survive, and the payload is parsed again rather than trusted.
 */
export function mergeAssignments(stored: unknown, current: AssignmentState, storage: Storage | undefined = browserStorage()): AssignmentState {
  const parsed = PersistedSchema.safeParse(stored);
  if (!parsed.success) {
    // Kept aside as it was found, never silently replaced by an empty store.
    if (stored !== undefined && stored !== null) keepAside(storage, ASSIGNMENT_STORAGE_KEY, [{ where: ASSIGNMENT_STORAGE_KEY, foundAt: new Date().toISOString(), value: stored }]);
    return current;
  }
  const entries: Record<string, AssignmentEntry> = {};
  const setAside: SetAsideRecord[] = [];
  const aside = (key: string, value: unknown) => setAside.push({ where: `entries/${key}`, foundAt: new Date().toISOString(), value });
  for (const [key, value] of Object.entries(parsed.data.entries)) {
    const entry = EntrySchema.safeParse(value);
    if (!entry.success || entry.data.signed.signature !== key || key === '__proto__') {
      aside(key, value);
      continue;
    }
    const assignment = parseAssignmentPayload(entry.data.signed.payload, scenarioCodes);
    if (!assignment.ok) {
      aside(key, value);
      continue;
    }
    entries[key] = {
      code: entry.data.code,
      openedAt: entry.data.openedAt,
      signed: { ...entry.data.signed, assignment: assignment.value },
      attempts: entry.data.attempts.map((attempt) => toAttemptRecord(attempt, modeOfFeedback(assignment.value.feedback))),
      ...(entry.data.lrs ? { lrs: entry.data.lrs } : {}),
    };
  }
  keepAside(storage, ASSIGNMENT_STORAGE_KEY, setAside);
  const active = parsed.data.active !== null && entries[parsed.data.active] ? parsed.data.active : null;
  return { ...current, active, entries };
}

export const useAssignmentStore = create<AssignmentState>()(
  persist(
    (set) => ({
      active: null,
      entries: {},
      open: (code, signed) =>
        set((state) => {
          const key = entryKey(signed);
          const existing = state.entries[key];
          const entry = existing ?? { code, signed, openedAt: new Date().toISOString(), attempts: [] };
          return { active: key, entries: { ...state.entries, [key]: entry } };
        }),
      recordAttempt: (attempt) =>
        set((state) => {
          const entry = state.active === null ? undefined : state.entries[state.active];
          if (!entry || state.active === null || !entry.signed.assignment.scenarios.includes(attempt.scenarioId)) return {};
          return { entries: { ...state.entries, [state.active]: { ...entry, attempts: [...entry.attempts, attempt] } } };
        }),
      setLrs: (key, lrs) =>
        set((state) => {
          const entry = state.entries[key];
          return entry ? { entries: { ...state.entries, [key]: { ...entry, lrs } } } : {};
        }),
    }),
    {
      name: ASSIGNMENT_STORAGE_KEY,
      version: ASSIGNMENT_STORE_VERSION,
      storage: neverOverwritingNewer(createSafeStorage<unknown>()),
      // The assignment itself is not stored: it is parsed again from the signed payload.
      partialize: (state) => ({
        active: state.active,
        entries: Object.fromEntries(
          Object.entries(state.entries).map(([key, { signed, ...entry }]) => [
            key,
            { ...entry, signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature } },
          ]),
        ),
      }),
      migrate: migrateAssignments,
      merge: (stored, current) => mergeAssignments(stored, current),
    },
  ),
);

/** The active assignment's entry, if any. */
export const activeEntry = (state: PersistedAssignments) => (state.active === null ? undefined : state.entries[state.active]);

/** The latest attempt at each of an assignment's vignettes, in the assignment's order. */
export function latestAttempts(entry: AssignmentEntry): Map<ScenarioId, AttemptRecord> {
  const latest = new Map<ScenarioId, AttemptRecord>();
  for (const attempt of entry.attempts) latest.set(attempt.scenarioId, attempt);
  return latest;
}

/** The active assignment itself, if any. */
export const activeAssignment = (state: PersistedAssignments): Assignment | undefined => activeEntry(state)?.signed.assignment;
