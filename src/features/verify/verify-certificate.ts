import { scenarioCodes } from '../../content';
import { expandAttempt, MIN_PASS_MARK } from '../../records';
import { decodeCertificate, type CertificateCodeError } from '../../records/certificate.codec';
import type { CertificateInput } from '../../records/certificate.file';
import {
  OpenBadgeSchema,
  badgeSigningBytes,
  publicKeyOfDidKey,
  signatureOfProofValue,
  type JsonObject,
} from '../../records/certificate.open-badge';
import type { Certificate, CertifiedAttempt } from '../../records/certificate.schema';
import { assessCourse, scoreAttempt, type CourseResult, type Scenario, type ScenarioId, type ScenarioStructure } from '../../engine';
import type { SignatureCheck } from '../../integrations/signing';

/** How one vignette on a certificate fared when its score was recomputed. */
export type AttemptStatus = 'match' | 'differs' | 'impossible' | 'unknown' | 'changed';

/** A vignette checked: `scenario` is the current one (its title), `structure` the version replayed. */
export type AttemptCheck = {
  attempt: CertifiedAttempt;
  status: AttemptStatus;
  scenario?: Scenario;
  structure?: ScenarioStructure;
  recomputed?: number;
};

export type Verdict = 'valid' | 'mismatch' | 'pass-mark-too-low' | 'not-passed' | 'uncheckable' | 'signature-invalid' | 'signature-unsupported';

export type Verification =
  | { kind: 'refused'; error: CertificateCodeError }
  | {
      kind: 'checked';
      verdict: Verdict;
      certificate: Certificate;
      number: string;
      attempts: AttemptCheck[];
      /** The one pass rule over the recomputed scores (stated ones where a vignette cannot be checked). */
      course: CourseResult;
      signature?: { check: SignatureCheck; fingerprint: string; badge?: SignatureCheck };
    };

/** What verification needs from outside: the vignettes and WebCrypto (injected for tests). */
export type VerifyDependencies = {
  loadScenario: (id: ScenarioId) => Promise<Scenario | undefined>;
  /** The structure of a vignette at an older, shipped content version (the archive). */
  loadStructure: (id: ScenarioId, version: number) => Promise<ScenarioStructure | undefined>;
  verifySignature: (publicKey: string, bytes: Uint8Array, signature: string) => Promise<SignatureCheck>;
  fingerprintOf: (publicKey: string) => Promise<string>;
};

async function checkAttempt(attempt: CertifiedAttempt, passMark: number, deps: VerifyDependencies): Promise<AttemptCheck> {
  const current = await deps.loadScenario(attempt.scenarioId);
  const scenario = current ? { scenario: current } : {};
  // Replayed on the version it was played on: the current one, or the archived structure.
  const structure = current?.version === attempt.contentVersion ? current : await deps.loadStructure(attempt.scenarioId, attempt.contentVersion);
  if (!structure) return { attempt, status: current ? 'changed' : 'unknown', ...scenario };
  const record = expandAttempt(structure, attempt);
  if (!record) return { attempt, status: 'impossible', ...scenario, structure };
  const recomputed = scoreAttempt(structure, record, passMark).overall;
  return { attempt, status: recomputed === attempt.stated ? 'match' : 'differs', ...scenario, structure, recomputed };
}

/** Checks a badge's eddsa-jcs-2022 proof, and that it was made with the certificate's own key. */
async function checkBadge(badge: JsonObject, publicKey: string, deps: VerifyDependencies): Promise<SignatureCheck> {
  const parsed = OpenBadgeSchema.safeParse(badge);
  if (!parsed.success) return 'invalid';
  const { issuer, proof } = parsed.data;
  const key = publicKeyOfDidKey(issuer.id);
  const signature = signatureOfProofValue(proof.proofValue);
  if (key !== publicKey || !signature || !proof.verificationMethod.startsWith(`${issuer.id}#`)) return 'invalid';
  const proofObject = badge.proof;
  if (typeof proofObject !== 'object' || proofObject === null || Array.isArray(proofObject)) return 'invalid';
  return deps.verifySignature(key, await badgeSigningBytes(badge, proofObject), signature);
}

function verdictOf(certificate: Certificate, attempts: AttemptCheck[], course: CourseResult, signature?: SignatureCheck, badge?: SignatureCheck): Verdict {
  if (signature === 'invalid' || badge === 'invalid') return 'signature-invalid';
  if (attempts.some((a) => a.status === 'differs' || a.status === 'impossible')) return 'mismatch';
  if (certificate.passMark < MIN_PASS_MARK) return 'pass-mark-too-low';
  if (!course.passed) return 'not-passed';
  if (attempts.some((a) => a.status === 'unknown' || a.status === 'changed')) return 'uncheckable';
  if (signature === 'unsupported') return 'signature-unsupported';
  return 'valid';
}

/**
 * Checks a certificate: its code must be unaltered (checksum), a countersignature must verify
 * against the signed bytes, and every score it states must follow from its recorded answers when
 * they are replayed through the vignette and scored again.
 */
export async function verifyCertificate(input: CertificateInput, deps: VerifyDependencies): Promise<Verification> {
  const decoded = await decodeCertificate(input.code, scenarioCodes);
  if (!decoded.ok) return { kind: 'refused', error: decoded.error };
  const { certificate, number, signedBytes } = decoded.value;
  const attempts = await Promise.all(certificate.attempts.map((a) => checkAttempt(a, certificate.passMark, deps)));
  let signature: { check: SignatureCheck; fingerprint: string; badge?: SignatureCheck } | undefined;
  const { countersignature } = certificate;
  if (countersignature && signedBytes) {
    const check = await deps.verifySignature(countersignature.publicKey, signedBytes, countersignature.signature);
    const badge = input.badge ? await checkBadge(input.badge, countersignature.publicKey, deps) : undefined;
    signature = { check, fingerprint: await deps.fingerprintOf(countersignature.publicKey), ...(badge ? { badge } : {}) };
  }
  // The one pass rule: the mean of the vignettes' scores against the certificate's pass mark.
  const course = assessCourse(
    attempts.map((a) => a.attempt.scenarioId),
    (id) => {
      const found = attempts.find((a) => a.attempt.scenarioId === id);
      return found?.recomputed ?? found?.attempt.stated;
    },
    certificate.passMark,
  );
  return {
    kind: 'checked',
    verdict: verdictOf(certificate, attempts, course, signature?.check, signature?.badge),
    certificate,
    number,
    attempts,
    course,
    ...(signature ? { signature } : {}),
  };
}
