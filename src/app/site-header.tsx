import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { LanguageSwitch } from './language-switch';
import { QuickExit } from './quick-exit';
import type { Route } from './routes';

// The learner's navigation; the trainer's entry lives in the footer, outside it.
const LINKS = [
  { route: 'introduction', href: paths.introduction(), label: 'nav.introduction' },
  { route: 'signals', href: paths.signals(), label: 'nav.signals' },
  { route: 'help', href: paths.help(), label: 'nav.help' },
  { route: 'progress', href: paths.progress(), label: 'nav.progress' },
  { route: 'certificates', href: paths.certificates(), label: 'nav.certificates' },
] as const;

/**
 * The mark beside the name, the favicon's drawing drawn in place: as an image it was a request of
 * its own (or three, with React's preload and an uncached reload) before the first screen.
 */
function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#0b5394" />
      <path d="M10 7v18M10 8h12l-3 4 3 4H10" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The header every screen shares, sticky so the quick exit stays in reach while scrolling: the
 * wordmark, the quick exit, and the navigation with the language switch, which folds into a menu
 * on a narrow screen. The menu closes by itself when the screen changes.
 */
export function SiteHeader({ hash, route }: { hash: string; route: Route }) {
  const { t } = useTranslation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === hash;
  return (
    <header className="site-header">
      <a className="brand" href={paths.home()}>
        <BrandMark />
        <span className="brand-name">{t('app.name')}</span>
      </a>
      <QuickExit />
      <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpenOn(open ? null : hash)}>
        {t('nav.menu')}
      </button>
      <div id="site-menu" className="site-menu" data-open={open ? '' : undefined}>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            {LINKS.map((link) => (
              <li key={link.route}>
                <a href={link.href} aria-current={route.name === link.route ? 'page' : undefined}>
                  {t(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
