import * as z from 'zod/mini';
import { LOCALES, MAX_SEED, MODES, asScenarioId, type Locale } from '../engine';
import type { CompactAttempt } from './attempt-encoding';
import { ASSIGNMENT_LIMITS, PUBLIC_KEY, SIGNATURE } from './assignment.schema';
import { LEARNER_NAME_MAX } from './result-file.schema';
import { calendarDate, kebabId, lineText } from './text-fields.schema';

export const CERTIFICATE_LIMITS = { attempts: 40, fragments: 2000, decisions: 200 } as const;

/** A vignette on a certificate: the recorded answers, and the overall score the certificate states. */
export type CertifiedAttempt = CompactAttempt & { stated: number };

/**
 * What a certificate says. The answers travel with it, so anyone can recompute the scores; the
 * optional countersignature is a trainer's Ed25519 signature over everything before it.
 */
export type Certificate = {
  locale: Locale;
  /** Day of issue, YYYY-MM-DD. */
  issued: string;
  learner: string;
  passMark: number;
  attempts: CertifiedAttempt[];
  /** Set when the certificate is for an assignment rather than self-paced study. */
  assignment?: { title: string; trainer?: string; organisation?: string };
  /** A trainer's signature; base64url raw public key and signature. */
  countersignature?: { publicKey: string; signature: string };
};

const optionalName = z.optional(lineText(ASSIGNMENT_LIMITS.name));

/** Validates a certificate read from a code; a countersignature needs a trainer's name. */
export const CertificateSchema = z
  .strictObject({
    locale: z.enum(LOCALES),
    // Days since 1970 travel as an unsigned number; Signaal issued nothing before 2020.
    issued: calendarDate().check(z.refine((day) => day >= '2020-01-01' && day <= '2099-12-31')),
    learner: lineText(LEARNER_NAME_MAX),
    passMark: z.number().check(z.int(), z.gte(0), z.lte(100)),
    attempts: z
      .array(
        z.strictObject({
          scenarioId: z.pipe(kebabId(), z.transform(asScenarioId)),
          contentVersion: z.number().check(z.int(), z.positive(), z.lte(1_000_000)),
          mode: z.optional(z.enum(MODES)),
          seed: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED))),
          rules: z.optional(z.union([z.literal(1), z.literal(2)])),
          flagged: z.array(z.boolean()).check(z.maxLength(CERTIFICATE_LIMITS.fragments)),
          neutrals: z.optional(z.array(z.boolean()).check(z.maxLength(CERTIFICATE_LIMITS.fragments))),
          options: z.array(z.number().check(z.int(), z.gte(0), z.lt(1000))).check(z.maxLength(CERTIFICATE_LIMITS.decisions)),
          stated: z.number().check(z.int(), z.gte(0), z.lte(100)),
        }),
      )
      .check(
        z.minLength(1),
        z.maxLength(CERTIFICATE_LIMITS.attempts),
        z.refine((list) => new Set(list.map((a) => a.scenarioId)).size === list.length),
      ),
    assignment: z.optional(
      z.strictObject({ title: lineText(ASSIGNMENT_LIMITS.title), trainer: optionalName, organisation: optionalName }),
    ),
    countersignature: z.optional(
      z.strictObject({ publicKey: z.string().check(z.regex(PUBLIC_KEY)), signature: z.string().check(z.regex(SIGNATURE)) }),
    ),
  })
  .check(z.refine((c) => !c.countersignature || Boolean(c.assignment?.trainer)));
