import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { Certificate } from '../../records/certificate.schema';
import type { Locale } from '../../engine';
import { MIN_PASS_MARK } from '../../records';
import { toLocale } from '../../i18n/setup-i18n';
import type { AttemptCheck, Verdict, Verification } from './verify-certificate';

const TONE: Record<Verdict | 'altered', 'ok' | 'warning' | 'error'> = {
  valid: 'ok',
  mismatch: 'error',
  'pass-mark-too-low': 'error',
  'not-passed': 'error',
  'signature-invalid': 'error',
  altered: 'error',
  uncheckable: 'warning',
  'signature-unsupported': 'warning',
};

const VERDICT_KEYS = {
  valid: ['verdict.valid', 'verdict.validBody'],
  mismatch: ['verdict.mismatch', 'verdict.mismatchBody'],
  'pass-mark-too-low': ['verdict.passMarkTooLow', 'verdict.passMarkTooLowBody'],
  'not-passed': ['verdict.notPassed', 'verdict.notPassedBody'],
  'signature-invalid': ['verdict.signatureInvalid', 'verdict.signatureInvalidBody'],
  altered: ['verdict.altered', 'verdict.alteredBody'],
  uncheckable: ['verdict.uncheckable', 'verdict.uncheckableBody'],
  'signature-unsupported': ['verdict.signatureUnsupported', 'verdict.signatureUnsupportedBody'],
} as const;

const LOCALE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;

// Only a countersignature proves a trainer's or organisation's name; any other name is as typed.
function issuerOf(certificate: Certificate, t: TFunction<'verify'>) {
  const { assignment } = certificate;
  if (!assignment?.trainer && !assignment?.organisation) return t('details.selfPaced');
  const names = [assignment.trainer, assignment.organisation].filter(Boolean).join(', ');
  return certificate.countersignature ? names : t('details.assignmentByUnverified', { issuer: names });
}

function Verdict({ verdict, focus, values }: { verdict: Verdict | 'altered'; focus: boolean; values?: { passMark: number; minimum: number; score: number } }) {
  const { t } = useTranslation('verify');
  const heading = useFocusHeading<HTMLHeadingElement>(verdict, focus);
  const [title, body] = VERDICT_KEYS[verdict];
  return (
    <div className={`notice verdict verdict-${TONE[verdict]}`}>
      <h2 ref={heading} tabIndex={-1}>
        {t(title)}
      </h2>
      <p>{t(body, values ?? { passMark: 0, minimum: MIN_PASS_MARK, score: 0 })}</p>
    </div>
  );
}

function AttemptRow({ check, locale }: { check: AttemptCheck; locale: Locale }) {
  const { t } = useTranslation('verify');
  const status = { match: 'table.match', differs: 'table.differs', impossible: 'table.impossible', unknown: 'table.unknown', changed: 'table.changed' } as const;
  const percent = (score: number) => t('details.percent', { score });
  return (
    <tr className={check.status === 'match' ? undefined : 'row-problem'}>
      <th scope="row">{check.scenario?.text[locale].title ?? t('unknownCase', { id: check.attempt.scenarioId })}</th>
      <td>{percent(check.attempt.stated)}</td>
      <td>{check.recomputed === undefined ? t('table.notComputed') : percent(check.recomputed)}</td>
      <td>{t(status[check.status])}</td>
    </tr>
  );
}

/** What the verify page found: the verdict first, then what the certificate says and each score. */
export function VerificationResult({ result, focus }: { result: Verification & { kind: 'checked' }; focus: boolean }) {
  const { t, i18n } = useTranslation('verify');
  const locale = toLocale(i18n.language);
  const { certificate, signature } = result;
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${certificate.issued}T00:00:00Z`),
  );
  const { course } = result;
  const facts = [
    ['details.learner', <bdi key="learner">{certificate.learner}</bdi>],
    ['details.title', <bdi key="title">{certificate.assignment?.title ?? t('details.moduleTitle')}</bdi>],
    ['details.issued', date],
    ['details.issuer', <bdi key="issuer">{issuerOf(certificate, t)}</bdi>],
    ['details.passMark', t('details.percent', { score: certificate.passMark })],
    [
      'details.result',
      t(course.passed ? 'details.coursePassed' : 'details.courseNotPassed', { score: course.score ?? 0, passMark: certificate.passMark }),
    ],
    ['details.mode', t('details.modeAssessment')],
  ] as const;
  return (
    <div className="verification">
      <Verdict
        verdict={result.verdict}
        focus={focus}
        values={{ passMark: certificate.passMark, minimum: MIN_PASS_MARK, score: result.course.score ?? 0 }}
      />
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details.heading')}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>{t('details.number')}</dt>
            <dd>
              <span className="certificate-number">{result.number}</span> <span className="small">{t('details.numberHint')}</span>
            </dd>
          </div>
        </dl>
        <div className="table-scroll" role="region" aria-labelledby="scores-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="scores-caption">{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.case')}</th>
                <th scope="col">{t('table.stated')}</th>
                <th scope="col">{t('table.recomputed')}</th>
                <th scope="col">{t('table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {result.attempts.map((check) => (
                <AttemptRow key={check.attempt.scenarioId} check={check} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="signature-heading">
        <h2 id="signature-heading">{t('signature.heading')}</h2>
        {signature ? (
          <>
            <p>{t('signature.countersigned', { issuer: issuerOf(certificate, t) })}</p>
            <p>
              {t('signature.fingerprint')} <strong className="fingerprint">{signature.fingerprint}</strong>
            </p>
            <p className="small">{t('signature.fingerprintHint')}</p>
            {signature.badge && <p>{t(signature.badge === 'valid' ? 'signature.badgeValid' : 'signature.badgeInvalid')}</p>}
          </>
        ) : (
          <>
            <p>{t(certificate.assignment ? 'signature.unsignedAssignment' : 'signature.selfPaced')}</p>
            <p>{t('signature.cannotProveAbsence')}</p>
          </>
        )}
      </section>
    </div>
  );
}

/** The verdict alone, for a code that was changed after it was made. */
export function AlteredResult({ focus }: { focus: boolean }) {
  return <Verdict verdict="altered" focus={focus} />;
}
