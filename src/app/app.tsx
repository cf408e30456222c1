import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpTo } from '../components/jump-to';
import { hasLearningSystem } from '../integrations/lms/detect';
import { LearningSystemNotice } from '../integrations/lms/lazy-status';
import { Breadcrumbs } from './breadcrumbs';
import { OfflineNotice } from './offline-notice';
import { RouteView } from './route-view';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { StorageNotice } from '../features/progress/storage-notice';
import { UpdatePrompt } from './update-prompt';
import { useRoute } from './use-route';

/** The shell every screen shares: skip link, header, the way back up, main landmark, footer. */
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
      {/* A plain #main link would replace the hash route, so the skip link moves focus itself. */}
      <a className="skip-link" href="#main" onClick={jumpTo('main')}>
        {t('nav.skipToContent')}
      </a>
      <SiteHeader hash={hash} route={route} />
      <main id="main" tabIndex={-1}>
        <Breadcrumbs route={route} />
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
      <SiteFooter />
    </>
  );
}
