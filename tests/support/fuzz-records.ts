import fc from 'fast-check';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { asScenarioId, scoreAttempt, type AttemptRecord, type LearnerEvent, type Scenario } from '../../src/engine';
import type { PersistedProgress } from '../../src/stores/progress-store';
import { assignmentPayload, compactAttempt, encodeAssignmentCode, type Assignment, type SignedAssignment } from '../../src/records';
import { certificateSigningBytes, encodeCertificate } from '../../src/records/certificate.codec';
import type { Certificate, CertifiedAttempt } from '../../src/records/certificate.schema';
import { isControl } from '../../src/records/text-fields.schema';
import { signBytes } from '../../src/integrations/signing';
import { listSamples } from '../records/frozen-samples.support';
import { ALL_SCENARIOS } from './assignments';
import { attemptArbitrary } from './attempts';
import { scenarioById, scenarioCodes } from './scenario-text';

// Valid records for the fuzz tests: the frozen samples of every shipped version, and records made
// now by today's encoders from generated values, signed with one fixed key so a run replays.

/** The texts of the frozen samples of one format, every version. */
export const sampleTexts = (format: string): string[] =>
  listSamples()
    .filter((s) => s.format === format)
    .map((s) => readFileSync(s.file, 'utf8'));

const PKCS8_ED25519 = '302e020100300506032b657004220420';

/** A fixed Ed25519 trainer key (raw public key as base64url), the same in every run. */
export async function fixedTrainerKey(seedByte = 0x5a) {
  const der = Buffer.concat([Buffer.from(PKCS8_ED25519, 'hex'), Buffer.alloc(32, seedByte)]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  const privateKey = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  return { privateKey, publicKey: String(jwk.x) };
}

/** A one-line text as records accept it, from any script: trimmed, no control characters. */
export const lineOf = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => [...s].filter((c) => !isControl(c)).join('').trim().normalize('NFC'))
    .filter((s) => s.length > 0 && s.length <= max && s === s.trim());

const scenarios = ALL_SCENARIOS.map((id) => scenarioById(id));

/** A vignette played with random answers, as a certificate carries it. */
const certifiedAttempt = (passMark: number): fc.Arbitrary<CertifiedAttempt> =>
  fc
    .constantFrom(...scenarios)
    .chain((scenario: Scenario) => attemptArbitrary(scenario).map((attempt) => ({ scenario, attempt })))
    .map(({ scenario, attempt }) => ({ ...compactAttempt(scenario, attempt), stated: scoreAttempt(scenario, attempt, passMark).overall }));

const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

/** A certificate on real vignettes; some for an assignment, some of those countersigned. */
export const certificateArbitrary = fc
  .record({
    locale: fc.constantFrom('nl' as const, 'en' as const),
    issued: day,
    learner: lineOf(100),
    passMark: fc.integer({ min: 0, max: 100 }),
    title: lineOf(120),
    trainer: fc.option(lineOf(80), { nil: undefined }),
    kind: fc.constantFrom('self-paced', 'assignment', 'countersigned'),
    unknownId: fc.boolean(),
  })
  .chain(({ passMark, ...rest }) =>
    fc.uniqueArray(certifiedAttempt(passMark), { minLength: 1, maxLength: 6, selector: (a) => a.scenarioId }).map((attempts) => ({ ...rest, passMark, attempts })),
  )
  .map(({ kind, title, trainer, unknownId, attempts, ...rest }) => ({
    certificate: {
      ...rest,
      // An id this build has no number for travels as text: that path is read too.
      attempts: unknownId ? [...attempts.slice(1), { ...attempts[0]!, scenarioId: asScenarioId('constructor') }] : attempts,
      ...(kind === 'self-paced' ? {} : { assignment: { title, trainer: trainer ?? 'Trainer' } }),
    } satisfies Omit<Certificate, 'countersignature'> as Certificate,
    countersign: kind === 'countersigned',
  }));

/** Encodes a generated certificate, countersigned with the fixed key where asked. */
export async function issueCertificate({ certificate, countersign }: { certificate: Certificate; countersign: boolean }) {
  let signed = certificate;
  if (countersign) {
    const key = await fixedTrainerKey();
    const signature = await signBytes(key, certificateSigningBytes(certificate, key.publicKey, scenarioCodes));
    signed = { ...certificate, countersignature: { publicKey: key.publicKey, signature } };
  }
  return { certificate: signed, ...(await encodeCertificate(signed, scenarioCodes)) };
}

/** An assignment signed with the fixed key, as the trainer's browser signs and packs it. */
export async function signWithFixedKey(assignment: Assignment) {
  const key = await fixedTrainerKey();
  const payload = assignmentPayload(assignment, scenarioCodes);
  const signature = await signBytes(key, new TextEncoder().encode(payload));
  const signed: SignedAssignment = { assignment, payload, publicKey: key.publicKey, signature };
  return { signed, code: await encodeAssignmentCode(signed) };
}

/** The code in an assignment link (`…#/assignment/<code>`). */
export const codeOfLink = (link: string) => link.split('#/assignment/')[1] ?? '';

/** A learner's name as records accept it: at most 100 characters and 255 bytes of UTF-8. */
export const learnerName = lineOf(100).filter((name) => new TextEncoder().encode(name).length <= 255);

/** A complete walk through each of some vignettes, with random answers. */
export const walksThrough = (ids: readonly string[]) => fc.tuple(...ids.map((id) => attemptArbitrary(scenarioById(id))));

/** The events a learner sends on a walk: read the briefing, mark, submit, choose. */
const eventsOf = (attempt: AttemptRecord): LearnerEvent[] => [
  { type: 'learner.acknowledge' },
  ...attempt.flags.map((unit): LearnerEvent => ({ type: 'learner.toggle', unit })),
  { type: 'learner.submit' },
  ...attempt.choices.map(({ option }): LearnerEvent => ({ type: 'learner.choose', option })),
];

/** A learner's progress on a few vignettes: finished walks, and walks broken off part way. */
export const progressArbitrary: fc.Arbitrary<PersistedProgress> = fc
  .shuffledSubarray([...ALL_SCENARIOS], { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      walksThrough(ids),
      fc.array(fc.option(fc.nat(40), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, attempts, cuts]) => {
    const progress: PersistedProgress = { inProgress: {}, completed: {} };
    ids.forEach((id, i) => {
      const attempt = attempts[i];
      const cut = cuts[i];
      if (!attempt) return;
      progress.completed[id] = [attempt];
      if (cut !== undefined) progress.inProgress[id] = { contentVersion: attempt.contentVersion, mode: attempt.mode, seed: attempt.seed, events: eventsOf(attempt).slice(0, cut) };
    });
    return progress;
  });
