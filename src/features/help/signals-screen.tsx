import { useState } from 'react';
import { jumpTo } from '../../components/jump-to';
import { SourceList } from '../../components/source-list';
import { useFocusHeading } from '../../components/use-focus-heading';
import { catalogue, type Indicator } from '../../content';
import { CATEGORY_ORDER } from '../../content/categories';
import { scenariosWithSignal, taxonomy } from '../../content/reference';
import { SECTORS, type Sector } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useHelpStrings } from './use-help-strings';

type Filter = Sector | 'all';

/** The vignettes of this build in which an indicator is a signal. */
const casesOf = (indicator: Indicator) => catalogue.filter((s) => scenariosWithSignal(indicator.id).includes(s.id));

// Only sectors this build has cases for: a package with one vignette offers no empty choices.
const sectors = SECTORS.filter((sector) => catalogue.some((s) => s.sector === sector));

const shownFor = (filter: Filter) =>
  filter === 'all' ? taxonomy.indicators : taxonomy.indicators.filter((i) => casesOf(i).some((s) => s.sector === filter));

/**
 * The indicator taxonomy by category: name, explanation, forms, the cases it appears in and its
 * sources; a table of contents, and a filter by the sector of the cases.
 */
export function SignalsScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useHelpStrings();
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('signals', focusOnMount);
  const [filter, setFilter] = useState<Filter>('all');
  const shown = shownFor(filter);
  const categories = CATEGORY_ORDER.map((category) => ({ category, indicators: shown.filter((i) => i.category === category) })).filter(
    (c) => c.indicators.length > 0,
  );
  return (
    <article aria-labelledby="signals-heading" className="info-page">
      <h1 id="signals-heading" ref={heading} tabIndex={-1}>
        {t('signals.heading')}
      </h1>
      <p className="lead">{t('signals.intro')}</p>
      {sectors.length > 1 && (
        <fieldset className="filter">
          <legend>{t('signals.filterLegend')}</legend>
          {(['all', ...sectors] as const).map((option) => (
            <label key={option} className="filter-option">
              <input type="radio" name="sector-filter" value={option} checked={filter === option} onChange={() => setFilter(option)} />{' '}
              {option === 'all' ? t('signals.allSectors') : t(`sector.${option}.name`, { ns: 'common' })} ({shownFor(option).length})
            </label>
          ))}
        </fieldset>
      )}
      <p role="status" className="small">
        {t('signals.shown', { count: shown.length })}
      </p>
      <nav aria-labelledby="signals-contents" className="contents">
        <h2 id="signals-contents">{t('signals.contents')}</h2>
        <ul>
          {categories.map(({ category, indicators }) => (
            <li key={category}>
              <a href={`#category-${category}`} onClick={jumpTo(`category-${category}`)}>
                {taxonomy.categories[locale][category]}
              </a>{' '}
              <span className="small">({t('signals.count', { count: indicators.length })})</span>
            </li>
          ))}
        </ul>
      </nav>
      {categories.map(({ category, indicators }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 id={`category-${category}`} tabIndex={-1}>
            {taxonomy.categories[locale][category]} <span className="small">({t('signals.count', { count: indicators.length })})</span>
          </h2>
          <dl className="indicators">
            {indicators.map((indicator) => {
              const cases = casesOf(indicator);
              return (
                <div key={indicator.id} id={`signal-${indicator.id}`}>
                  <dt>{indicator.text[locale].name}</dt>
                  <dd>
                    <p>{indicator.text[locale].explanation}</p>
                    <p className="small">
                      {t('signals.forms', { forms: indicator.forms.map((f) => t(`form.${f as 'sexual'}`, { ns: 'common' })).join(', ') })}
                    </p>
                    {cases.length > 0 && <p className="small">{t('signals.inCases', { cases: cases.map((s) => s.title[locale]).join(', ') })}</p>}
                    <SourceList keys={indicator.sources} />
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </article>
  );
}
