import { fromBase64url, toBase64url } from '../../records';
import { indexedDbKeyStore, memoryKeyStore, type KeyStore } from './key-store';
import { fingerprintOf, isEd25519Supported, verifySignature } from './verify';

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
let cachedStore: KeyStore | undefined;

async function createOrRead(store: KeyStore): Promise<TrainerKey> {
  if (!(await isEd25519Supported())) throw new SigningUnavailable('unsupported');
  let stored;
  try {
    stored = await store.read();
    if (!stored) {
      // Extractable, so the trainer can carry the key to another browser in a backup file; it is
      // only ever exported when the trainer asks for that file.
      const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
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
  cachedStore ??= indexedDbKeyStore();
  cached ??= createOrRead(cachedStore).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * Where this visit keeps the trainer's key: IndexedDB, or memory only when the trainer chose to
 * keep nothing on this computer. Moving to memory removes the key from IndexedDB; moving back
 * stores the key of this visit there again.
 */
export async function keepTrainerKeyIn(where: 'browser' | 'memory'): Promise<void> {
  const current = cached ? await cached.catch(() => undefined) : undefined;
  const browser = indexedDbKeyStore();
  if (where === 'memory') {
    cachedStore = memoryKeyStore();
    if (current) await cachedStore.keep(current);
    await browser.forget().catch(() => undefined);
  } else {
    cachedStore = browser;
    if (current) await browser.replace(current);
  }
}

/** The trainer's key as a backup carries it: the private key as PKCS #8, base64url. */
export type ExportedKey = { publicKey: string; privateKey: string; createdAt: string };

/** Exports the key for the trainer's backup; undefined for a key made not to leave this browser. */
export async function exportTrainerKey(key: TrainerKey): Promise<ExportedKey | undefined> {
  if (!key.privateKey.extractable) return undefined;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key.privateKey));
  return { publicKey: key.publicKey, privateKey: toBase64url(pkcs8), createdAt: key.createdAt };
}

/**
 * Makes a key from a backup this browser's key, after checking that its private and public halves
 * belong together. Rejects with SigningUnavailable when it cannot.
 */
export async function adoptTrainerKey(exported: ExportedKey): Promise<TrainerKey> {
  if (!(await isEd25519Supported())) throw new SigningUnavailable('unsupported');
  const pkcs8 = fromBase64url(exported.privateKey);
  if (!pkcs8) throw new SigningUnavailable('storage');
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, ED25519, true, ['sign']);
  } catch {
    throw new SigningUnavailable('storage');
  }
  const probe = new TextEncoder().encode('signaal key check');
  if ((await verifySignature(exported.publicKey, probe, await signBytes({ privateKey }, probe))) !== 'valid') throw new SigningUnavailable('storage');
  const stored = { privateKey, publicKey: exported.publicKey, createdAt: exported.createdAt };
  cachedStore ??= indexedDbKeyStore();
  await cachedStore.replace(stored);
  const key = { ...stored, fingerprint: await fingerprintOf(stored.publicKey) };
  cached = Promise.resolve(key);
  return key;
}

/** Signs bytes with the trainer's private key; returns the signature as base64url (86 characters). */
export async function signBytes(key: Pick<TrainerKey, 'privateKey'>, bytes: Uint8Array): Promise<string> {
  const signature = await crypto.subtle.sign(ED25519, key.privateKey, bytes as Uint8Array<ArrayBuffer>);
  return toBase64url(new Uint8Array(signature));
}
