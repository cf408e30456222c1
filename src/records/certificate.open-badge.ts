import * as z from 'zod/mini';
import { fromBase64url, toBase64url } from './base64url';
import type { Certificate } from './certificate.schema';

// An Open Badges 3.0 credential (a W3C Verifiable Credential 2.0 of type OpenBadgeCredential)
// for a countersigned certificate, secured with a Data Integrity proof of the eddsa-jcs-2022
// cryptosuite: JSON Canonicalization (RFC 8785) and Ed25519, with the trainer's key as did:key.

export const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export type Json = string | number | boolean | null | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** JSON Canonicalization Scheme (RFC 8785) for the strings, integers and booleans a badge holds. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    // RFC 8785 sorts keys by UTF-16 code units, which is what the default sort compares.
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 (Bitcoin alphabet), as multibase "z" values use it. */
export function toBase58(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i += 1) {
      carry += (digits[i] ?? 0) << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    for (; carry > 0; carry = Math.floor(carry / 58)) digits.push(carry % 58);
  }
  const zeros = bytes.findIndex((b) => b !== 0);
  const lead = '1'.repeat(zeros === -1 ? bytes.length : zeros);
  return lead + digits.reverse().map((d) => BASE58[d]).join('');
}

/** Decodes base58; undefined for any character outside the alphabet. */
export function fromBase58(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = BASE58.indexOf(char);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i += 1) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  const zeros = text.length - text.replace(/^1+/, '').length;
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

const ED25519_MULTICODEC = [0xed, 0x01];

/** The did:key of a raw Ed25519 public key (base64url). */
export function didKeyOf(publicKey: string): string {
  const raw = fromBase64url(publicKey);
  if (raw?.length !== 32) throw new RangeError('not an Ed25519 public key');
  return `did:key:z${toBase58(Uint8Array.from([...ED25519_MULTICODEC, ...raw]))}`;
}

/** The raw Ed25519 public key (base64url) of a did:key, or undefined when it is not one. */
export function publicKeyOfDidKey(did: string): string | undefined {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  const bytes = match?.[1] ? fromBase58(match[1]) : undefined;
  if (bytes?.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined;
  return toBase64url(bytes.subarray(2));
}

type Input = {
  certificate: Certificate;
  number: string;
  verifyUrl: string;
  /** Vignette titles in the certificate's language, in the order of its attempts. */
  titles: string[];
  /** Issuer line, criteria and description, in the certificate's language. */
  text: { issuer: string; description: string; criteria: string; evidence: string };
};

/** A stable urn:uuid (version 8, RFC 9562) from a name, so the same certificate gets the same ids. */
async function uuidOf(name: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name)));
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...hash.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The unsigned credential of a countersigned certificate. */
export async function buildOpenBadge({ certificate, number, verifyUrl, titles, text }: Input): Promise<JsonObject> {
  const { assignment, countersignature } = certificate;
  if (!assignment || !countersignature) throw new RangeError('only a countersigned assignment certificate becomes a badge');
  const issuer = didKeyOf(countersignature.publicKey);
  const achievementId = await uuidOf(`signaal:achievement:${countersignature.publicKey}:${assignment.title}`);
  const results = await Promise.all(
    certificate.attempts.map(async (attempt, i) => ({
      id: await uuidOf(`${achievementId}:${attempt.scenarioId}`),
      name: titles[i] ?? attempt.scenarioId,
      stated: attempt.stated,
    })),
  );
  return {
    '@context': OB_CONTEXT,
    id: await uuidOf(`signaal:certificate:${number}`),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: assignment.title,
    issuer: { id: issuer, type: ['Profile'], name: text.issuer },
    validFrom: `${certificate.issued}T00:00:00Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: certificate.learner, identityType: 'name', hashed: false }],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        name: assignment.title,
        description: text.description,
        criteria: { narrative: text.criteria },
        inLanguage: certificate.locale,
        resultDescription: results.map((r) => ({
          id: r.id,
          type: ['ResultDescription'],
          name: r.name,
          resultType: 'Percent',
          valueMin: '0',
          valueMax: '100',
          requiredValue: String(certificate.passMark),
        })),
      },
      result: results.map((r) => ({
        type: ['Result'],
        resultDescription: r.id,
        value: String(r.stated),
        status: r.stated >= certificate.passMark ? 'Completed' : 'InProgress',
      })),
    },
    evidence: [{ id: verifyUrl, type: ['Evidence'], name: number, narrative: text.evidence }],
  };
}

/** The proof options of an eddsa-jcs-2022 proof by a did:key. */
export const proofOptions = (did: string, created: string) => ({
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-jcs-2022',
  created,
  verificationMethod: `${did}#${did.slice('did:key:'.length)}`,
  proofPurpose: 'assertionMethod',
});

async function sha256(text: string) {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The bytes an eddsa-jcs-2022 proof signs: SHA-256 of the canonical proof configuration (the
 * proof without its value, with the document's @context), then SHA-256 of the canonical document
 * without its proof.
 */
export async function badgeSigningBytes(document: JsonObject, proof: JsonObject): Promise<Uint8Array> {
  const { proof: _proof, ...unsecured } = document;
  const { proofValue: _value, ...config } = proof;
  // The proof's own @context is signed as it stands (eddsa-jcs-2022); only a proof without one
  // takes the document's. Replacing it unread would let an edited proof context verify.
  const proofHash = await sha256(canonicalJson({ ...config, '@context': config['@context'] ?? unsecured['@context'] ?? null }));
  const documentHash = await sha256(canonicalJson(unsecured));
  return Uint8Array.from([...proofHash, ...documentHash]);
}

/** The signature of a proof value ("z" + base58btc), as base64url; undefined when malformed. */
export function signatureOfProofValue(value: string): string | undefined {
  const bytes = value.startsWith('z') ? fromBase58(value.slice(1)) : undefined;
  return bytes?.length === 64 ? toBase64url(bytes) : undefined;
}

/** The proof value ("z" + base58btc) of a signature given as base64url. */
export function proofValueOf(signature: string): string {
  const bytes = fromBase64url(signature);
  if (bytes?.length !== 64) throw new RangeError('not an Ed25519 signature');
  return `z${toBase58(bytes)}`;
}

/** What the verify page reads of a dropped badge; everything else is covered by the proof. */
export const OpenBadgeSchema = z.looseObject({
  type: z.array(z.string()).check(z.refine((types) => types.includes('OpenBadgeCredential'))),
  issuer: z.looseObject({ id: z.string() }),
  evidence: z.array(z.looseObject({ id: z.string() })).check(z.minLength(1)),
  proof: z.looseObject({
    type: z.literal('DataIntegrityProof'),
    cryptosuite: z.literal('eddsa-jcs-2022'),
    verificationMethod: z.string(),
    proofValue: z.string(),
  }),
});
