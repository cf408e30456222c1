import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { PageId } from '../../content';
import { findPage } from '../../content/pages';
import { toLocale } from '../../i18n/setup-i18n';
import { SourceList } from './source-list';

/** An information page from content/pages: title, lead, sourced sections, then any extra content. */
export function InfoPage({ id, focusOnMount, children }: { id: PageId; focusOnMount: boolean; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const heading = useFocusHeading<HTMLHeadingElement>(id, focusOnMount);
  const page = findPage(id);
  if (!page) return <p role="alert">{t('pageMissing')}</p>;
  const text = page.text[toLocale(i18n.language)];
  return (
    <article aria-labelledby={`${id}-heading`} className="info-page">
      <h1 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {text.title}
      </h1>
      <p className="lead">{text.lead}</p>
      {text.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          <SourceList keys={section.sources} />
        </section>
      ))}
      {children}
    </article>
  );
}
