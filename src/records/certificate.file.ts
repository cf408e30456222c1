import * as z from 'zod/mini';
import { BASE64URL } from './base64url';
import { MAX_CERTIFICATE_CODE_LENGTH } from './certificate.codec';
import { OpenBadgeSchema, type JsonObject } from './certificate.open-badge';
import { accept, refuse, type Decoded } from './decoded';
import { nestsWithin } from './json-depth';

export const CERTIFICATE_FILE_FORMAT = 'signaal-certificate';
export const CERTIFICATE_FILE_VERSION = 1;
const MAX_INPUT = 64 * 1024;
/** Far deeper than any certificate file or Open Badge this app writes. */
const MAX_NESTING = 32;

const CodeSchema = z.string().check(z.minLength(1), z.maxLength(MAX_CERTIFICATE_CODE_LENGTH), z.regex(BASE64URL));

/** The data file that comes with a certificate: the code, its number and where to check it. */
export const CertificateFileSchema = z.looseObject({
  format: z.literal(CERTIFICATE_FILE_FORMAT),
  version: z.literal(CERTIFICATE_FILE_VERSION),
  number: z.string(),
  code: CodeSchema,
  verify: z.string(),
});

/** Writes a certificate's data file as readable JSON. */
export function writeCertificateFile(file: { number: string; code: string; verify: string }): string {
  return `${JSON.stringify({ format: CERTIFICATE_FILE_FORMAT, version: CERTIFICATE_FILE_VERSION, ...file }, null, 2)}\n`;
}

/** What someone gave the verify page: a certificate code, and the badge it came in, if any. */
export type CertificateInput = { code: string; badge?: JsonObject };

export type CertificateInputError = 'empty' | 'too-long' | 'malformed' | 'file-not-certificate';

const codeInLink = (text: string) => /#\/verify\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

/**
 * Finds the certificate code in what was pasted or dropped: a verify link, a bare code, the
 * certificate's data file or its Open Badges credential. Never throws; the code itself is
 * checked by decodeCertificate.
 */
export function readCertificateInput(text: string): Decoded<CertificateInput, CertificateInputError> {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_INPUT) return refuse('too-long');
  if (!trimmed.startsWith('{')) {
    const code = codeInLink(trimmed) ?? trimmed.replace(/\s+/g, '');
    return CodeSchema.safeParse(code).success ? accept({ code }) : refuse(code.length > MAX_CERTIFICATE_CODE_LENGTH ? 'too-long' : 'malformed');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return refuse('file-not-certificate');
  }
  // A certificate file or badge nests a few levels; far deeper is no certificate of ours.
  if (!nestsWithin(raw, MAX_NESTING)) return refuse('file-not-certificate');
  const file = CertificateFileSchema.safeParse(raw);
  if (file.success) return accept({ code: file.data.code });
  const badge = OpenBadgeSchema.safeParse(raw);
  if (!badge.success) return refuse('file-not-certificate');
  const code = badge.data.evidence.map((e) => codeInLink(e.id)).find((c) => c !== undefined);
  return code ? accept({ code, badge: raw as JsonObject }) : refuse('file-not-certificate');
}
