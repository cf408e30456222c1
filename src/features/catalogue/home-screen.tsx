import { useTranslation } from 'react-i18next';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { TFunction } from 'i18next';
import { SECTORS, type Sector } from '../../engine';
import { scenariosOfSector } from '../../content';
import { packageConfig } from '../../content/package-config';
import { hasLearningSystem } from '../../integrations/lms/detect';
import { useSettingsStore } from '../../stores/settings-store';

/** The start screen: what Signaal is, and the choice of sector. */
export function HomeScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t } = useTranslation();
  const setSector = useSettingsStore((s) => s.setSector);
  const chosen = useSettingsStore((s) => s.sector);
  const heading = useFocusHeading<HTMLHeadingElement>('home', focusOnMount);
  // An LMS package shows only the sectors it has vignettes in.
  const sectors = packageConfig ? SECTORS.filter((s) => scenariosOfSector(s).length > 0) : SECTORS;
  const ordered = chosen && sectors.includes(chosen) ? [chosen, ...sectors.filter((s) => s !== chosen)] : sectors;
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading" ref={heading} tabIndex={-1}>
        {t('home.heading')}
      </h1>
      {/* Inside an LMS or with an LRS, results do not stay only in this browser. */}
      <p className="lead">{t(hasLearningSystem() ? 'home.introLms' : 'home.intro')}</p>
      <h2 className="visually-hidden">{t('home.choose')}</h2>
      <ul className="cards" role="list">
        {ordered.map((sector) => (
          <li key={sector}>
            <a className="card card-link" href={paths.sector(sector)} onClick={() => setSector(sector)}>
              <span className="card-title">{t(`sector.${sector}.name`)}</span>
              <span className="card-body">{t(`sector.${sector}.description`)}</span>
              <span className="card-meta">{describeSector(sector, t)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function describeSector(sector: Sector, t: TFunction) {
  const scenarios = scenariosOfSector(sector);
  if (scenarios.length === 0) return t('catalogue.none');
  const minutes = scenarios.reduce((sum, s) => sum + s.minutes, 0);
  return `${t('catalogue.cases', { count: scenarios.length })} · ${t('catalogue.minutes', { count: minutes })}`;
}
