import { paths } from '../../components/paths';
import { findSummary } from '../../content';
import type { VignetteResult } from '../../records';
import type { Locale } from '../../engine';
import { useAssignmentStrings } from './use-assignment-strings';

type Props = { results: VignetteResult[]; inProgress: (id: string, version: number) => boolean; locale: Locale };

/** The assignment's vignettes in order, each with where the learner stands and what to do next. */
export function VignetteList({ results, inProgress, locale }: Props) {
  const { t } = useAssignmentStrings();
  return (
    <ol className="cards assignment-vignettes" role="list">
      {results.map((result) => {
        const summary = findSummary(result.scenarioId);
        if (!summary) return null;
        const title = summary.title[locale];
        const started = inProgress(summary.id, summary.version);
        const action = started ? 'resume' : result.attempt ? 'replay' : 'start';
        return (
          <li key={result.scenarioId} className="card">
            <h3 className="card-title">{title}</h3>
            <p className="card-meta">
              {t('vignette.minutes', { count: summary.minutes })} ·{' '}
              {result.score
                ? t(result.score.passed ? 'vignette.donePassed' : 'vignette.doneFailed', { score: result.score.overall })
                : result.attempt
                  ? t('vignette.done')
                  : started
                    ? t('vignette.inProgress')
                    : t('vignette.new')}
            </p>
            <p className="card-actions">
              <a className={result.attempt && !started ? 'button button-secondary' : 'button'} href={paths.assignmentPlay(summary.id)}>
                {t(`vignette.${action}`, { title })}
              </a>
              {result.attempt && (
                <a className="button button-secondary" href={paths.assignmentDebrief(summary.id)}>
                  {t('vignette.debrief', { title })}
                </a>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
