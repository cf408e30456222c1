import { useTranslation } from 'react-i18next';
import { findSource } from '../../content/reference';
import type { SourceKey } from '../../engine';

/** Every source a vignette rests on: publisher and title, linked only where an official address exists. */
export function VignetteSources({ keys }: { keys: SourceKey[] }) {
  const { t } = useTranslation('debrief');
  const found = keys.flatMap((key) => {
    const source = findSource(key);
    return source ? [source] : [];
  });
  if (found.length === 0) return null;
  return (
    <details className="more sources">
      <summary>{t('sources')}</summary>
      <ul>
        {found.map((source) => (
          <li key={source.key}>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</li>
        ))}
      </ul>
    </details>
  );
}
