import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import { packageConfig } from '../../content/package-config';
import { DEFAULT_PASS_MARK, type ScenarioId } from '../../engine';
import type { Assignment } from '../../records';
import { unprintableCharacters } from '../../integrations/pdf/font/certificate-ranges';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { toLocale } from '../../i18n/setup-i18n';
import { useAssignmentStore } from '../../stores/assignment-store';
import { useProgressStore } from '../../stores/progress-store';
import { buildCertificate, certificateAssignment } from './build-certificate';
import { CertificateForm, type CertificateRequest } from './certificate-form';
import { certificateStrings } from './certificate-strings';
import { canIssue, issueCertificate, type IssuedCertificate } from './issue-certificate';
import { IssuedCertificatePanel } from './issued-certificate';
import { downloadBlob } from '../../components/download-file';
import { useCertificateOptions } from './use-certificate-options';

type Props = {
  focusOnMount: boolean;
  preselect?: ScenarioId;
  catalogueHref: string;
};

type Issue =
  { status: 'idle' } | { status: 'making' } | { status: 'failed'; unsupported: string[] } | { status: 'issued'; issued: IssuedCertificate };

/** The fields of an assignment a certificate prints, with characters the certificate cannot print. */
const unprintableInAssignment = (a: Assignment) => unprintableCharacters([a.title, a.trainer ?? '', a.organisation ?? ''].join(''));

/** The app's address without its hash route: where the verify page of this installation lives. */
const appUrl = () => `${window.location.origin}${window.location.pathname}`;

/** "My certificates": choose passed vignettes, type a name, download a PDF anyone can check. */
export function CertificateScreen({ focusOnMount, preselect, catalogueHref }: Props) {
  useLazyNamespace('certificate', certificateStrings);
  const { t, i18n } = useTranslation('certificate');
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('certificates', focusOnMount);
  const completed = useProgressStore((s) => s.completed);
  const entries = useAssignmentStore((s) => s.entries);
  // Self-paced study passes where the debrief says it does: an LMS package may set its own mark.
  const passMark = packageConfig?.passMark ?? DEFAULT_PASS_MARK;
  const { load, retry } = useCertificateOptions(completed, entries, passMark);
  const [issue, setIssue] = useState<Issue>({ status: 'idle' });

  const make = async ({ learner, vignettes, assignment }: CertificateRequest) => {
    setIssue({ status: 'making' });
    try {
      const certificate = buildCertificate({
        learner,
        locale,
        passMark: assignment?.assignment.passMark ?? passMark,
        vignettes,
        ...(assignment ? { assignment: certificateAssignment(assignment.assignment) } : {}),
      });
      const scenarios = new Map(vignettes.map((p) => [p.scenario.id as string, p.scenario]));
      const issued = await issueCertificate({
        certificate,
        scenarios,
        t: i18n.getFixedT(locale, 'certificate'),
        appUrl: appUrl(),
      });
      downloadBlob(issued.pdfName, issued.pdf);
      setIssue({ status: 'issued', issued });
    } catch (error) {
      const unsupported = error instanceof Error && error.name === 'MissingGlyphsError' ? (error as Error & { characters: string[] }).characters : [];
      setIssue({ status: 'failed', unsupported });
    }
  };

  return (
    <section aria-labelledby="certificates-heading" className="certificates">
      <h1 id="certificates-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t('intro')}</p>
      {!canIssue() ? (
        <p className="notice notice-error" role="alert">
          {t('insecure')}
        </p>
      ) : load.status === 'loading' ? (
        <Loading label={t('loading')} />
      ) : load.status === 'error' ? (
        <LoadError onRetry={retry} />
      ) : (
        <>
          {load.practiceOnly.map((a) => (
            <p key={a.id} className="notice">
              {t('practiceOnly', { title: a.title })}
            </p>
          ))}
          {load.assignments
            .filter((a) => unprintableInAssignment(a.assignment).length > 0)
            .map((a) => (
              <p key={a.key} className="notice notice-warning">
                {t('assignmentUnprintable', {
                  title: a.assignment.title,
                  characters: unprintableInAssignment(a.assignment).join(' '),
                })}
              </p>
            ))}
          {load.selfPaced.length === 0 && load.assignments.length === 0 ? (
            <section aria-labelledby="no-certificate-heading">
              <h2 id="no-certificate-heading">{t('emptyHeading')}</h2>
              <p>{t('empty', { passMark })}</p>
              <p>
                <a className="button" href={catalogueHref}>
                  {t('toCatalogue')}
                </a>
              </p>
            </section>
          ) : (
            <>
              <CertificateForm
                selfPaced={load.selfPaced}
                assignments={load.assignments.filter((a) => unprintableInAssignment(a.assignment).length === 0)}
                passMark={passMark}
                locale={locale}
                {...(preselect ? { preselect } : {})}
                busy={issue.status === 'making'}
                onSubmit={(request) => void make(request)}
              />
              {issue.status === 'making' && <Loading label={t('making')} />}
              {issue.status === 'failed' && (
                <p className="notice notice-error" role="alert">
                  {issue.unsupported.length > 0
                    ? t('unprintable', {
                        characters: issue.unsupported.join(' '),
                      })
                    : t('failed')}
                </p>
              )}
              {issue.status === 'issued' && <IssuedCertificatePanel issued={issue.issued} />}
            </>
          )}
        </>
      )}
    </section>
  );
}
