import { useTrainerStore, type ImportedResult } from '../../stores/trainer-store';
import { resultReason } from './result-reason';
import { useTrainerStrings } from './use-trainer-strings';

/** The results set aside, each with the reason in plain words and a way to remove it. */
export function ImportLog({ assignmentId, results }: { assignmentId: string; results: readonly ImportedResult[] }) {
  const { t } = useTrainerStrings();
  const removeResult = useTrainerStore((s) => s.removeResult);
  const setAside = results.filter((r) => r.flag !== null);
  if (setAside.length === 0) return null;
  return (
    <section aria-labelledby="set-aside-heading" className="notice notice-warning">
      <h2 id="set-aside-heading">{t('import.setAsideHeading', { count: setAside.length })}</h2>
      <p>{t('import.setAsideIntro')}</p>
      <ul className="set-aside">
        {setAside.map((r) => (
          <li key={r.id}>
            <strong>
              <bdi>{r.learner ?? r.source}</bdi>
            </strong>
            {r.learner && <span className="small"> ({r.source})</span>}: {resultReason(r, t)}{' '}
            <button type="button" className="button-link" onClick={() => removeResult(assignmentId, r.id)} aria-label={t('history.removeLabel', { source: r.source, learner: r.learner ?? r.source })}>
              {t('history.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
