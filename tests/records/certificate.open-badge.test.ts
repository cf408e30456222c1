import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/records';
import {
  badgeSigningBytes,
  canonicalJson,
  didKeyOf,
  fromBase58,
  publicKeyOfDidKey,
  signatureOfProofValue,
  toBase58,
  type JsonObject,
} from '../../src/records/certificate.open-badge';
import { verifySignature } from '../../src/integrations/signing';

// The eddsa-jcs-2022 test vector of the W3C Data Integrity EdDSA Cryptosuites specification.
const W3C_KEY = 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
const W3C_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'];
const W3C_SIGNED: JsonObject = {
  '@context': W3C_CONTEXT,
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  proof: {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: '2023-02-24T23:36:38Z',
    verificationMethod: `${W3C_KEY}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`,
    proofPurpose: 'assertionMethod',
    '@context': W3C_CONTEXT,
    proofValue: 'z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX',
  },
};

describe('Open Badges 3.0 proofs (eddsa-jcs-2022)', () => {
  it('verify the W3C test vector: same canonical JSON, hashes, base58 and did:key', async () => {
    const key = publicKeyOfDidKey(W3C_KEY);
    const proof = W3C_SIGNED.proof as JsonObject;
    const signature = signatureOfProofValue(String(proof.proofValue));
    expect(key && signature).toBeTruthy();
    expect(await verifySignature(key!, await badgeSigningBytes(W3C_SIGNED, proof), signature!)).toBe('valid');
    const altered = { ...W3C_SIGNED, name: 'Alumni Credentials' };
    expect(await verifySignature(key!, await badgeSigningBytes(altered, proof), signature!)).toBe('invalid');
  });

  it('round-trips keys through did:key and bytes through base58', () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256);
    expect(publicKeyOfDidKey(didKeyOf(toBase64url(raw)))).toBe(toBase64url(raw));
    expect(didKeyOf(toBase64url(fromBase64url(publicKeyOfDidKey(W3C_KEY)!)!))).toBe(W3C_KEY);
    for (const bytes of [new Uint8Array([0, 0, 1, 2]), new Uint8Array([255]), new Uint8Array()]) {
      expect(fromBase58(toBase58(bytes))).toEqual(bytes);
    }
    expect(publicKeyOfDidKey('did:key:z6LSfoo')).toBeUndefined();
    expect(publicKeyOfDidKey('did:web:example.org')).toBeUndefined();
  });

  it('canonicalises JSON as RFC 8785 does: sorted keys by UTF-16 units, no spaces', () => {
    expect(canonicalJson({ b: [1, 'é', true, null], a: { d: 'x', c: -0.5 }, '\u20ac': 1, '\ud83d\ude00': 2, '\u00e9': 3 })).toBe(
      '{"a":{"c":-0.5,"d":"x"},"b":[1,"é",true,null],"é":3,"€":1,"😀":2}',
    );
  });
});
