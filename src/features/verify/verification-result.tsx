import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { Certificate } from '../../records/certificate.schema';
import type { Locale } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import type { AttemptCheck, Verdict, Verification } from './verify-certificate';

const TONE: Record<Verdict | 'altered', 'ok' | 'warning' | 'error'> = {
  valid: 'ok',
  mismatch: 'error',
  'signature-invalid': 'error',
  altered: 'error',
  uncheckable: 'warning',
  'signature-unsupported': 'warning',
};

const VERDICT_KEYS = {
  valid: ['verdict.valid', 'verdict.validBody'],
  mismatch: ['verdict.mismatch', 'verdict.mismatchBody'],
  'signature-invalid': ['verdict.signatureInvalid', 'verdict.signatureInvalidBody'],
  altered: ['verdict.altered', 'verdict.alteredBody'],
  uncheckable: ['verdict.uncheckable', 'verdict.uncheckableBody'],
  'signature-unsupported': ['verdict.signatureUnsupported', 'verdict.signatureUnsupportedBody'],
} as const;

const LOCALE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;

function issuerOf(certificate: Certificate, t: TFunction<'verify'>) {
  const { assignment } = certificate;
  if (!assignment?.trainer) return t('details.selfPaced');
  const issuer = assignment.organisation
    ? t('details.trainerAndOrganisation', { trainer: assignment.trainer, organisation: assignment.organisation })
    : assignment.trainer;
  return certificate.countersignature ? issuer : t('details.assignmentBy', { issuer });
}

function Verdict({ verdict, focus }: { verdict: Verdict | 'altered'; focus: boolean }) {
  const { t } = useTranslation('verify');
  const heading = useFocusHeading<HTMLHeadingElement>(verdict, focus);
  const [title, body] = VERDICT_KEYS[verdict];
  return (
    <div className={`notice verdict verdict-${TONE[verdict]}`}>
      <h2 ref={heading} tabIndex={-1}>
        {t(title)}
      </h2>
      <p>{t(body)}</p>
    </div>
  );
}

function AttemptRow({ check, locale, passMark }: { check: AttemptCheck; locale: Locale; passMark: number }) {
  const { t } = useTranslation('verify');
  const status = { match: 'table.match', differs: 'table.differs', impossible: 'table.impossible', unknown: 'table.unknown', changed: 'table.changed' } as const;
  const percent = (score: number) => `${t('details.percent', { score })} (${t(score >= passMark ? 'details.passed' : 'details.notPassed')})`;
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
  const facts = [
    ['details.learner', certificate.learner],
    ['details.title', certificate.assignment?.title ?? t('details.moduleTitle')],
    ['details.issued', date],
    ['details.issuer', issuerOf(certificate, t)],
    ['details.passMark', t('details.percent', { score: certificate.passMark })],
  ] as const;
  return (
    <div className="verification">
      <Verdict verdict={result.verdict} focus={focus} />
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
                <AttemptRow key={check.attempt.scenarioId} check={check} locale={locale} passMark={certificate.passMark} />
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
          <p>{t('signature.selfPaced')}</p>
        )}
      </section>
    </div>
  );
}

/** The verdict alone, for a code that was changed after it was made. */
export function AlteredResult({ focus }: { focus: boolean }) {
  return <Verdict verdict="altered" focus={focus} />;
}
