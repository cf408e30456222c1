import type { Assignment } from '../../records';
import { BarChart } from './bar-chart';
import type { Cohort } from './cohort';
import type { CohortLabels } from './cohort-labels';
import { useTrainerStrings } from './use-trainer-strings';

type Props = { assignment: Assignment; cohort: Cohort; labels: CohortLabels };

const TONE = { recommended: 'ok', acceptable: 'warn', harmful: 'bad' } as const;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** The group's results: who finished and passed, what it missed, chose and wrongly flagged. */
export function CohortView({ assignment, cohort, labels }: Props) {
  const { t } = useTrainerStrings();
  const n = cohort.learners.length;
  return (
    <>
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">{t('cohort.learnersHeading')}</h2>
        <p className="cohort-summary">
          {t('cohort.summary', { count: n, finished: cohort.finished, passed: cohort.passed, passMark: assignment.passMark })}
        </p>
        <div className="table-scroll" role="region" aria-labelledby="learners-heading" tabIndex={0}>
          <table className="learners">
            <thead>
              <tr>
                <th scope="col">{t('cohort.learner')}</th>
                <th scope="col">{t('cohort.results')}</th>
                <th scope="col">{t('cohort.done')}</th>
                <th scope="col">{t('cohort.score')}</th>
                <th scope="col">{t('cohort.result')}</th>
              </tr>
            </thead>
            <tbody>
              {cohort.learners.map(({ key, learner, results, score }) => (
                <tr key={key}>
                  <th scope="row">
                    <bdi>{learner}</bdi>
                  </th>
                  <td>{results.length}</td>
                  <td>{t('cohort.doneOf', { done: score.done, total: assignment.scenarios.length })}</td>
                  <td>{score.overall === null ? t('cohort.noScore') : `${score.overall}%`}</td>
                  <td className={score.finished ? (score.passed ? 'verdict-passed' : 'verdict-failed') : undefined}>
                    {t(score.finished ? (score.passed ? 'cohort.passed' : 'cohort.failed') : 'cohort.unfinished')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small">{t('cohort.recomputed')}</p>
        <p className="small">{t('cohort.whatCheckProves')}</p>
      </section>

      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('cohort.indicatorsHeading')}</h2>
        <p>{t('cohort.indicatorsIntro')}</p>
        {cohort.indicators.length === 0 ? (
          <p className="notice">{t('cohort.nothingYet')}</p>
        ) : (
          <BarChart
            caption={t('cohort.indicatorsCaption')}
            headers={[t('cohort.indicator'), t('cohort.missedBy')]}
            max={100}
            bars={cohort.indicators.map((row) => ({
              key: row.indicator,
              label: labels.indicator(row.indicator),
              value: percent(row.missed, row.seen),
              display: t('cohort.missedOf', { share: percent(row.missed, row.seen), missed: row.missed, seen: row.seen }),
              tone: row.missed === 0 ? 'ok' : 'bad',
            }))}
          />
        )}
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('cohort.decisionsHeading')}</h2>
        {cohort.decisions.length === 0 ? (
          <p className="notice">{t('cohort.nothingYet')}</p>
        ) : (
          cohort.decisions.map((row) => (
            <BarChart
              key={`${row.scenarioId}/${row.scene}`}
              caption={`${labels.vignette(row.scenarioId)}: ${labels.question(row.scenarioId, row.scene)}`}
              headers={[t('cohort.option'), t('cohort.chosenBy')]}
              max={row.total}
              bars={row.options.map((o) => ({
                key: o.option,
                label: labels.option(row.scenarioId, row.scene, o.option),
                note: t(`quality.${o.quality}`),
                value: o.count,
                display: t('cohort.chosenCount', { count: o.count, share: percent(o.count, row.total) }),
                tone: TONE[o.quality],
              }))}
            />
          ))
        )}
      </section>

      <section aria-labelledby="alarms-heading">
        <h2 id="alarms-heading">{t('cohort.alarmsHeading')}</h2>
        <p>{t('cohort.alarmsIntro')}</p>
        {cohort.falseAlarms.length === 0 ? (
          <p className="notice">{t('cohort.noAlarms')}</p>
        ) : (
          cohort.falseAlarms.map((row) => (
            <BarChart
              key={row.scenarioId}
              caption={labels.vignette(row.scenarioId)}
              headers={[t('cohort.fragment'), t('cohort.flaggedBy')]}
              max={Math.max(...row.fragments.map((f) => f.seen))}
              bars={row.fragments.map((f) => ({
                key: f.fragment,
                label: `“${labels.fragment(row.scenarioId, f.scene, f.fragment)}”`,
                value: f.count,
                display: t('cohort.flaggedOf', { count: f.count, seen: f.seen }),
                tone: 'warn',
              }))}
            />
          ))
        )}
      </section>
    </>
  );
}
