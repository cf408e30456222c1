import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { STALE_PRERENDER_ATTRIBUTE } from './app/prerender-guard';
import { matchesPrerender } from './app/prerender-match';
import './app/styles.css';
import { setupI18n } from './i18n/setup-i18n';
import { connectLearningSystems, hasLearningSystem } from './integrations/lms/detect';
import { useProgressStore } from './stores/progress-store';
import { useSettingsStore } from './stores/settings-store';

// Inside an LMS, its saved progress (and the learner's language) must be in place before the first render.
await connectLearningSystems();
const i18n = setupI18n(useSettingsStore.getState().locale);
const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>
  );
  const { locale, sector } = useSettingsStore.getState();
  const first = { hash: window.location.hash, locale, sector, storageNotice: useProgressStore.getState().notice !== null };
  // The build prerenders the Dutch home screen; any other first screen is rendered fresh.
  if (root.firstElementChild && matchesPrerender(first) && !hasLearningSystem()) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  document.documentElement.removeAttribute(STALE_PRERENDER_ATTRIBUTE);
}

// Registered after the page has loaded, from a lazy chunk, so that caching the app for offline use
// never competes with the first screen for a slow connection.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    import('./app/register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      // Without a service worker Signaal still works online; there is nothing to tell the learner.
      .catch(() => undefined);
  });
}
