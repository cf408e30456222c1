import { scenarioCodes } from '../../content';
import type { TFunction } from 'i18next';
import { encodeCertificate } from '../../records/certificate.codec';
import { writeCertificateFile } from '../../records/certificate.file';
import type { Certificate } from '../../records/certificate.schema';
import type { Scenario } from '../../engine';
import { composeSheet, verifyUrl } from './compose-sheet';

export type IssuedCertificate = { code: string; number: string; pdf: Blob; pdfName: string; dataFile: string; dataName: string };

type Input = {
  certificate: Certificate;
  scenarios: ReadonlyMap<string, Scenario>;
  t: TFunction<'certificate'>;
  appUrl: string;
  fingerprint?: string;
};

/** A file name that says whose certificate it is, in the name's own script: "signaal-nguyễn-thị-hương". */
export const fileStem = (learner: string) =>
  `signaal-${learner.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'certificaat'}`;

/** Whether this page can hash and sign: WebCrypto's subtle API exists only on https (and localhost). */
export const canIssue = () => typeof globalThis.crypto?.subtle?.digest === 'function';

/**
 * Encodes a certificate and makes its PDF. The QR encoder and the PDF writer with its font are
 * fetched here, on the first certificate of a visit, and never with the first page.
 */
export async function issueCertificate({ certificate, scenarios, t, appUrl, fingerprint }: Input): Promise<IssuedCertificate> {
  const { code, number } = await encodeCertificate(certificate, scenarioCodes);
  const [{ qrSvgPath }, { createCertificatePdf }] = await Promise.all([import('../../integrations/qr'), import('../../integrations/pdf')]);
  const qr = qrSvgPath(verifyUrl(appUrl, code));
  const sheet = composeSheet({ certificate, number, code, appUrl, scenarios, t, qr, ...(fingerprint ? { fingerprint } : {}) });
  const pdf = await createCertificatePdf(sheet);
  return {
    code,
    number,
    pdf,
    pdfName: `${fileStem(certificate.learner)}-${number}.pdf`,
    dataFile: writeCertificateFile({ number, code, verify: verifyUrl(appUrl, code) }),
    dataName: `${fileStem(certificate.learner)}-${number}.json`,
  };
}
