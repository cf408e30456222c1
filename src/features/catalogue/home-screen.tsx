import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { TFunction } from 'i18next';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { catalogue } from '../../content';
import type { Sector } from '../../engine';
import { toLocale } from '../../i18n/setup-i18n';
import { useProgressStore } from '../../stores/progress-store';
import { useSettingsStore } from '../../stores/settings-store';
import { casesInProgress, sectorsWithCases, suggestFirst } from './suggest';

type Props = {
  focusOnMount: boolean;
  /** Launched from an LMS or LRS: the learner's progress goes there, so the page must not say it stays in the browser. */
  inLearningSystem: boolean;
};

/**
 * The start screen: the topic in one neutral line, the case in progress, a sector to choose with a
 * first case suggested in each, and who made Signaal and why.
 */
export function HomeScreen({ focusOnMount, inLearningSystem }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const setSector = useSettingsStore((s) => s.setSector);
  const chosen = useSettingsStore((s) => s.sector);
  const progress = useProgressStore(useShallow((s) => ({ inProgress: s.inProgress, completed: s.completed })));
  const heading = useFocusHeading<HTMLHeadingElement>('home', focusOnMount);
  const sectors = sectorsWithCases(catalogue);
  const ordered = chosen && sectors.includes(chosen) ? [chosen, ...sectors.filter((s) => s !== chosen)] : sectors;
  const continuing = casesInProgress(catalogue, progress);
  return (
    <div className="home">
      <section aria-labelledby="home-heading" className="hero">
        <h1 id="home-heading" ref={heading} tabIndex={-1}>
          {t('home.heading')}
        </h1>
        <p className="lead">
          {t('home.intro')} {t(inLearningSystem ? 'home.inLearningSystem' : 'home.private')}
        </p>
      </section>
      {continuing.length > 0 && (
        <section aria-labelledby="continue-heading" className="continue">
          <h2 id="continue-heading">{t('home.continueHeading')}</h2>
          <ul className="actions" role="list">
            {continuing.map((scenario) => (
              <li key={scenario.id}>
                <a className="button" href={paths.play(scenario.id)}>
                  {t('home.continue', { title: scenario.title[locale] })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sectors-heading">
        <h2 id="sectors-heading">{t('home.choose')}</h2>
        <ul className="cards sector-cards" role="list">
          {ordered.map((sector) => {
            const first = suggestFirst(catalogue, progress, sector);
            return (
              <li key={sector} className="card sector-card">
                <img className="sector-art" src={`./art/${sector}.svg`} alt="" width="64" height="64" loading="lazy" />
                <h3 className="card-title">
                  <a className="card-link" href={paths.sector(sector)} onClick={() => setSector(sector)}>
                    {t(`sector.${sector}.name`)}
                  </a>
                </h3>
                <p className="card-body">{t(`sector.${sector}.description`)}</p>
                <p className="card-meta">{describeSector(sector, t)}</p>
                {first && (
                  <p className="card-suggestion">
                    <a href={paths.play(first.id)} onClick={() => setSector(sector)}>
                      {t('home.startWith', { title: first.title[locale] })}
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="about-heading" className="about">
        <h2 id="about-heading">{t('home.aboutHeading')}</h2>
        <p>{t('home.about')}</p>
        <p>{t('home.madeBy')}</p>
        <p>
          <a href={paths.page('about')}>{t('home.aboutLink')}</a>
        </p>
      </section>
    </div>
  );
}

function describeSector(sector: Sector, t: TFunction) {
  const scenarios = catalogue.filter((s) => s.sector === sector);
  const minutes = scenarios.reduce((sum, s) => sum + s.minutes, 0);
  return `${t('catalogue.cases', { count: scenarios.length })} · ${t('catalogue.minutes', { count: minutes })}`;
}
