import type { ResultCodeError, ResultFileError } from '../../records';
import type { ImportedResult } from '../../stores/trainer-store';

type UnreadableReason = ResultFileError | ResultCodeError;
import { useTrainerStrings } from './use-trainer-strings';

/** What each import became: counted, or set aside with the reason in plain words. */
export function ImportLog({ results }: { results: readonly ImportedResult[] }) {
  const { t } = useTrainerStrings();
  const setAside = results.filter((r) => r.flag !== null);
  if (setAside.length === 0) return null;
  return (
    <section aria-labelledby="set-aside-heading" className="notice notice-warning">
      <h2 id="set-aside-heading">{t('import.setAsideHeading', { count: setAside.length })}</h2>
      <p>{t('import.setAsideIntro')}</p>
      <ul className="set-aside">
        {setAside.map((r) => (
          <li key={r.key}>
            <strong>{r.learner ?? r.source}</strong>
            {r.learner && <span className="small"> ({r.source})</span>}:{' '}
            {r.flag === 'unreadable'
              ? t(`import.unreadable.${(r.detail ?? 'invalid') as UnreadableReason}`)
              : r.flag === 'other-assignment' && r.detail
                ? t('flag.otherNamed', { title: r.detail })
                : t(`flag.${r.flag ?? 'unreadable'}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
