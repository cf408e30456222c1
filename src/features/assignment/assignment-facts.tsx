import { formatDate, today } from '../../components/format-date';
import type { Assignment } from '../../records';
import { toLocale } from '../../i18n/setup-i18n';
import type { Check } from './use-signature-check';
import { useAssignmentStrings } from './use-assignment-strings';

/** Who assigned it, whether the link is intact, and what it asks: vignettes, pass mark, due date. */
export function AssignmentFacts({ assignment, check }: { assignment: Assignment; check: Check }) {
  const { t, i18n } = useAssignmentStrings();
  const locale = toLocale(i18n.language);
  const from = [assignment.trainer, assignment.organisation].filter(Boolean).join(', ');
  const overdue = assignment.due !== undefined && assignment.due < today();
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('facts.from')}</dt>
          <dd>{from || t('facts.noName')}</dd>
        </div>
        <div>
          <dt>{t('facts.vignettes')}</dt>
          <dd>{t('facts.vignetteCount', { count: assignment.scenarios.length })}</dd>
        </div>
        <div>
          <dt>{t('facts.passMark')}</dt>
          <dd>{t('facts.passMarkValue', { passMark: assignment.passMark })}</dd>
        </div>
        <div>
          <dt>{t('facts.due')}</dt>
          <dd>{assignment.due ? formatDate(assignment.due, locale) : t('facts.noDue')}</dd>
        </div>
        <div>
          <dt>{t('facts.feedback')}</dt>
          <dd>{t(`facts.feedbackMode.${assignment.feedback}`)}</dd>
        </div>
      </dl>
      {overdue && <p className="notice notice-warning">{t('facts.overdue')}</p>}
      <SignatureNote check={check} />
    </>
  );
}

function SignatureNote({ check }: { check: Check }) {
  const { t } = useAssignmentStrings();
  if (check.status === 'checking') return <p className="small">{t('signature.checking')}</p>;
  if (check.status === 'valid') {
    return (
      <p className="signature-ok">
        {t('signature.valid')} <span className="fingerprint">{check.fingerprint}</span>. {t('signature.compare')}
      </p>
    );
  }
  return <p className="notice notice-warning">{t(check.status === 'invalid' ? 'signature.invalid' : 'signature.unsupported')}</p>;
}
