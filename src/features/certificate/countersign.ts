import { scenarioCodes } from '../../content';
import { certificateSigningBytes } from '../../records/certificate.codec';
import {
  badgeSigningBytes,
  didKeyOf,
  proofOptions,
  proofValueOf,
  type JsonObject,
} from '../../records/certificate.open-badge';
import type { Certificate } from '../../records/certificate.schema';
import { signBytes, type TrainerKey } from '../../integrations/signing';

type SigningKey = Pick<TrainerKey, 'privateKey' | 'publicKey'>;

/** Adds a trainer's Ed25519 signature over the whole certificate (answers, scores, name, date). */
export async function countersign(certificate: Certificate, key: SigningKey): Promise<Certificate> {
  const signature = await signBytes(key, certificateSigningBytes(certificate, key.publicKey, scenarioCodes));
  return { ...certificate, countersignature: { publicKey: key.publicKey, signature } };
}

/** Secures an Open Badges credential with an eddsa-jcs-2022 Data Integrity proof by the trainer's key. */
export async function signBadge(badge: JsonObject, key: SigningKey, created = new Date()): Promise<JsonObject> {
  // As in the W3C test vectors, the proof carries the document's @context.
  const proof = { ...proofOptions(didKeyOf(key.publicKey), created.toISOString().replace(/\.\d{3}Z$/, 'Z')), '@context': badge['@context'] ?? null };
  const signature = await signBytes(key, await badgeSigningBytes(badge, proof));
  return { ...badge, proof: { ...proof, proofValue: proofValueOf(signature) } };
}
