import { scenarioCodes } from '../content';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { parseAssignmentPayload, type SignedAssignment } from '../records';
import { SignedPartsSchema } from '../records/assignment.schema';
import type { AttemptRecord } from '../engine';
import { createSafeStorage } from './safe-storage';

export const TRAINER_STORAGE_KEY = 'signaal.trainer';
export const TRAINER_STORE_VERSION = 1;

/** An assignment this trainer made: the link code and its signed parts. Keyed by assignment id. */
export type MadeAssignment = { code: string; signed: SignedAssignment; createdAt: string };

export type PersistedTrainer = { assignments: Record<string, MadeAssignment> };

/** Why an imported result is set aside rather than counted. */
export type ResultFlag = 'unreadable' | 'other-assignment' | 'altered-assignment' | 'impossible-answers' | 'old-content' | 'duplicate';

/** One imported file or code: counted (flag null) or set aside with the reason. */
export type ImportedResult = {
  /** Same for the same learner and answers, so a file imported twice is noticed. */
  key: string;
  source: string;
  learner: string | null;
  attempts: AttemptRecord[];
  flag: ResultFlag | null;
  /** For 'unreadable': the decoder's reason; for 'other-assignment': that assignment's title. */
  detail?: string;
};

export type TrainerState = PersistedTrainer & {
  /** Imported results per assignment id: in memory only, never written to storage. */
  imports: Record<string, ImportedResult[]>;
  save: (made: MadeAssignment) => void;
  remove: (id: string) => void;
  addImports: (id: string, results: ImportedResult[]) => void;
  clearImports: (id: string) => void;
};

const MadeSchema = z.object({
  code: z.string().check(z.maxLength(4000)),
  signed: SignedPartsSchema,
  createdAt: z.string().check(z.maxLength(40)),
});
const PersistedSchema = z.object({ assignments: z.record(z.string(), z.unknown()) });

/**
 * Brings stored trainer data of an older version up to the current one. Version 1 is the first;
 * a new version adds a step here and a frozen fixture of the old shape in tests/fixtures.
 */
export function migrateTrainer(stored: unknown, version: number): unknown {
  if (version === TRAINER_STORE_VERSION) return stored;
  return stored;
}

/** Validates rehydrated assignments one by one; an unreadable one is dropped, not the rest. */
export function mergeTrainer(stored: unknown, current: TrainerState): TrainerState {
  const parsed = PersistedSchema.safeParse(stored);
  if (!parsed.success) return current;
  const assignments: Record<string, MadeAssignment> = {};
  for (const [id, value] of Object.entries(parsed.data.assignments)) {
    const made = MadeSchema.safeParse(value);
    if (!made.success) continue;
    const assignment = parseAssignmentPayload(made.data.signed.payload, scenarioCodes);
    if (!assignment.ok || assignment.value.id !== id) continue;
    assignments[id] = { ...made.data, signed: { ...made.data.signed, assignment: assignment.value } };
  }
  return { ...current, assignments };
}

export const useTrainerStore = create<TrainerState>()(
  persist(
    (set) => ({
      assignments: {},
      imports: {},
      addImports: (id, results) => set((state) => ({ imports: { ...state.imports, [id]: [...(state.imports[id] ?? []), ...results] } })),
      clearImports: (id) =>
        set((state) => {
          const { [id]: _cleared, ...imports } = state.imports;
          return { imports };
        }),
      save: (made) => set((state) => ({ assignments: { ...state.assignments, [made.signed.assignment.id]: made } })),
      remove: (id) =>
        set((state) => {
          const { [id]: _removed, ...assignments } = state.assignments;
          return { assignments };
        }),
    }),
    {
      name: TRAINER_STORAGE_KEY,
      version: TRAINER_STORE_VERSION,
      storage: createSafeStorage<unknown>(),
      // The assignment itself is not stored: it is parsed again from the signed payload.
      partialize: (state) => ({
        assignments: Object.fromEntries(
          Object.entries(state.assignments).map(([id, { signed, ...made }]) => [
            id,
            { ...made, signed: { payload: signed.payload, publicKey: signed.publicKey, signature: signed.signature } },
          ]),
        ),
      }),
      migrate: migrateTrainer,
      merge: (stored, current) => mergeTrainer(stored, current),
    },
  ),
);

/** The trainer's assignments, newest first. */
export const madeAssignments = (state: PersistedTrainer) =>
  Object.values(state.assignments).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
