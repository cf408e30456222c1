import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import { CATEGORY_ORDER } from '../../content/categories';
import { taxonomy } from '../../content/reference';
import { toLocale } from '../../i18n/setup-i18n';
import { SourceList } from './source-list';

/** The indicator taxonomy by category: name, explanation, forms and sources of every signal. */
export function SignalsScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('signals', focusOnMount);
  return (
    <article aria-labelledby="signals-heading" className="info-page">
      <h1 id="signals-heading" ref={heading} tabIndex={-1}>
        {t('signals.heading')}
      </h1>
      <p className="lead">{t('signals.intro')}</p>
      {CATEGORY_ORDER.map((category) => {
        const indicators = taxonomy.indicators.filter((i) => i.category === category);
        return (
          <section key={category} aria-labelledby={`category-${category}`}>
            <h2 id={`category-${category}`}>
              {taxonomy.categories[locale][category]} <span className="small">({t('signals.count', { count: indicators.length })})</span>
            </h2>
            <dl className="indicators">
              {indicators.map((indicator) => (
                <div key={indicator.id} id={`signal-${indicator.id}`}>
                  <dt>{indicator.text[locale].name}</dt>
                  <dd>
                    <p>{indicator.text[locale].explanation}</p>
                    <p className="small">
                      {t('signals.forms', { forms: indicator.forms.map((f) => t(`form.${f as 'sexual'}`)).join(', ') })}
                    </p>
                    <SourceList keys={indicator.sources} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </article>
  );
}
