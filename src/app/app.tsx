import { Suspense, useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { hasLearningSystem } from '../integrations/lms/detect';
import { LearningSystemFooter, LearningSystemNotice } from '../integrations/lms/lazy-status';
import { LanguageSwitch } from './language-switch';
import { OfflineNotice } from './offline-notice';
import { QuickExit } from './quick-exit';
import { RouteView } from './route-view';
import { StorageNotice } from '../features/progress/storage-notice';
import { UpdatePrompt } from './update-prompt';
import { useRoute } from './use-route';

// A plain #main link would replace the hash route, so the skip link moves focus itself.
const skipToMain = (event: MouseEvent) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
};

/** The shell every screen shares: skip link, header, main landmark, help lines in the footer. */
export function App() {
  const { t, i18n } = useTranslation();
  const { hash, route } = useRoute();
  // Focus moves to a screen's heading only after the learner navigated, not on the first load.
  const [firstHash] = useState(hash);
  const [navigated, setNavigated] = useState(false);
  if (!navigated && hash !== firstHash) setNavigated(true);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <a className="brand" href={paths.home()}>
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li>
              <a href={paths.introduction()} aria-current={route.name === 'introduction' ? 'page' : undefined}>
                {t('nav.introduction')}
              </a>
            </li>
            <li>
              <a href={paths.signals()} aria-current={route.name === 'signals' ? 'page' : undefined}>
                {t('nav.signals')}
              </a>
            </li>
            <li>
              <a href={paths.progress()} aria-current={route.name === 'progress' ? 'page' : undefined}>
                {t('nav.progress')}
              </a>
            </li>
            <li>
              <a href={paths.certificates()} aria-current={route.name === 'certificates' ? 'page' : undefined}>
                {t('nav.certificates')}
              </a>
            </li>
            <li>
              <a href={paths.help()} aria-current={route.name === 'help' ? 'page' : undefined}>
                {t('nav.help')}
              </a>
            </li>
            <li>
              <a href={paths.trainer()} aria-current={route.name === 'trainer' ? 'page' : undefined}>
                {t('nav.trainer')}
              </a>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
        <QuickExit />
      </header>
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <OfflineNotice />
        {hasLearningSystem() && (
          <Suspense fallback={null}>
            <LearningSystemNotice />
          </Suspense>
        )}
        <StorageNotice />
        <RouteView route={route} isFirstRender={!navigated} />
      </main>
      <footer className="site-footer">
        <p>
          <strong>{t('footer.danger')}</strong> <a href={paths.help()}>{t('footer.help')}</a>
        </p>
        {hasLearningSystem() ? (
          <Suspense fallback={null}>
            <LearningSystemFooter />
          </Suspense>
        ) : (
          <p>{t('footer.privacy')}</p>
        )}
      </footer>
    </>
  );
}
