import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading';
import { ASSIGNMENT_LIMITS, type Assignment } from '../../records';
import { buildOpenBadge } from '../../records/certificate.open-badge';
import type { AttemptRecord, Scenario, ScenarioId } from '../../engine';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { getOrCreateTrainerKey, SigningUnavailable } from '../../integrations/signing';
import { buildCertificate, certificateAssignment, certificateCourse } from './build-certificate';
import { certificateAttempts } from './counts-toward-certificate';
import { unprintableCharacters } from '../../integrations/pdf/font/certificate-ranges';
import { cleanText } from '../../records';
import { certificateStrings } from './certificate-strings';
import { issuerOf, verifyUrl } from './compose-sheet';
import { countersign, signBadge } from './countersign';
import { issueCertificate } from './issue-certificate';
import { downloadBlob, downloadFile } from '../../components/download-file';

type Props = {
  /** The trainer's own assignment the result belongs to. */
  assignment: Assignment;
  learner: string;
  /** The imported, checked attempts of this learner. */
  attempts: readonly AttemptRecord[];
  scenarios: ReadonlyMap<ScenarioId, Scenario>;
};

type State =
  | { status: 'idle' }
  | { status: 'signing' }
  | { status: 'done'; pdf: string; badge: string; fingerprint: string }
  | { status: 'failed'; reason: 'unavailable' | 'failed' };

/** Whether all of a learner's attempts, whatever their mode, pass the assignment. */
const scoresPass = (assignment: Assignment, attempts: readonly AttemptRecord[], scenarios: ReadonlyMap<ScenarioId, Scenario>) =>
  certificateCourse(assignment, attempts, scenarios).score.passed;

const appUrl = () => `${window.location.origin}${window.location.pathname}`;

/**
 * For the trainer dashboard, next to one imported learner result: issues a certificate signed
 * with the trainer's Ed25519 key, as a PDF and as an Open Badges 3.0 credential.
 */
export function CountersignPanel({ assignment, learner, attempts, scenarios }: Props) {
  useLazyNamespace('certificate', certificateStrings);
  const { t, i18n } = useTranslation('certificate');
  const id = useId();
  const [trainer, setTrainer] = useState(assignment.trainer ?? '');
  const [organisation, setOrganisation] = useState(assignment.organisation ?? '');
  const [missingName, setMissingName] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  // The one pass rule, on the attempts that count towards a certificate (assessment mode).
  const course = certificateCourse(assignment, certificateAttempts(attempts), scenarios);
  const passed = course.score.passed ? course.vignettes : undefined;
  const unprintable = unprintableCharacters([learner, assignment.title, cleanText(trainer), cleanText(organisation)].join(''));

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    const name = cleanText(trainer);
    setMissingName(name === '');
    if (!passed || name === '' || unprintable.length > 0) return;
    setState({ status: 'signing' });
    try {
      const key = await getOrCreateTrainerKey();
      const org = cleanText(organisation);
      const certificate = await countersign(
        buildCertificate({
          learner,
          locale: assignment.locale,
          passMark: assignment.passMark,
          vignettes: passed,
          assignment: certificateAssignment(assignment, name, org),
        }),
        key,
      );
      const sheetT = i18n.getFixedT(certificate.locale, 'certificate');
      const issued = await issueCertificate({ certificate, scenarios, t: sheetT, appUrl: appUrl(), fingerprint: key.fingerprint });
      const badge = await signBadge(
        await buildOpenBadge({
          certificate,
          number: issued.number,
          verifyUrl: verifyUrl(appUrl(), issued.code),
          titles: passed.map((p) => p.scenario.text[certificate.locale].title),
          text: {
            issuer: issuerOf(certificate, sheetT),
            description: sheetT('sheet.completedAssignment', { passMark: certificate.passMark }),
            criteria: sheetT('sheet.proves'),
            evidence: sheetT('sheet.verifyHeading'),
          },
        }),
        key,
      );
      const badgeName = issued.pdfName.replace(/\.pdf$/, '.badge.json');
      downloadBlob(issued.pdfName, issued.pdf);
      downloadFile(badgeName, `${JSON.stringify(badge, null, 2)}\n`, 'application/ld+json');
      setState({ status: 'done', pdf: issued.pdfName, badge: badgeName, fingerprint: key.fingerprint });
    } catch (error) {
      setState({ status: 'failed', reason: error instanceof SigningUnavailable ? 'unavailable' : 'failed' });
    }
  };

  return (
    <section className="countersign" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('countersign.heading')}</h3>
      {!passed ? (
        <p>
          {t(course.score.passed || !scoresPass(assignment, attempts, scenarios) ? 'countersign.notPassed' : 'countersign.practiceOnly', {
            learner,
            passMark: assignment.passMark,
          })}
        </p>
      ) : (
        <form onSubmit={(event) => void sign(event)} noValidate>
          <p>{t('countersign.intro', { learner })}</p>
          <p>
            <label className="field-label" htmlFor={`${id}-trainer`}>
              {t('countersign.trainer')}
            </label>
            <input
              id={`${id}-trainer`}
              className="text-input"
              type="text"
              maxLength={ASSIGNMENT_LIMITS.name}
              value={trainer}
              aria-invalid={missingName ? true : undefined}
              aria-describedby={missingName ? `${id}-trainer-error` : undefined}
              onChange={(event) => setTrainer(event.target.value)}
            />
          </p>
          {unprintable.length > 0 && (
            <p className="field-error" role="alert">
              {t('countersign.unprintable', { characters: unprintable.join(' ') })}
            </p>
          )}
          {missingName && (
            <p id={`${id}-trainer-error`} className="field-error" role="alert">
              {t('nameRequired')}
            </p>
          )}
          <p>
            <label className="field-label" htmlFor={`${id}-organisation`}>
              {t('countersign.organisation')}
            </label>
            <input
              id={`${id}-organisation`}
              className="text-input"
              type="text"
              maxLength={ASSIGNMENT_LIMITS.name}
              value={organisation}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          </p>
          <button type="submit" className="button" disabled={state.status === 'signing'}>
            {t('countersign.issue')}
          </button>
        </form>
      )}
      {state.status === 'signing' && <Loading label={t('countersign.making')} />}
      {state.status === 'done' && (
        <div role="status">
          <p>{t('countersign.done', { pdf: state.pdf, badge: state.badge, learner })}</p>
          <p>{t('countersign.fingerprint', { fingerprint: state.fingerprint })}</p>
        </div>
      )}
      {state.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t(state.reason === 'unavailable' ? 'countersign.unavailable' : 'countersign.failed')}
        </p>
      )}
    </section>
  );
}
