import { findSummary, scenarioCodes } from '../../content';
import { decodeAssignmentCode, type AssignmentCodeError, type SignedAssignment } from '../../records';
import { fingerprintOf, verifySignature, type SignatureCheck } from '../../integrations/signing';

/** Why a link could not be opened; each has a translated message. */
export type OpenError = AssignmentCodeError | 'altered' | 'unchecked';

export type Opened = { ok: true; signed: SignedAssignment; check: Extract<SignatureCheck, 'valid'>; fingerprint: string };

/**
 * Decodes an assignment link and checks its signature and vignettes. Never throws and changes
 * nothing: storing the assignment is the caller's step, taken only after this succeeded.
 */
export async function openAssignment(code: string): Promise<Opened | { ok: false; error: OpenError }> {
  const decoded = await decodeAssignmentCode(code, scenarioCodes);
  if (!decoded.ok) return decoded;
  const signed = decoded.value;
  const check = await verifySignature(signed.publicKey, new TextEncoder().encode(signed.payload), signed.signature);
  if (check === 'invalid') return { ok: false, error: 'altered' };
  // A link whose signature could not be checked never opens as if it were the trainer's.
  if (check === 'unsupported') return { ok: false, error: 'unchecked' };
  if (signed.assignment.scenarios.some((id) => !findSummary(id))) return { ok: false, error: 'unknown-scenario' };
  return { ok: true, signed, check, fingerprint: await fingerprintOf(signed.publicKey) };
}
