import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../../src/records';
import {
  exportTrainerKey,
  fingerprintOf,
  getOrCreateTrainerKey,
  indexedDbKeyStore,
  isEd25519Supported,
  memoryKeyStore,
  signBytes,
  verifySignature,
} from '../../../src/integrations/signing';

const bytes = (text: string) => new TextEncoder().encode(text);

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('trainer signing (WebCrypto Ed25519)', { timeout: 60_000 }, () => {
  it('creates one key pair and hands back the same one after', async () => {
    const store = memoryKeyStore();
    const first = await getOrCreateTrainerKey(store);
    const again = await getOrCreateTrainerKey(store);
    expect(again.publicKey).toBe(first.publicKey);
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });

  it('keeps the private key as a CryptoKey, out of localStorage; it leaves only in the backup the trainer asks for', async () => {
    const key = await getOrCreateTrainerKey(indexedDbKeyStore());
    expect(key.privateKey).toBeInstanceOf(CryptoKey);
    expect(JSON.stringify({ ...localStorage })).not.toContain(key.publicKey);
    const exported = await exportTrainerKey(key);
    expect(exported?.publicKey).toBe(key.publicKey);
    // A key an older version made non-extractable cannot be exported, and says so.
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    expect(await exportTrainerKey({ ...key, privateKey: pair.privateKey })).toBeUndefined();
  });

  it('keeps the key in IndexedDB: a second call, as after a reload, finds the same key', async () => {
    const first = await getOrCreateTrainerKey(indexedDbKeyStore());
    const second = await getOrCreateTrainerKey(indexedDbKeyStore());
    expect(second.publicKey).toBe(first.publicKey);
    const signature = await signBytes(second, bytes('hallo'));
    expect(await verifySignature(first.publicKey, bytes('hallo'), signature)).toBe('valid');
  });

  it('a signature verifies for exactly the signed bytes and key', async () => {
    expect(await isEd25519Supported()).toBe(true);
    const key = await getOrCreateTrainerKey(memoryKeyStore());
    const other = await getOrCreateTrainerKey(memoryKeyStore());
    const signature = await signBytes(key, bytes('{"p":70}'));
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verifySignature(key.publicKey, bytes('{"p":70}'), signature)).toBe('valid');
    expect(await verifySignature(key.publicKey, bytes('{"p":10}'), signature)).toBe('invalid');
    expect(await verifySignature(other.publicKey, bytes('{"p":70}'), signature)).toBe('invalid');
  });

  it('verifying never throws, whatever key and signature it is given', async () => {
    const key = await getOrCreateTrainerKey(memoryKeyStore());
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 40 }).map(toBase64url)), fc.oneof(fc.string(), fc.uint8Array({ maxLength: 70 }).map(toBase64url)), async (publicKey, signature) => {
        expect(['invalid', 'valid']).toContain(await verifySignature(publicKey, bytes('x'), signature));
      }),
      { numRuns: 100 },
    );
    const good = await signBytes(key, bytes('x'));
    expect(await verifySignature(key.publicKey, bytes('x'), good)).toBe('valid');
  });

  it('fingerprints differ between keys and stay stable for one key', async () => {
    const a = await getOrCreateTrainerKey(memoryKeyStore());
    const b = await getOrCreateTrainerKey(memoryKeyStore());
    expect(await fingerprintOf(a.publicKey)).toBe(a.fingerprint);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});

describe('checking a signature without Ed25519 in WebCrypto', { timeout: 60_000 }, () => {
  it('gives the same verdict in script as WebCrypto does, so an edited link never opens as valid', async () => {
    const { verifyInScript } = await import('../../../src/integrations/signing/verify');
    const { fromBase64url } = await import('../../../src/records');
    const key = await getOrCreateTrainerKey(memoryKeyStore());
    const message = bytes('{"v":1,"p":80}');
    const signature = await signBytes(key, message);
    const raw = (text: string) => fromBase64url(text) ?? new Uint8Array();
    expect(await verifyInScript(raw(key.publicKey), message, raw(signature))).toBe('valid');
    expect(await verifyInScript(raw(key.publicKey), bytes('{"v":1,"p":0}'), raw(signature))).toBe('invalid');
    const other = await getOrCreateTrainerKey(memoryKeyStore());
    expect(await verifyInScript(raw(other.publicKey), message, raw(signature))).toBe('invalid');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 64, maxLength: 64 }), async (sig) => {
        expect(await verifyInScript(raw(key.publicKey), message, sig)).toBe(await verifySignature(key.publicKey, message, toBase64url(sig)));
      }),
      { numRuns: 50 },
    );
  });
});
