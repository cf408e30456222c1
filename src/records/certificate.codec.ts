import type { ScenarioCodes } from '../engine';
import { readAttempt, unpackBits, writeAttempt } from './attempt-encoding';
import { fromBase64url, toBase64url } from './base64url';
import { ByteReader, ByteWriter } from './byte-writer';
import { CERTIFICATE_LIMITS, CertificateSchema, type Certificate, type CertifiedAttempt } from './certificate.schema';
import { accept, refuse, type Decoded } from './decoded';

/**
 * Format byte of a certificate code: high nibble 2 = certificate, low nibble = version. Version 1
 * (0x21): fragment bits and options. Version 2 (0x22): the shared attempt encoding (mode, seed,
 * rules, fragment and neutral unit bits, options).
 */
export const CERTIFICATE_CODE_FORMAT = 0x22;
const CERTIFICATE_CODE_V1 = 0x21;
export const MAX_CERTIFICATE_CODE_LENGTH = 2400;
const CHECKSUM_BYTES = 6;
const KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const DAY = 86_400_000;
/** Four bytes per character at most, for the longest text field (a title of 120 characters). */
const MAX_TEXT_BYTES = 480;

const FLAG_ENGLISH = 1;
const FLAG_ASSIGNMENT = 2;
const FLAG_COUNTERSIGNED = 4;

export type CertificateCodeError = 'empty' | 'too-long' | 'malformed' | 'not-a-certificate' | 'unknown-version' | 'altered' | 'truncated' | 'invalid';

/** A certificate read from its code, with the number printed on it and the bytes a trainer signed. */
export type DecodedCertificate = { certificate: Certificate; number: string; signedBytes?: Uint8Array };

const utf8 = new TextEncoder();
const readUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

function text(out: ByteWriter, value: string) {
  const bytes = utf8.encode(value);
  out.varint(bytes.length).raw(bytes);
}

function attempt(out: ByteWriter, entry: CertifiedAttempt, codes: ScenarioCodes) {
  writeAttempt(out, entry, codes);
  out.byte(entry.stated);
}

/**
 * The bytes a trainer signs: everything in the code up to and including the trainer's public
 * key. A certificate without a countersignature has no signed part.
 */
export function certificateSigningBytes(certificate: Certificate, publicKey: string, codes: ScenarioCodes): Uint8Array {
  const parsed = CertificateSchema.safeParse({ ...certificate, countersignature: { publicKey, signature: 'A'.repeat(86) } });
  if (!parsed.success) throw new RangeError('certificate fields out of range');
  const key = fromBase64url(publicKey);
  if (key?.length !== KEY_BYTES) throw new RangeError('not an Ed25519 public key');
  const { assignment } = certificate;
  const flags = (certificate.locale === 'en' ? FLAG_ENGLISH : 0) | (assignment ? FLAG_ASSIGNMENT : 0) | FLAG_COUNTERSIGNED;
  return writeBody(certificate, flags, codes).raw(key).done();
}

function writeBody(certificate: Certificate, flags: number, codes: ScenarioCodes): ByteWriter {
  const days = Date.parse(`${certificate.issued}T00:00:00Z`) / DAY;
  const out = new ByteWriter().byte(CERTIFICATE_CODE_FORMAT).byte(flags).varint(days);
  text(out, certificate.learner);
  out.byte(certificate.passMark).varint(certificate.attempts.length);
  certificate.attempts.forEach((entry) => attempt(out, entry, codes));
  const { assignment } = certificate;
  if (assignment) {
    text(out, assignment.title);
    text(out, assignment.trainer ?? '');
    text(out, assignment.organisation ?? '');
  }
  return out;
}

async function checksum(bytes: Uint8Array): Promise<Uint8Array> {
  const hash = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return new Uint8Array(hash, 0, CHECKSUM_BYTES);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The certificate number people compare: the checksum in Crockford base32, e.g. "7KQ3M-9XPA2". */
function certificateNumber(sum: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of sum) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/**
 * Writes a certificate code: format byte, flags, day of issue, name, pass mark, the answers and
 * stated score of every vignette, the assignment, the countersignature, and 6 bytes of SHA-256 of
 * all that; base64url. Returns the code and the certificate number derived from it.
 */
export async function encodeCertificate(certificate: Certificate, codes: ScenarioCodes): Promise<{ code: string; number: string }> {
  if (!CertificateSchema.safeParse(certificate).success) throw new RangeError('certificate fields out of range');
  const { countersignature } = certificate;
  let body: Uint8Array;
  if (countersignature) {
    const signature = fromBase64url(countersignature.signature);
    if (signature?.length !== SIGNATURE_BYTES) throw new RangeError('not an Ed25519 signature');
    body = new ByteWriter().raw(certificateSigningBytes(certificate, countersignature.publicKey, codes)).raw(signature).done();
  } else {
    const flags = (certificate.locale === 'en' ? FLAG_ENGLISH : 0) | (certificate.assignment ? FLAG_ASSIGNMENT : 0);
    body = writeBody(certificate, flags, codes).done();
  }
  const sum = await checksum(body);
  return { code: toBase64url(new ByteWriter().raw(body).raw(sum).done()), number: certificateNumber(sum) };
}

function readText(read: ByteReader) {
  return readUtf8(read.raw(read.varint(MAX_TEXT_BYTES)));
}

// Version 1: a vignette as number + 1, or 0 and its id as text; fragment bits; options.
function readAttemptV1(read: ByteReader, codes: ScenarioCodes): unknown {
  const code = read.varint(10_000);
  const scenarioId = code > 0 ? codes.idOf(code - 1) : readText(read);
  const contentVersion = read.varint();
  const count = read.varint(CERTIFICATE_LIMITS.fragments);
  const flagged = unpackBits(read.raw(Math.ceil(count / 8)), count);
  const options = Array.from({ length: read.varint(CERTIFICATE_LIMITS.decisions) }, () => read.varint(1000));
  return { scenarioId, contentVersion, flagged, options, stated: read.byte() };
}

const readAttemptV2 = (read: ByteReader, codes: ScenarioCodes): unknown => ({ ...readAttempt(read, codes), stated: read.byte() });

function readBody(body: Uint8Array, codes: ScenarioCodes): { raw: unknown; signedBytes?: Uint8Array } {
  const read = new ByteReader(body);
  const readOne = read.byte() === CERTIFICATE_CODE_V1 ? readAttemptV1 : readAttemptV2;
  const flags = read.byte();
  if (flags & ~(FLAG_ENGLISH | FLAG_ASSIGNMENT | FLAG_COUNTERSIGNED)) throw new RangeError('unknown flags');
  const issued = new Date(read.varint(200_000) * DAY).toISOString().slice(0, 10);
  const learner = readText(read);
  const passMark = read.byte();
  const attempts = Array.from({ length: read.varint(CERTIFICATE_LIMITS.attempts) }, () => readOne(read, codes));
  let assignment: Record<string, string> | undefined;
  if (flags & FLAG_ASSIGNMENT) {
    const title = readText(read);
    const trainer = readText(read);
    const organisation = readText(read);
    assignment = { title, ...(trainer ? { trainer } : {}), ...(organisation ? { organisation } : {}) };
  }
  let countersignature: { publicKey: string; signature: string } | undefined;
  let signedBytes: Uint8Array | undefined;
  if (flags & FLAG_COUNTERSIGNED) {
    const publicKey = toBase64url(read.raw(KEY_BYTES));
    signedBytes = body.subarray(0, body.length - SIGNATURE_BYTES);
    countersignature = { publicKey, signature: toBase64url(read.raw(SIGNATURE_BYTES)) };
  }
  if (!read.atEnd) throw new RangeError('bytes after the end');
  const raw = {
    locale: flags & FLAG_ENGLISH ? 'en' : 'nl',
    issued,
    learner,
    passMark,
    attempts,
    ...(assignment ? { assignment } : {}),
    ...(countersignature ? { countersignature } : {}),
  };
  return { raw, ...(signedBytes ? { signedBytes } : {}) };
}

/** Whether a code whose checksum fails is a whole certificate cut short (copied or typed in part). */
function isCutShort(bytes: Uint8Array, codes: ScenarioCodes): boolean {
  // The start must read as a certificate's (known flags, a day Signaal can have issued on), so
  // that random bytes are not mistaken for a code cut short.
  try {
    const start = new ByteReader(bytes);
    start.byte();
    if (start.byte() & ~(FLAG_ENGLISH | FLAG_ASSIGNMENT | FLAG_COUNTERSIGNED)) return false;
    const day = start.varint(200_000) * DAY;
    if (day < Date.parse('2020-01-01') || day > Date.parse('2099-12-31')) return false;
  } catch {
    return false;
  }
  try {
    readBody(bytes, codes);
    return false;
  } catch (error) {
    if (error instanceof RangeError && error.message === 'read past the end') return true;
  }
  // Cut inside the checksum: the body reads to its end with fewer than six bytes after it.
  for (let cut = 1; cut < CHECKSUM_BYTES; cut += 1) {
    try {
      readBody(bytes.subarray(0, bytes.length - cut), codes);
      return true;
    } catch {
      // Not this length.
    }
  }
  return false;
}

/**
 * Reads a certificate code; never throws. A code whose checksum does not match was changed (or
 * mistyped) after it was made. It does not check the countersignature or recompute the scores:
 * that needs WebCrypto and the vignettes (see the verify feature).
 */
export async function decodeCertificate(input: string, codes: ScenarioCodes): Promise<Decoded<DecodedCertificate, CertificateCodeError>> {
  const trimmed = input.replace(/\s+/g, '');
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_CERTIFICATE_CODE_LENGTH) return refuse('too-long');
  const bytes = fromBase64url(trimmed);
  // Right characters but a length base64url never has: the end was cut off.
  if (!bytes) return refuse(/^[A-Za-z0-9_-]+$/.test(trimmed) ? 'truncated' : 'malformed');
  if (bytes.length <= CHECKSUM_BYTES + 2) return refuse('not-a-certificate');
  const format = bytes[0] ?? 0;
  if (format >> 4 !== CERTIFICATE_CODE_FORMAT >> 4) return refuse('not-a-certificate');
  if (format !== CERTIFICATE_CODE_FORMAT && format !== CERTIFICATE_CODE_V1) return refuse('unknown-version');
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const sum = await checksum(body);
  if (sum.some((byte, i) => byte !== bytes[body.length + i])) return refuse(isCutShort(bytes, codes) ? 'truncated' : 'altered');
  let read: ReturnType<typeof readBody>;
  try {
    read = readBody(body, codes);
  } catch {
    return refuse('invalid');
  }
  const parsed = CertificateSchema.safeParse(read.raw);
  if (!parsed.success) return refuse('invalid');
  return accept({ certificate: parsed.data, number: certificateNumber(sum), ...(read.signedBytes ? { signedBytes: read.signedBytes } : {}) });
}
