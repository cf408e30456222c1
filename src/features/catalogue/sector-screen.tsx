import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '../../components/paths';
import { useFocusHeading } from '../../components/use-focus-heading';
import { toLocale } from '../../i18n/setup-i18n';
import type { Sector } from '../../engine';
import { scenariosOfSector } from '../../content';
import { summaries } from '../../content/summaries';
import { useProgressStore } from '../../stores/progress-store';
import { statusOf } from './scenario-status';

/** The vignettes of one sector with their length and the learner's progress on each (a lazy screen). */
export function SectorScreen({ sector, focusOnMount }: { sector: Sector; focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const progress = useProgressStore(useShallow((s) => ({ inProgress: s.inProgress, completed: s.completed })));
  const heading = useFocusHeading<HTMLHeadingElement>(sector, focusOnMount);
  const scenarios = scenariosOfSector(sector);
  return (
    <section aria-labelledby="sector-heading">
      <div className="sector-heading">
        <img className="sector-art" src={`./art/${sector}.svg`} alt="" width="64" height="64" />
        <h1 id="sector-heading" ref={heading} tabIndex={-1}>
          {t('catalogue.heading', { sector: t(`sector.${sector}.name`) })}
        </h1>
      </div>
      {scenarios.length === 0 ? (
        <p className="notice">{t('catalogue.empty')}</p>
      ) : (
        <ul className="cards" role="list">
          {scenarios.map((scenario) => {
            const status = statusOf(progress, scenario);
            const title = scenario.title[locale];
            const action = status.kind === 'new' ? 'start' : status.kind === 'in-progress' ? 'resume' : 'replay';
            return (
              <li key={scenario.id} className="card">
                <h2 className="card-title">{title}</h2>
                <p className="card-body">{summaries[scenario.id]?.[locale]}</p>
                <p className="card-meta">
                  {t(`form.${scenario.form}`)} · {t('catalogue.minutes', { count: scenario.minutes })} ·{' '}
                  <span>
                    {status.kind === 'new' && t('catalogue.statusNew')}
                    {status.kind === 'in-progress' && t('catalogue.statusInProgress')}
                    {status.kind === 'completed' && t('catalogue.statusCompleted')}
                  </span>
                </p>
                <p className="card-actions">
                  <a className="button" href={paths.play(scenario.id)}>
                    {t(`catalogue.${action}`, { title })}
                  </a>
                  {status.kind === 'completed' && (
                    <a className="button button-secondary" href={paths.debrief(scenario.id)}>
                      {t('catalogue.debrief')}
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
