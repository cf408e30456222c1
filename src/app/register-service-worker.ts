import { setServiceWorkerStatus } from './service-worker-status';

type Options = {
  container?: ServiceWorkerContainer;
  /** Reloads the page once a new version has taken over. */
  reload?: () => void;
  /** Tells the registration when the learner returns to the tab, to look for a new version. */
  onVisible?: (check: () => void) => void;
};

const whenVisible = (check: () => void) =>
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });

/**
 * Registers the service worker next to index.html (so the app works from any folder), reports when
 * everything is cached for offline use, and offers a waiting new version instead of switching to it
 * behind the learner's back. Progress lives in localStorage, so the reload after an update keeps it.
 */
export async function registerServiceWorker({
  container = navigator.serviceWorker,
  reload = () => window.location.reload(),
  onVisible = whenVisible,
}: Options = {}) {
  // Without a controller this is the first install: nothing old is running that needs replacing.
  const hadController = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!hadController || reloading) return;
    // Another tab may have applied the update; this page's lazy chunks are gone from the cache now.
    reloading = true;
    reload();
  });

  const registration = await container.register('./sw.js', { scope: './' });

  const offer = (worker: ServiceWorker) =>
    setServiceWorkerStatus({
      update: {
        status: 'waiting',
        apply: () => {
          setServiceWorkerStatus({ update: { status: 'applying' } });
          worker.postMessage({ type: 'SKIP_WAITING' });
        },
      },
    });
  const watchReady = (worker: ServiceWorker) => {
    if (worker.state === 'activated') setServiceWorkerStatus({ offlineReady: true });
    else worker.addEventListener('statechange', () => worker.state === 'activated' && setServiceWorkerStatus({ offlineReady: true }));
  };

  const seen = new WeakSet<ServiceWorker>();
  const track = (worker: ServiceWorker | null) => {
    if (!worker || seen.has(worker)) return;
    seen.add(worker);
    if (!registration.active) watchReady(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  };

  if (registration.active) watchReady(registration.active);
  if (registration.waiting && container.controller) offer(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // An update check fails when offline; the next visit tries again.
  onVisible(() => void registration.update().catch(() => undefined));
  return registration;
}
