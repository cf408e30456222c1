import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadFile } from '../../components/download-file';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { useScenarios } from '../../components/use-scenarios';
import type { Assignment } from '../../records';
import type { AttemptRecord, Scenario, ScenarioId } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useTrainerStore, type ImportedResult, type MadeAssignment } from '../../stores/trainer-store';
import { checkResultCode, checkResultFile, markDuplicates } from './check-import';
import { summarizeCohort } from './cohort';
import { cohortCsv } from './cohort-csv';
import { fileSlug, type CsvSeparator } from './csv';
import { ExpectedPanel } from './expected-panel';
import { ExportPanel, type CsvTable } from './export-panel';
import { LearnerHistory } from './learner-history';
import { LrsPanel } from './lrs-panel';
import { TrainerDataNotice } from './trainer-data-notice';
import { cohortLabels } from './cohort-labels';
import { CohortView } from './cohort-view';
import { ImportLog } from './import-log';
import { ImportPanel } from './import-panel';
import { UnknownAssignment } from './unknown-assignment';
import { useTrainerStrings } from './use-trainer-strings';

const EMPTY: ImportedResult[] = [];

/** Renders what the app composes in for one counted learner result (the countersigned certificate). */
export type RenderCertificate = (result: {
  assignment: Assignment;
  learner: string;
  attempts: AttemptRecord[];
  scenarios: ReadonlyMap<ScenarioId, Scenario>;
}) => ReactNode;

/** An assignment's results: import files and codes, see the cohort, export it as CSV. */
export function ResultsScreen({ id, focusOnMount, renderCertificate }: { id: string; focusOnMount: boolean; renderCertificate?: RenderCertificate }) {
  const made = useTrainerStore((s) => s.assignments[id]);
  const { load, retry } = useScenarios(made?.signed.assignment.scenarios ?? []);
  useTrainerStrings();
  if (!made) return <UnknownAssignment />;
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <LoadError onRetry={retry} />;
  return <Results made={made} scenarios={load.scenarios} focusOnMount={focusOnMount} renderCertificate={renderCertificate} />;
}

type ResultsProps = {
  made: MadeAssignment;
  scenarios: ReadonlyMap<ScenarioId, Scenario>;
  focusOnMount: boolean;
  renderCertificate?: RenderCertificate;
};

function Results({ made, scenarios, focusOnMount, renderCertificate }: ResultsProps) {
  const { t, i18n } = useTrainerStrings();
  const locale = toLocale(i18n.language);
  const assignment = made.signed.assignment;
  const heading = useFocusHeading<HTMLHeadingElement>(assignment.id, focusOnMount);
  const results = useTrainerStore(useShallow((s) => s.results[assignment.id] ?? EMPTY));
  const addResults = useTrainerStore((s) => s.addResults);
  const clearResults = useTrainerStore((s) => s.clearResults);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const add = async (checks: Promise<ImportedResult>[]) => {
    setBusy(true);
    setStatus(t('import.checking', { count: checks.length }));
    const checked = markDuplicates(useTrainerStore.getState().results[assignment.id] ?? [], await Promise.all(checks));
    addResults(assignment.id, checked);
    const counted = checked.filter((r) => r.flag === null).length;
    setStatus(t('import.done', { count: checked.length, counted, setAside: checked.length - counted }));
    setBusy(false);
  };

  const labels = cohortLabels(scenarios, locale);
  const cohort = summarizeCohort(assignment, results, scenarios);
  const exportCsv = (which: CsvTable, separator: CsvSeparator) => {
    const csv = cohortCsv(assignment, cohort, results, labels, t, separator);
    downloadFile(`${t(`csv.file.${which}`)}-${fileSlug(assignment.title) || assignment.id}.csv`, csv[which], 'text/csv;charset=utf-8');
  };

  return (
    <section aria-labelledby="results-heading" className="results">
      <p>
        <a href={paths.trainer()}>{t('results.back')}</a>
      </p>
      <p className="eyebrow">{t('results.eyebrow')}</p>
      <h1 id="results-heading" ref={heading} tabIndex={-1}>
        {assignment.title}
      </h1>
      <p>{t('results.intro')}</p>
      <TrainerDataNotice />
      <ImportPanel
        busy={busy}
        onFiles={(files) => void add(files.map((file) => checkResultFile(file, made, scenarios)))}
        onCodes={(codes) =>
          void add(codes.map((code, i) => checkResultCode(t('import.codeSource', { n: results.length + i + 1 }), code, made, scenarios)))
        }
      />
      <LrsPanel made={made} scenarios={scenarios} onStatus={setStatus} />
      <p role="status" className="import-status">
        {status}
      </p>
      <ImportLog assignmentId={assignment.id} results={results} />
      <ExpectedPanel key={(made.expected ?? []).join('\n')} assignmentId={assignment.id} expected={made.expected ?? []} rows={cohort.learners} />
      {results.length === 0 ? (
        <p className="notice">{t('results.empty')}</p>
      ) : (
        <>
          <CohortView assignment={assignment} cohort={cohort} labels={labels} />
          <section aria-labelledby="per-learner-heading">
            <h2 id="per-learner-heading">{t('history.heading')}</h2>
            <p>{t(renderCertificate ? 'history.introCountersign' : 'history.intro')}</p>
            {cohort.learners.map((row) => (
              <LearnerHistory
                key={row.key}
                assignmentId={assignment.id}
                row={row}
                locale={locale}
                // Countersigning is offered only for a row that passed under the one pass rule.
                certificate={
                  renderCertificate && row.score.passed ? renderCertificate({ assignment, learner: row.learner, attempts: row.attempts, scenarios }) : undefined
                }
              />
            ))}
          </section>
          <ExportPanel onExport={exportCsv} />
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!window.confirm(t('import.clearConfirm', { count: results.length }))) return;
                clearResults(assignment.id);
                setStatus(t('import.cleared'));
              }}
            >
              {t('import.clear')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
