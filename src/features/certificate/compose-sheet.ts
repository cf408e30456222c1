import type { TFunction } from 'i18next';
import type { Certificate } from '../../records/certificate.schema';
import { assessCourse, type Scenario } from '../../engine';
import type { CertificateSheet } from '../../integrations/pdf/certificate-sheet';

type Input = {
  certificate: Certificate;
  number: string;
  code: string;
  /** The app's address without a hash, e.g. https://example.org/signaal/ */
  appUrl: string;
  scenarios: ReadonlyMap<string, Scenario>;
  /** The certificate namespace, fixed to the certificate's language. */
  t: TFunction<'certificate'>;
  /** The countersigning trainer's key fingerprint, when there is one. */
  fingerprint?: string;
  /** The QR code of the verify link, as the QR integration draws it. */
  qr: { modules: number; viewBox: string; path: string };
};

/** The verify page's address for a code: what the QR code on the certificate opens. */
export const verifyUrl = (appUrl: string, code?: string) => `${appUrl}#/verify${code ? `/${code}` : ''}`;

/** Reads the runs of dark modules out of the QR integration's SVG path ("M x y h w v1 h-w z"). */
export function qrRuns(qr: Input['qr']): CertificateSheet['qr'] {
  const size = Number(qr.viewBox.split(' ')[2]);
  const runs = [...qr.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(
    (m): [number, number, number] => [Number(m[1]), Number(m[2]), Number(m[3])],
  );
  if (!Number.isInteger(size) || runs.length === 0) throw new Error('unexpected QR path');
  return { size, runs };
}

const LOCALE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;

/** The day of issue written out in the certificate's language, e.g. "27 november 2025". */
export const formatIssued = (certificate: Pick<Certificate, 'issued' | 'locale'>) =>
  new Intl.DateTimeFormat(LOCALE_TAGS[certificate.locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${certificate.issued}T00:00:00Z`),
  );

/** Who issued a certificate, in words: self-paced, an assignment's trainer, or a signing trainer. */
export function issuerOf(certificate: Certificate, t: TFunction<'certificate'>): string {
  const { assignment } = certificate;
  if (!assignment?.trainer && !assignment?.organisation) return t('sheet.selfPaced');
  return [assignment.trainer, assignment.organisation].filter(Boolean).join(', ');
}

/** The issuer line under the title: signed by, or an assignment by (names as typed, not signed). */
const issuerLine = (certificate: Certificate, t: TFunction<'certificate'>) => {
  const issuer = issuerOf(certificate, t);
  if (!certificate.assignment?.trainer && !certificate.assignment?.organisation) return issuer;
  return certificate.countersignature ? t('sheet.signedBy', { issuer }) : t('sheet.assignmentBy', { issuer });
};

/** Everything printed on the certificate, translated into its language. */
export function composeSheet({ certificate, number, code, appUrl, scenarios, t, fingerprint, qr }: Input): CertificateSheet {
  const { assignment, locale, passMark } = certificate;
  const issuer = issuerOf(certificate, t);
  const line = issuerLine(certificate, t);
  const statement = certificate.countersignature
    ? [t('sheet.countersigned', { issuer, fingerprint: fingerprint ?? '' }), t('sheet.proves'), t('sheet.doesNotProveCountersigned')]
    : [t('sheet.selfPacedSigned'), t('sheet.proves'), t('sheet.doesNotProve')];
  // The one pass rule: the rounded mean of the stated scores against the pass mark.
  const course = assessCourse(
    certificate.attempts.map((a) => a.scenarioId),
    (id) => certificate.attempts.find((a) => a.scenarioId === id)?.stated,
    passMark,
  );
  return {
    lang: locale,
    documentTitle: t('sheet.documentTitle', { name: certificate.learner }),
    brand: 'Signaal',
    kicker: t('sheet.kicker'),
    awardedTo: t('sheet.awardedTo'),
    name: certificate.learner,
    completed: t(assignment ? 'sheet.completedAssignment' : 'sheet.completed'),
    title: assignment?.title ?? t('sheet.moduleTitle'),
    issuer: line,
    columns: { case: t('sheet.columnCase'), score: t('sheet.columnScore') },
    rows: certificate.attempts.map((attempt) => ({
      title: scenarios.get(attempt.scenarioId)?.text[locale].title ?? attempt.scenarioId,
      score: t('sheet.score', { score: attempt.stated }),
    })),
    total: {
      label: t('sheet.totalLabel', { passMark }),
      value: t(course.passed ? 'sheet.totalPassed' : 'sheet.totalNotPassed', { score: course.score ?? 0 }),
    },
    facts: [
      { label: t('sheet.date'), value: formatIssued(certificate) },
      { label: t('sheet.number'), value: number },
      { label: t('sheet.mode'), value: t('sheet.modeAssessment') },
    ],
    ...(certificate.countersignature && assignment?.trainer
      ? { signature: { name: assignment.trainer, caption: t('sheet.signatureCaption', { fingerprint: fingerprint ?? '' }) } }
      : {}),
    statement: { heading: t('sheet.statementHeading'), paragraphs: statement },
    verify: {
      heading: t('sheet.verifyHeading'),
      instruction: t('sheet.verifyInstruction'),
      url: verifyUrl(appUrl),
      codeLabel: t('sheet.codeLabel'),
      code,
    },
    qr: qrRuns(qr),
  };
}
