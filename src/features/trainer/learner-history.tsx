import type { ReactNode } from 'react';
import type { Locale } from '../../engine';
import { useTrainerStore } from '../../stores/trainer-store';
import type { LearnerRow } from './learner-rows';
import { resultTime } from './learner-rows';
import { useTrainerStrings } from './use-trainer-strings';

const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A moment written out for the trainer: "1 maart 2026, 14:05". */
export const formatMoment = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

type Props = { assignmentId: string; row: LearnerRow; locale: Locale; certificate?: ReactNode };

/**
 * One learner's results, oldest first: which counted (the latest attempt per vignette), where each
 * came from and when, a button to remove one, and the countersigned certificate when they passed.
 */
export function LearnerHistory({ assignmentId, row, locale, certificate }: Props) {
  const { t } = useTrainerStrings();
  const removeResult = useTrainerStore((s) => s.removeResult);
  return (
    <details className="learner-history">
      <summary>
        <bdi>{row.learner}</bdi> · {t('history.summary', { count: row.results.length })}
      </summary>
      {row.results.length > 1 && <p className="small">{t('history.latestCounts')}</p>}
      <ol className="history">
        {row.results.map((result) => (
          <li key={result.id}>
            <span>
              {t(`history.via.${result.via}`, { source: result.source })} ·{' '}
              {result.savedAt
                ? t('history.saved', { date: formatMoment(resultTime(result), locale) })
                : t('history.imported', { date: formatMoment(result.importedAt, locale) })}{' '}
              · {t('history.attempts', { count: result.attempts.length })}
            </span>{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => removeResult(assignmentId, result.id)}
              aria-label={t('history.removeLabel', { source: result.source, learner: row.learner })}
            >
              {t('history.remove')}
            </button>
          </li>
        ))}
      </ol>
      {certificate}
    </details>
  );
}
