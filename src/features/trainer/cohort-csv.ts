import type { TFunction } from 'i18next';
import type { Assignment } from '../../records';
import type { ImportedResult } from '../../stores/trainer-store';
import type { Cohort } from './cohort';
import type { CohortLabels } from './cohort-labels';
import { toCsv, type Cell, type CsvSeparator } from './csv';
import { resultReason } from './result-reason';

const percent = (share: number) => Math.round(share * 100);
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a spreadsheet reads it, in the trainer's own time zone: "2026-03-01 14:05". */
export function csvTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The four tables of a cohort as CSV documents, headed in the trainer's language. */
export function cohortCsv(
  assignment: Assignment,
  cohort: Cohort,
  results: readonly ImportedResult[],
  labels: CohortLabels,
  t: TFunction<'trainer'>,
  separator: CsvSeparator,
) {
  const blanks = assignment.scenarios.map(() => null);
  const counted: Cell[][] = cohort.learners.map(({ learner, results: history, latest, score }) => [
    learner,
    history.map((r) => r.source).join(', '),
    csvTime(latest),
    t('csv.counted'),
    score.done,
    assignment.scenarios.length,
    score.overall,
    score.finished ? t(score.passed ? 'csv.yes' : 'csv.no') : null,
    ...score.vignettes.map((v) => v.score?.overall ?? null),
  ]);
  const setAside: Cell[][] = results
    .filter((r) => r.flag !== null)
    .map((r) => [r.learner, r.source, r.savedAt ? csvTime(r.savedAt) : null, resultReason(r, t), null, null, null, null, ...blanks]);
  const learners = toCsv(
    [
      [
        t('csv.learner'),
        t('csv.source'),
        t('csv.resultDate'),
        t('csv.status'),
        t('csv.done'),
        t('csv.total'),
        t('csv.score'),
        t('csv.passed'),
        ...assignment.scenarios.map(labels.vignette),
      ],
      ...counted,
      ...setAside,
    ],
    separator,
  );
  const indicators = toCsv(
    [
      [t('csv.indicator'), t('csv.met'), t('csv.missed'), t('csv.missedShare')],
      ...cohort.indicators.map((row) => [labels.indicator(row.indicator), row.seen, row.missed, percent(row.share)]),
    ],
    separator,
  );
  const decisions = toCsv(
    [
      [t('csv.vignette'), t('csv.question'), t('csv.option'), t('csv.quality'), t('csv.chosen'), t('csv.chosenShare')],
      ...cohort.decisions.flatMap((row) =>
        row.options.map((o) => [
          labels.vignette(row.scenarioId),
          labels.question(row.scenarioId, row.scene),
          labels.option(row.scenarioId, row.scene, o.option),
          t(`quality.${o.quality}`),
          o.count,
          percent(o.count / row.total),
        ]),
      ),
    ],
    separator,
  );
  const falseAlarms = toCsv(
    [
      [t('csv.vignette'), t('csv.fragment'), t('csv.flagged'), t('csv.saw')],
      ...cohort.falseAlarms.flatMap((row) =>
        row.fragments.map((f) => [labels.vignette(row.scenarioId), labels.fragment(row.scenarioId, f.scene, f.fragment), f.count, f.seen]),
      ),
    ],
    separator,
  );
  return { learners, indicators, decisions, falseAlarms };
}
