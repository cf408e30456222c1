import { useTranslation } from 'react-i18next';
import { findSource } from '../../content/reference';

/** The sources behind a piece of content, each linked to where it can be read when it has an address. */
export function SourceList({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  const sources = keys.flatMap((key) => {
    const source = findSource(key);
    return source ? [source] : [];
  });
  if (sources.length === 0) return null;
  return (
    <p className="small sources">
      {t('sources.list')}
      {sources.map((source, i) => (
        <span key={source.key}>
          {i > 0 && '; '}
          {source.url ? (
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
        </span>
      ))}
    </p>
  );
}
