import type { TFunction } from 'i18next';
import type { Assignment } from '../../records';
import type { Locale } from '../../engine';
import type { ImportedResult } from '../../stores/trainer-store';
import type { Cohort } from './cohort';
import type { CohortLabels } from './cohort-labels';
import { toCsv, type Cell } from './csv';

const percent = (share: number) => Math.round(share * 100);

/** The four tables of a cohort as CSV documents, headed in the trainer's language. */
export function cohortCsv(
  assignment: Assignment,
  cohort: Cohort,
  results: readonly ImportedResult[],
  labels: CohortLabels,
  t: TFunction<'trainer'>,
  locale: Locale,
) {
  const counted: Cell[][] = cohort.learners.map(({ learner, source, score }) => [
    learner,
    source,
    t('csv.counted'),
    score.done,
    assignment.scenarios.length,
    score.overall,
    score.finished ? t(score.passed ? 'csv.yes' : 'csv.no') : null,
    ...score.vignettes.map((v) => v.score?.overall ?? null),
  ]);
  const setAside: Cell[][] = results
    .filter((r) => r.flag !== null)
    .map((r) => [r.learner, r.source, t(`flag.${r.flag ?? 'unreadable'}`), null, null, null, null, ...assignment.scenarios.map(() => null)]);
  const learners = toCsv(
    [
      [t('csv.learner'), t('csv.source'), t('csv.status'), t('csv.done'), t('csv.total'), t('csv.score'), t('csv.passed'), ...assignment.scenarios.map(labels.vignette)],
      ...counted,
      ...setAside,
    ],
    locale,
  );
  const indicators = toCsv(
    [
      [t('csv.indicator'), t('csv.met'), t('csv.missed'), t('csv.missedShare')],
      ...cohort.indicators.map((row) => [labels.indicator(row.indicator), row.seen, row.missed, percent(row.share)]),
    ],
    locale,
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
    locale,
  );
  const falseAlarms = toCsv(
    [
      [t('csv.vignette'), t('csv.fragment'), t('csv.flagged'), t('csv.saw')],
      ...cohort.falseAlarms.flatMap((row) =>
        row.fragments.map((f) => [labels.vignette(row.scenarioId), labels.fragment(row.scenarioId, f.scene, f.fragment), f.count, f.seen]),
      ),
    ],
    locale,
  );
  return { learners, indicators, decisions, falseAlarms };
}
