import { LoadError } from '../../components/load-error';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenarios } from '../../components/use-scenarios';
import { scoreAssignment } from '../../records';
import { toLocale } from '../../i18n/setup-i18n';
import { useAssignmentStore } from '../../stores/assignment-store';
import { useProgressStore } from '../../stores/progress-store';
import { AssignmentFacts } from './assignment-facts';
import { LrsSend } from './lrs-send';
import { ResultExport } from './result-export';
import { useAssignmentStrings } from './use-assignment-strings';
import { useSignatureCheck } from './use-signature-check';
import { VignetteList } from './vignette-list';
import './assignment.css';

/** The learner's view of one assignment: who and what, the vignettes to play, and sending results. */
export function AssignmentOverview({ entryKey, focusOnMount = true }: { entryKey: string; focusOnMount?: boolean }) {
  const { t, i18n } = useAssignmentStrings();
  const locale = toLocale(i18n.language);
  const entry = useAssignmentStore((s) => s.entries[entryKey]);
  const inProgress = useProgressStore((s) => s.inProgress);
  const heading = useFocusHeading<HTMLHeadingElement>(entryKey, focusOnMount);
  const signed = entry?.signed ?? { payload: '', publicKey: '', signature: '' };
  const check = useSignatureCheck(signed);
  const { load, retry } = useScenarios(entry?.signed.assignment.scenarios ?? []);
  if (!entry) return null;
  const assignment = entry.signed.assignment;
  const scenarios = load.status === 'ready' ? load.scenarios : new Map();
  const score = scoreAssignment(assignment, entry.attempts, scenarios);
  return (
    <section aria-labelledby="assignment-heading" className="assignment">
      <p className="eyebrow">{t('overview.eyebrow')}</p>
      <h1 id="assignment-heading" ref={heading} tabIndex={-1}>
        {assignment.title}
      </h1>
      <AssignmentFacts assignment={assignment} check={check} />
      <h2>{t('overview.vignettesHeading')}</h2>
      <p className="progress-line">{t('overview.progress', { done: score.done, total: assignment.scenarios.length })}</p>
      {load.status === 'error' && <LoadError onRetry={retry} />}
      <VignetteList
        results={score.vignettes}
        locale={locale}
        inProgress={(id, version) => inProgress[id]?.contentVersion === version}
      />
      {score.finished && score.overall !== null && (
        <p className={`result ${score.passed ? 'result-passed' : 'result-failed'}`}>
          <strong>{t(score.passed ? 'overview.passed' : 'overview.failed', { score: score.overall, passMark: assignment.passMark })}</strong>
        </p>
      )}
      {load.status === 'ready' && assignment.lrs && <LrsSend entryKey={entryKey} entry={entry} scenarios={load.scenarios} />}
      {load.status === 'ready' && score.done > 0 && <ResultExport entry={entry} score={score} scenarios={load.scenarios} />}
    </section>
  );
}
