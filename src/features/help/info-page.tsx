import type { ReactNode } from 'react';
import { SourceList } from '../../components/source-list';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { PageId } from '../../content';
import { findPage } from '../../content/pages';
import { toLocale } from '../../i18n/setup-i18n';
import { useHelpStrings } from './use-help-strings';

/**
 * An information page from content/pages: title, lead, sections with their sources, then any extra
 * content. Also the screen of `#/page/<id>`: a new page needs only its id in PAGE_IDS and its
 * language files; an id without a page says so.
 */
export function InfoPage({ id, focusOnMount, children }: { id: PageId | (string & {}); focusOnMount: boolean; children?: ReactNode }) {
  const { t, i18n } = useHelpStrings();
  const heading = useFocusHeading<HTMLHeadingElement>(id, focusOnMount);
  const page = findPage(id as PageId);
  if (!page) {
    return (
      <h1 ref={heading} tabIndex={-1}>
        {t('pageMissing')}
      </h1>
    );
  }
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
