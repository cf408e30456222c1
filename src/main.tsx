import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { STALE_PRERENDER_ATTRIBUTE } from './app/prerender-guard';
import { matchesPrerender } from './app/prerender-match';
import { FIRST_SCREEN_EVENT } from './app/route-preload';
import { parseRoute } from './app/routes';
import { hashAtStart } from './app/use-route';
import './app/styles.css';
import { loadBriefing, loadedBriefing } from './content';
import { setupI18n } from './i18n/setup-i18n';
import { packageConfig } from './content/package-config';
import { connectLearningSystems, hasLearningSystem } from './integrations/lms/detect';
import { useProgressStore } from './stores/progress-store';
import { prefetchRepair } from './stores/progress-sync';
import { useSettingsStore } from './stores/settings-store';

// A link straight to a vignette opens on its content warning, whose screen is on the first page and
// whose text index.html carries: it renders with everything else, with no wait in between. A page
// without that text (an LMS package) fetches it first, so the warning still shows without a
// loading state. A failure here is met again, and shown, by the screen itself.
const opened = parseRoute(hashAtStart);
const briefing = opened.name === 'play' && !loadedBriefing(opened.scenario) ? [loadBriefing(opened.scenario).catch(() => undefined)] : [];

// Inside an LMS, its saved progress (and the learner's language) must be in place before the first
// render; so must progress stored in this browser (read by a chunk fetched at start-up; nothing to
// wait for on a first visit), so no screen shows a vignette as new and then as finished.
await Promise.all([connectLearningSystems(), useProgressStore.whenLoaded(), ...briefing]);
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
  const first = { hash: hashAtStart, locale, sector, storageNotice: useProgressStore.getState().notice !== null };
  // The build prerenders the Dutch home screen; any other first screen is rendered fresh.
  if (root.firstElementChild && matchesPrerender(first) && !hasLearningSystem()) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    const fresh = createRoot(root);
    // At once, not in a later task: the screen is there by the load event, and the prerender is
    // hidden for no longer than it takes to render.
    flushSync(() => fresh.render(app));
  }
  document.documentElement.removeAttribute(STALE_PRERENDER_ATTRIBUTE);
  // The head script then asks for what the screen needs next (route-preload.ts).
  document.dispatchEvent(new Event(FIRST_SCREEN_EVENT));
}
prefetchRepair();

// Registered from a lazy chunk once the page has loaded and its first screen has fetched what it
// needs, so that caching the app for offline use never competes with it for a slow connection.
// An LMS package has no service worker: the LMS serves and updates its files.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !packageConfig) {
  const register = () =>
    import('./app/register-service-worker')
      .then(async ({ registerServiceWorker, whenNetworkQuiet }) => {
        await whenNetworkQuiet();
        return registerServiceWorker();
      })
      // Without a service worker Signaal still works online; there is nothing to tell the learner.
      .catch(() => undefined);
  // The wait for an LMS above may outlast the load event.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
