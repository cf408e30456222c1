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

type Unwatch = () => void;

const watchResources = (onFetched: () => void): Unwatch => {
  const observer = new PerformanceObserver(onFetched);
  observer.observe({ type: 'resource' });
  return () => observer.disconnect();
};

/**
 * Resolves once the page has fetched nothing for `quietMs`: by then the first screen's chunks (a
 * vignette and its player, say) are in, and caching the whole app no longer competes with them for
 * a slow connection. A page that never falls quiet (an LRS being retried) waits `maxMs` at most.
 */
export function whenNetworkQuiet({ quietMs = 2000, maxMs = 15_000, watch = watchResources } = {}) {
  return new Promise<void>((resolve) => {
    let timer = setTimeout(done, quietMs);
    const deadline = setTimeout(done, maxMs);
    const unwatch = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    function done() {
      clearTimeout(timer);
      clearTimeout(deadline);
      unwatch();
      resolve();
    }
  });
}

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

  const offer = (worker: ServiceWorker) => {
    setServiceWorkerStatus({
      update: {
        status: 'waiting',
        apply: () => {
          setServiceWorkerStatus({ update: { status: 'applying' } });
          worker.postMessage({ type: 'SKIP_WAITING' });
        },
      },
    });
    // Overtaken by an even newer version (which will be offered in turn): stop offering this one.
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant') setServiceWorkerStatus({ update: { status: 'none' } });
    });
  };
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
