import * as z from 'zod/mini';
import { LOCALES, type Locale, type ScenarioId } from '../engine';
import { calendarDate, kebabId, lineText } from './text-fields.schema';

export const ASSIGNMENT_VERSION = 1;
/** Version 2: version 1 and the learning record store results go to. Written only when there is one. */
export const ASSIGNMENT_LRS_VERSION = 2;
export const ASSIGNMENT_LIMITS = { title: 120, name: 80, scenarios: 40 } as const;
export const FEEDBACK_MODES = ['scene', 'end'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** What a trainer assigns. `id` ties learners' results to this assignment. */
export type Assignment = {
  id: string;
  title: string;
  scenarios: ScenarioId[];
  passMark: number;
  feedback: FeedbackMode;
  due?: string;
  trainer?: string;
  organisation?: string;
  locale: Locale;
  /**
   * An xAPI learning record store that learners' attempts go to, with a credential that can only
   * write (the builder refuses one that can read): anyone with the link can use it.
   */
  lrs?: AssignmentLrs;
};

/** Where an assignment's results go: the statements endpoint and its write-only Authorization header. */
export type AssignmentLrs = { endpoint: string; auth: string };

/** An assignment with the exact bytes that were signed, the trainer's public key and signature. */
export type SignedAssignment = {
  assignment: Assignment;
  /** The signed JSON text; verification uses these bytes, never a re-encoding. */
  payload: string;
  /** Raw Ed25519 public key, base64url. */
  publicKey: string;
  /** Ed25519 signature of the payload's UTF-8 bytes, base64url. */
  signature: string;
};

export const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{8}$/;
export const PUBLIC_KEY = /^[A-Za-z0-9_-]{43}$/;
export const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

const scenarioCode = z.union([z.number().check(z.int(), z.gte(0), z.lt(10_000)), kebabId()]);

/**
 * Version 1 of the assignment as it travels in a link: short keys (v version, i id, t title,
 * s vignettes as their numbers (code: in scenario.yaml) or ids, p pass mark, f feedback s|e, d due date,
 * n trainer, o organisation, l language). Unknown keys are refused: a newer shape has a new `v`.
 */
export const AssignmentWireSchema = z.strictObject({
  v: z.literal(ASSIGNMENT_VERSION),
  i: z.string().check(z.regex(ASSIGNMENT_ID)),
  t: lineText(ASSIGNMENT_LIMITS.title),
  s: z.array(scenarioCode).check(
    z.minLength(1),
    z.maxLength(ASSIGNMENT_LIMITS.scenarios),
    z.refine((codes) => new Set(codes).size === codes.length),
  ),
  p: z.number().check(z.int(), z.gte(0), z.lte(100)),
  f: z.enum(['s', 'e']),
  d: z.optional(calendarDate()),
  n: z.optional(lineText(ASSIGNMENT_LIMITS.name)),
  o: z.optional(lineText(ASSIGNMENT_LIMITS.name)),
  l: z.enum(LOCALES),
});

export type AssignmentWire = z.infer<typeof AssignmentWireSchema>;

/** An LRS endpoint: https, or http on this computer (tests and local LRSs). */
export const LRS_ENDPOINT = /^(https:\/\/[^\s/?#]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?)(\/[^\s?#]*)?$/;

/** Version 2 on the wire: version 1's fields and x, the LRS (e endpoint, a Authorization header). */
export const AssignmentWireV2Schema = z.strictObject({
  ...AssignmentWireSchema.shape,
  v: z.literal(ASSIGNMENT_LRS_VERSION),
  x: z.strictObject({
    e: z.string().check(z.maxLength(300), z.regex(LRS_ENDPOINT)),
    a: z.string().check(z.minLength(1), z.maxLength(400), z.regex(/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/)),
  }),
});

export type AssignmentWireV2 = z.infer<typeof AssignmentWireV2Schema>;

/** The signed parts of an assignment as they sit in a result file or in storage. */
export const SignedPartsSchema = z.strictObject({
  payload: z.string().check(z.minLength(2), z.maxLength(4096)),
  publicKey: z.string().check(z.regex(PUBLIC_KEY)),
  signature: z.string().check(z.regex(SIGNATURE)),
});
