import { toBase64url } from '../../records';
import { indexedDbKeyStore, type KeyStore } from './key-store';
import { fingerprintOf, isEd25519Supported } from './verify';

/** The trainer's signing key: the private half never leaves WebCrypto. */
export type TrainerKey = {
  privateKey: CryptoKey;
  /** Raw Ed25519 public key, base64url (43 characters). */
  publicKey: string;
  /** What a person compares, see fingerprintOf. */
  fingerprint: string;
  createdAt: string;
};

/** Why no key is available: the browser lacks Ed25519, or it cannot keep a key (private mode). */
export class SigningUnavailable extends Error {
  constructor(readonly reason: 'unsupported' | 'storage') {
    super(`signing unavailable: ${reason}`);
    this.name = 'SigningUnavailable';
  }
}

const ED25519 = { name: 'Ed25519' } as const;

let cached: Promise<TrainerKey> | undefined;

async function createOrRead(store: KeyStore): Promise<TrainerKey> {
  if (!(await isEd25519Supported())) throw new SigningUnavailable('unsupported');
  let stored;
  try {
    stored = await store.read();
    if (!stored) {
      // extractable: false applies to the private key; WebCrypto always lets the public key out.
      const pair = (await crypto.subtle.generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair;
      const publicKey = toBase64url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
      stored = await store.keep({ privateKey: pair.privateKey, publicKey, createdAt: new Date().toISOString() });
    }
  } catch (error) {
    if (error instanceof SigningUnavailable) throw error;
    throw new SigningUnavailable('storage');
  }
  return { ...stored, fingerprint: await fingerprintOf(stored.publicKey) };
}

/**
 * The trainer's key pair, created on first use and kept in this browser (IndexedDB). Rejects with
 * SigningUnavailable when the browser cannot sign or cannot keep the key.
 */
export function getOrCreateTrainerKey(store?: KeyStore): Promise<TrainerKey> {
  if (store) return createOrRead(store);
  cached ??= createOrRead(indexedDbKeyStore()).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Signs bytes with the trainer's private key; returns the signature as base64url (86 characters). */
export async function signBytes(key: Pick<TrainerKey, 'privateKey'>, bytes: Uint8Array): Promise<string> {
  const signature = await crypto.subtle.sign(ED25519, key.privateKey, bytes as Uint8Array<ArrayBuffer>);
  return toBase64url(new Uint8Array(signature));
}
