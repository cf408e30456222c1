import type { verifyAsync as NobleVerify } from '@noble/ed25519';
import { fromBase64url } from '../../records';

/** The result of checking a signature; `unsupported` when this browser cannot check one at all. */
export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

const ED25519 = { name: 'Ed25519' } as const;

let support: Promise<boolean> | undefined;

/** Whether this browser's WebCrypto knows Ed25519 (Chrome 137+, Firefox 129+, Safari 17+). */
export function isEd25519Supported(): Promise<boolean> {
  support ??= (async () => {
    try {
      await crypto.subtle.importKey('raw', new Uint8Array(32), ED25519, false, ['verify']);
      return true;
    } catch (error) {
      // A browser with Ed25519 may still reject this all-zero point; only NotSupported means "no".
      return !(error instanceof DOMException && error.name === 'NotSupportedError');
    }
  })();
  return support;
}

/**
 * Checks an Ed25519 signature in script (RFC 8032, with the browser's SHA-512), for browsers whose
 * WebCrypto lacks Ed25519: a signed link or certificate is then still checked, never waved through.
 * Loaded only on such a browser. `unsupported` only without WebCrypto at all or when the code
 * cannot be fetched.
 */
export async function verifyInScript(key: Uint8Array, bytes: Uint8Array, sig: Uint8Array): Promise<SignatureCheck> {
  if (typeof globalThis.crypto?.subtle?.digest !== 'function') return 'unsupported';
  let verifyAsync: typeof NobleVerify;
  try {
    ({ verifyAsync } = await import('@noble/ed25519'));
  } catch {
    return 'unsupported';
  }
  try {
    return (await verifyAsync(sig, bytes, key, { zip215: false })) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * Checks an Ed25519 signature of some bytes against a raw public key, both base64url. Never
 * throws: a malformed key or signature is simply `invalid`.
 */
export async function verifySignature(publicKey: string, bytes: Uint8Array, signature: string): Promise<SignatureCheck> {
  const key = fromBase64url(publicKey);
  const sig = fromBase64url(signature);
  if (key?.length !== 32 || sig?.length !== 64) return 'invalid';
  if (!(await isEd25519Supported())) return verifyInScript(key, bytes, sig);
  try {
    const imported = await crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, ED25519, false, ['verify']);
    const ok = await crypto.subtle.verify(ED25519, imported, sig as Uint8Array<ArrayBuffer>, bytes as Uint8Array<ArrayBuffer>);
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * A short, readable fingerprint of a public key (first 8 bytes of its SHA-256, as four groups of
 * hex), for a person to compare: "3F2A 9C10 77DE 0B41".
 */
export async function fingerprintOf(publicKey: string): Promise<string> {
  const raw = fromBase64url(publicKey) ?? new TextEncoder().encode(publicKey);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', raw as Uint8Array<ArrayBuffer>));
  const hex = [...hash.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

