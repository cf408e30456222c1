import * as z from 'zod/mini';
import { getState, type Lrs, type StateTarget } from './xapi/lrs-client';

/** The state document (xAPI State API) in which Signaal keeps a learner's progress in an LRS. */
export const PROGRESS_STATE_ID = 'urn:signaal:state:progress';

const v2 = z.object({
  version: z.literal(2),
  /** The progress in the suspend_data encoding. */
  progress: z.string(),
  /** The route the learner was on, to open there next time. */
  location: z.string(),
  /** Which cmi5 verdicts were sent in this registration (cmi5 allows each once). */
  completedSent: z.boolean(),
  passedSent: z.boolean(),
});
const v1 = z.object({ version: z.literal(1), progress: z.string(), completedSent: z.boolean(), passedSent: z.boolean() });

/** Signaal's progress document, version 2 (version 1 lacked the location). */
export const ProgressStateSchema = z.union([
  v2,
  z.pipe(v1, z.transform((state) => ({ ...state, version: 2 as const, location: '' }))),
]);

export type ProgressState = z.infer<typeof v2>;

export const emptyProgressState = (): ProgressState => ({ version: 2, progress: '', location: '', completedSent: false, passedSent: false });

/**
 * The learner's progress document: the one still waiting in the outbox when there is one (it is
 * newer than the LRS's), else the LRS's, else a fresh one.
 */
export async function loadProgressState(lrs: Lrs, target: StateTarget, pending: unknown): Promise<ProgressState> {
  const waiting = ProgressStateSchema.safeParse(pending);
  if (waiting.success) return waiting.data;
  const stored = ProgressStateSchema.safeParse(await getState(lrs, target));
  return stored.success ? stored.data : emptyProgressState();
}
