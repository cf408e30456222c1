/**
 * Ed25519 signing with WebCrypto, for anything a trainer vouches for (assignments, and whatever
 * else wants a trainer's signature). The API, in full:
 *
 * - `getOrCreateTrainerKey()` → `TrainerKey` { privateKey (CryptoKey, kept in IndexedDB), publicKey
 *   (raw, base64url), fingerprint ("3F2A 9C10 77DE 0B41"), createdAt }. Created once per browser,
 *   kept in IndexedDB; rejects with `SigningUnavailable` ('unsupported' | 'storage').
 * - `signBytes(key, bytes)` → signature, base64url (64 bytes → 86 characters).
 * - `verifySignature(publicKey, bytes, signature)` → 'valid' | 'invalid' | 'unsupported'; never
 *   throws, whatever it is given.
 * - `fingerprintOf(publicKey)` → the fingerprint a person compares.
 * - `isEd25519Supported()` → whether this browser can sign and verify at all.
 * - `exportTrainerKey(key)` / `adoptTrainerKey(exported)` → the key in and out of a backup file.
 * - `keepTrainerKeyIn('browser' | 'memory')` → whether the key stays in IndexedDB.
 *
 * What a signature proves: that whoever holds this browser's private key signed exactly these
 * bytes. Not who that person is; the fingerprint lets learners compare it with what the trainer
 * tells them.
 */
export {
  adoptTrainerKey,
  exportTrainerKey,
  getOrCreateTrainerKey,
  keepTrainerKeyIn,
  signBytes,
  SigningUnavailable,
  type ExportedKey,
  type TrainerKey,
} from './trainer-key';
export { fingerprintOf, isEd25519Supported, verifySignature, type SignatureCheck } from './verify';
export { indexedDbKeyStore, memoryKeyStore, type KeyStore, type StoredKey } from './key-store';
