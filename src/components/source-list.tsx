import { useTranslation } from 'react-i18next';
import { findSource, sourceTitle } from '../content/reference';
import { toLocale } from '../i18n/setup-i18n';

/**
 * The sources behind one item (a page section, a signal, an explanation), folded into one
 * disclosure so a long page stays readable; each source is titled in the page's language where
 * it has a translated title, and linked to where it can be read. Lazy screens only: it reads the
 * reference data. A source without an address (its only known copy is unofficial) is cited by
 * publisher and title, without a link.
 */
export function SourceList({ keys }: { keys: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const sources = keys.flatMap((key) => {
    const source = findSource(key);
    return source ? [source] : [];
  });
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t('sources.summary', { count: sources.length })}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.key}>
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {sourceTitle(source, locale)}
              </a>
            ) : (
              <cite>{sourceTitle(source, locale)}</cite>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
