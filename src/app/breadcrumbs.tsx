import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { findSummary } from '../content';
import { toLocale } from '../i18n/setup-i18n';
import type { Route } from './routes';

type Crumb = { href: string; label: string };

// Information pages written for trainers (linked from the trainer's home): their way up passes it.
const TRAINER_PAGES: ReadonlySet<string> = new Set(['without-server']);

/**
 * The way back up, on every screen but the start page: the screens above this one, from the start
 * page down. In-app links replace the history entry (so the quick exit leaves no trace), so Back
 * cannot walk through the app; these links do instead.
 */
export function Breadcrumbs({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const home: Crumb = { href: paths.home(), label: t('nav.home') };
  const trainer: Crumb = { href: paths.trainer(), label: t('nav.trainer') };
  const inCase = (id: string): Crumb[] => {
    const summary = findSummary(id);
    return summary ? [home, { href: paths.sector(summary.sector), label: t(`sector.${summary.sector}.name`) }] : [home];
  };
  const trail = (): Crumb[] => {
    switch (route.name) {
      case 'home':
        return [];
      case 'play':
      case 'debrief':
        return inCase(route.scenario);
      case 'review': {
        const summary = findSummary(route.scenario);
        const debrief = summary ? [{ href: paths.debrief(summary.id), label: t('nav.debriefOf', { title: summary.title[locale] }) }] : [];
        return [...inCase(route.scenario), ...debrief];
      }
      case 'assignment':
        return route.view.kind === 'play' || route.view.kind === 'debrief' ? [home, { href: paths.assignment(), label: t('nav.assignment') }] : [home];
      case 'trainer':
        return route.view.kind === 'home' ? [home] : [home, trainer];
      case 'page':
        return TRAINER_PAGES.has(route.page) ? [home, trainer] : [home];
      default:
        return [home];
    }
  };
  const crumbs = trail();
  if (crumbs.length === 0) return null;
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
