import * as z from 'zod/mini';
import { AttemptRecordFileSchema, toAttemptRecord } from '../../../records/attempt.schema';
import type { AttemptRecord } from '../../../engine';
import { extensionIri, vignetteIri } from '../iris';
import { ACTIVITY_TYPES, VERBS } from './verbs';
import type { Statement } from './xapi.types';

// A trainer's assignment with its own LRS: each finished attempt goes there as one statement that
// carries the answers, so the trainer's dashboard can replay and rescore it exactly as a file.

/** The recorded answers of one attempt (scenario, content version, path, flags, choices). */
export const ATTEMPT_ANSWERS = extensionIri('attempt-answers');
/** The short digest of the signed assignment the attempt was played for. */
export const ASSIGNMENT_DIGEST = extensionIri('assignment-digest');

/** The IRI of an assignment: the grouping activity every statement of it carries. */
export const assignmentIri = (assignmentId: string) => `urn:signaal:assignment:${assignmentId}`;

type Input = {
  id: string;
  /** The learner's name as typed, and a random identifier kept for this assignment in their browser. */
  learner: { name: string; account: { homePage: string; name: string } };
  assignmentId: string;
  digest: string;
  attempt: AttemptRecord;
  /** The overall score as the learner's app computed it, for the organisation's own reports; the dashboard recomputes. */
  score?: number;
  timestamp: string;
};

/** The `completed` statement of one attempt, answers included. */
export function assignmentAttemptStatement({ id, learner, assignmentId, digest, attempt, score, timestamp }: Input): Statement {
  return {
    id,
    actor: { objectType: 'Agent', account: learner.account, name: learner.name },
    verb: VERBS.completed,
    object: { objectType: 'Activity', id: vignetteIri(attempt.scenarioId), definition: { type: ACTIVITY_TYPES.vignette } },
    result: {
      completion: true,
      ...(score === undefined ? {} : { score: { scaled: score / 100, raw: score, min: 0, max: 100 } }),
      extensions: { [ATTEMPT_ANSWERS]: attempt },
    },
    context: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: assignmentIri(assignmentId) }] },
      extensions: { [ASSIGNMENT_DIGEST]: digest },
    },
    timestamp,
  };
}

const StatementSchema = z.looseObject({
  actor: z.looseObject({
    name: z.optional(z.string().check(z.maxLength(300))),
    account: z.looseObject({ homePage: z.string().check(z.maxLength(500)), name: z.string().check(z.maxLength(200)) }),
  }),
  verb: z.looseObject({ id: z.literal(VERBS.completed.id) }),
  result: z.looseObject({ extensions: z.looseObject({ [ATTEMPT_ANSWERS]: AttemptRecordFileSchema }) }),
  context: z.looseObject({
    contextActivities: z.looseObject({ grouping: z.array(z.looseObject({ id: z.string().check(z.maxLength(200)) })).check(z.maxLength(20)) }),
    extensions: z.looseObject({ [ASSIGNMENT_DIGEST]: z.string().check(z.maxLength(20)) }),
  }),
  timestamp: z.string().check(z.maxLength(40)),
  stored: z.optional(z.string().check(z.maxLength(40))),
});

/** One attempt read back from the LRS: who (their identifier and typed name), for what, and the answers. */
export type AssignmentAttempt = { actor: string; learner: string | null; digest: string; attempt: AttemptRecord; timestamp: string };

/**
 * Reads an attempt statement for an assignment; undefined for any statement that is not one (other
 * verbs, other assignments, missing or malformed answers). Never throws.
 */
export function readAssignmentAttempt(statement: unknown, assignmentId: string): AssignmentAttempt | undefined {
  const parsed = StatementSchema.safeParse(statement);
  if (!parsed.success) return undefined;
  const { actor, result, context, timestamp } = parsed.data;
  if (!context.contextActivities.grouping.some((a) => a.id === assignmentIri(assignmentId))) return undefined;
  const answers = result.extensions[ATTEMPT_ANSWERS];
  const digest = context.extensions[ASSIGNMENT_DIGEST];
  if (!answers || digest === undefined) return undefined;
  return {
    actor: `${actor.account.homePage} ${actor.account.name}`,
    learner: actor.name ?? null,
    digest,
    attempt: toAttemptRecord(answers),
    timestamp,
  };
}
