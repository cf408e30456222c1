// @vitest-environment node
// Certificates as people hold them: the code (SHA-256 checksum, 48 bits; a trainer's Ed25519
// countersignature), the data file around it, and the Open Badge (eddsa-jcs-2022 proof). No
// edited input may read as another certificate or pass a signature it no longer matches.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/features/verify/verify-certificate';
import { signBadge } from '../../src/features/certificate/countersign';
import { verifyUrl } from '../../src/features/certificate/compose-sheet';
import { asCurrentAttempt } from '../../src/records/attempt-encoding';
import { MAX_CERTIFICATE_CODE_LENGTH, decodeCertificate, encodeCertificate, type DecodedCertificate } from '../../src/records/certificate.codec';
import { CertificateFileSchema, readCertificateInput, writeCertificateFile } from '../../src/records/certificate.file';
import { buildOpenBadge, signatureOfProofValue, type JsonObject } from '../../src/records/certificate.open-badge';
import { CertificateSchema } from '../../src/records/certificate.schema';
import { verifySignature } from '../../src/integrations/signing';
import { memoryStorage } from '../records/frozen-samples.support';
import { contentDependencies } from '../support/certificates';
import { describeReport, fuzzDecoder, fuzzTimeout, seedFor } from '../support/fuzz-harness';
import { buildCase, drawn, labelled, recipes, type Case } from '../support/fuzz-inputs';
import { scenarioCodes } from '../support/scenario-text';
import { certificateArbitrary, fixedTrainerKey, issueCertificate, sampleTexts } from '../support/fuzz-records';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

type Original = { text: string; value: DecodedCertificate };

const CHECKSUM_BYTES = 6;
const APP_URL = 'https://example.org/signaal/';
const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/** A body with a fresh checksum, as the encoder seals it. */
const reseal = async (body: Uint8Array) => Uint8Array.from([...body, ...(await sha256(body)).subarray(0, CHECKSUM_BYTES)]);

async function decoded(code: string): Promise<DecodedCertificate> {
  const read = await decodeCertificate(code, scenarioCodes);
  if (!read.ok) throw new Error(`a valid certificate code was refused: ${read.error}`);
  return read.value;
}

let codes: Original[] = [];
let files: Original[] = [];
let badges: Original[] = [];

beforeAll(async () => {
  const issued = await Promise.all(drawn(certificateArbitrary, seedFor('certificate originals')).map(issueCertificate));
  codes = await Promise.all(
    [...sampleTexts('certificate-code'), ...issued.map((c) => c.code)].map(async (text, i) => labelled({ text, value: await decoded(text) }, `code #${i}`)),
  );
  const written = issued.map(({ code, number }) => writeCertificateFile({ number, code, verify: verifyUrl(APP_URL, code) }));
  files = await Promise.all(
    [...sampleTexts('certificate-file'), ...written].map(async (text, i) => {
      const input = readCertificateInput(text);
      if (!input.ok) throw new Error(`a valid certificate file was refused: ${input.error}`);
      return labelled({ text, value: await decoded(input.value.code) }, `file #${i}`);
    }),
  );
  const key = await fixedTrainerKey();
  const made = await Promise.all(
    issued
      .filter((c) => c.certificate.countersignature)
      .map(async ({ certificate, code, number }) => {
        const badge = await buildOpenBadge({
          certificate,
          number,
          verifyUrl: verifyUrl(APP_URL, code),
          titles: certificate.attempts.map((a) => a.scenarioId),
          text: { issuer: 'Trainer', description: 'Beschrijving', criteria: 'Criteria', evidence: 'Controleer' },
        });
        return `${JSON.stringify(await signBadge(badge, key, new Date('2026-12-04T10:00:00Z')), null, 2)}\n`;
      }),
  );
  badges = await Promise.all(
    [...sampleTexts('open-badge'), ...made].map(async (text, i) => {
      const input = readCertificateInput(text);
      if (!input.ok || !input.value.badge) throw new Error('a valid badge was refused');
      return labelled({ text, value: await decoded(input.value.code) }, `badge #${i}`);
    }),
  );
});

/** What any accepted certificate must be: valid by its schema, and read back the same when written again. */
async function expectSound({ certificate }: DecodedCertificate) {
  expect(CertificateSchema.safeParse(certificate).success, 'what is accepted re-validates').toBe(true);
  // Today's encoder writes it as it reads back (its number may differ: see "resealed" below).
  const again = await decodeCertificate((await encodeCertificate(certificate, scenarioCodes)).code, scenarioCodes);
  // An older certificate's attempts come back as they migrate (the format byte is today's).
  expect(again.ok && again.value.certificate).toEqual({ ...certificate, attempts: certificate.attempts.map(asCurrentAttempt) });
}

/**
 * The verify page's checks without the vignettes: the badge's proof and the certificate's
 * signature, which is what a badge adds to its code. (Replaying and rescoring the answers costs
 * milliseconds an input and is the same for a code with or without a badge.)
 */
const badgeOnly = { ...contentDependencies, loadScenario: async () => undefined };

describe('certificate fuzz', () => {
  it('a code: answers every input in time, never reads an edited code as another certificate, re-validates what it accepts', async () => {
    const report = await fuzzDecoder({
      name: 'certificate code',
      recipes: recipes(fc.constantFrom(...codes), { code: { frame: [0x21], reseal: true }, oversize: MAX_CERTIFICATE_CODE_LENGTH }),
      build: (recipe) => buildCase(recipe, { checksumBytes: CHECKSUM_BYTES, reseal }),
      decode: (input: Case<Original>) => decodeCertificate(input.text, scenarioCodes),
      outcome: (out) => (out.ok ? 'accepted' : out.error),
      check: async (input, out) => {
        if (input.kind === 'valid') expect(out, 'a valid code is read as it was made').toEqual({ ok: true, value: input.original?.value });
        if (input.kind === 'oversized') expect(out).toEqual({ ok: false, error: 'too-long' });
        if (!out.ok) return;
        await expectSound(out.value);
        if (input.kind === 'random' || input.kind === 'prototype') throw new Error('text from nowhere was accepted as a certificate');
        const original = input.original?.value;
        if (input.kind === 'mutated') expect(out.value, 'an edited code was read as another certificate').toEqual(original);
        // A fresh checksum over edited bytes makes a well-formed code; a countersignature over
        // other bytes must then fail.
        const { certificate, signedBytes } = out.value;
        if (input.kind === 'resealed' && certificate.countersignature && signedBytes) {
          const sameBytes = original?.signedBytes !== undefined && Buffer.from(signedBytes).equals(Buffer.from(original.signedBytes));
          const sameSignature = original?.certificate.countersignature?.signature === certificate.countersignature.signature;
          if (!sameBytes || !sameSignature) {
            const check = await verifySignature(certificate.countersignature.publicKey, signedBytes, certificate.countersignature.signature);
            expect(check, "other signed bytes passed the trainer's signature").not.toBe('valid');
          }
        }
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('a data file: answers every input in time, never reads an edited file as another certificate', async () => {
    const report = await fuzzDecoder({
      name: 'certificate data file',
      recipes: recipes(fc.constantFrom(...files), { json: true, oversize: 64 * 1024 }),
      build: (recipe) => buildCase(recipe),
      decode: async (input: Case<Original>) => {
        const read = readCertificateInput(input.text);
        return { read, certificate: read.ok ? await decodeCertificate(read.value.code, scenarioCodes) : undefined };
      },
      outcome: ({ read, certificate }) => (!read.ok ? read.error : certificate?.ok ? 'accepted' : `code ${certificate?.error}`),
      check: async (input, { read, certificate }) => {
        if (input.kind === 'valid') expect(certificate, 'a valid file is read as it was made').toEqual({ ok: true, value: input.original?.value });
        // The limit counts the text without the white space around it.
        if (input.kind === 'oversized' && input.text.trim().length > 64 * 1024) expect(read).toEqual({ ok: false, error: 'too-long' });
        if (input.kind === 'oversized') expect(certificate?.ok, 'an oversized file is never read').not.toBe(true);
        if (!read.ok) return;
        expect(read.value.code.length).toBeLessThanOrEqual(MAX_CERTIFICATE_CODE_LENGTH);
        if (input.text.trim().startsWith('{') && !read.value.badge) expect(CertificateFileSchema.safeParse(JSON.parse(input.text)).success).toBe(true);
        if (!certificate?.ok) return;
        await expectSound(certificate.value);
        if (input.kind !== 'valid') expect(certificate.value, 'an edited file was read as another certificate').toEqual(input.original?.value);
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());

  it('an Open Badge: answers every input in time (also nested deeper than any stack), never passes an edited badge', async () => {
    const withoutProofValue = (badge: JsonObject) => {
      const proof = badge.proof as JsonObject;
      return { ...badge, proof: { ...proof, proofValue: signatureOfProofValue(String(proof.proofValue)) ?? null } };
    };
    const report = await fuzzDecoder({
      name: 'Open Badge',
      recipes: recipes(fc.constantFrom(...badges), { json: true, oversize: 64 * 1024 }),
      build: (recipe) => buildCase(recipe),
      decode: async (input: Case<Original>) => {
        const read = readCertificateInput(input.text);
        return { read, verified: read.ok && read.value.badge ? await verifyCertificate(read.value, badgeOnly) : undefined };
      },
      outcome: ({ read, verified }) =>
        !read.ok ? read.error : !verified ? 'not-a-badge' : verified.kind === 'refused' ? `code ${verified.error}` : `badge ${verified.signature?.badge ?? 'none'}`,
      check: async (input, { read, verified }) => {
        if (input.kind === 'valid') expect(verified).toMatchObject({ kind: 'checked', signature: { check: 'valid', badge: 'valid' } });
        if (!read.ok || verified?.kind !== 'checked') return;
        await expectSound(verified);
        const original = input.original;
        if (verified.signature?.check === 'valid') expect(verified.certificate, 'another certificate under the trainer\'s signature').toEqual(original?.value.certificate);
        if (verified.signature?.badge !== 'valid') return;
        if (!original || !read.value.badge) throw new Error('a badge from nowhere passed its proof');
        const before = JSON.parse(original.text) as JsonObject;
        expect(withoutProofValue(read.value.badge), 'an edited badge passed its proof').toEqual(withoutProofValue(before));
      },
    });
    console.info(describeReport(report));
  }, fuzzTimeout());
});
