import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, whenNetworkQuiet } from '../../src/app/register-service-worker';
import { getServiceWorkerStatus, resetServiceWorkerStatus } from '../../src/app/service-worker-status';

// Stand-ins for the browser's service worker objects: just the events and fields the app uses.
class FakeWorker extends EventTarget {
  postMessage = vi.fn();
  constructor(public state: ServiceWorkerState) {
    super();
  }
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  startInstall(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  registration = new FakeRegistration();
  register = vi.fn((_url: string, _options: RegistrationOptions) => Promise.resolve(this.registration));
  constructor(public controller: FakeWorker | null) {
    super();
  }
}

async function setUp(controller: FakeWorker | null, arrange: (registration: FakeRegistration) => void = () => undefined) {
  const container = new FakeContainer(controller);
  arrange(container.registration);
  const reload = vi.fn();
  let visible: () => void = () => undefined;
  await registerServiceWorker({
    container: container as unknown as ServiceWorkerContainer,
    reload,
    onVisible: (check) => {
      visible = check;
    },
  });
  return { container, registration: container.registration, reload, becomeVisible: () => visible() };
}

afterEach(() => resetServiceWorkerStatus());

describe('registerServiceWorker', () => {
  it('registers sw.js next to the page, so the app works from any folder', async () => {
    const { container } = await setUp(null);
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('reports offline-ready once the first worker has cached everything and activated, and offers no update', async () => {
    const { registration, container, reload } = await setUp(null);
    const first = new FakeWorker('installing');
    registration.startInstall(first);
    first.becomes('installed');
    expect(getServiceWorkerStatus().offlineReady).toBe(false);
    first.becomes('activating');
    first.becomes('activated');
    expect(getServiceWorkerStatus()).toMatchObject({ offlineReady: true, update: { status: 'none' } });
    // Taking control of a page that had no worker replaces nothing: no reload.
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
  });

  it('is offline-ready at once when an active worker already cached this version', async () => {
    await setUp(new FakeWorker('activated'), (r) => (r.active = new FakeWorker('activated')));
    expect(getServiceWorkerStatus().offlineReady).toBe(true);
  });

  it('offers a new version found while the app runs, and only switches when the learner applies it', async () => {
    const old = new FakeWorker('activated');
    const { registration, container, reload } = await setUp(old, (r) => (r.active = old));
    const next = new FakeWorker('installing');
    registration.startInstall(next);
    expect(getServiceWorkerStatus().update.status).toBe('none');
    next.becomes('installed');

    const { update } = getServiceWorkerStatus();
    if (update.status !== 'waiting') throw new Error(`expected a waiting update, got ${update.status}`);
    expect(next.postMessage).not.toHaveBeenCalled();
    update.apply();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(getServiceWorkerStatus().update.status).toBe('applying');

    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stops offering a version that was overtaken by a newer one, so the prompt never hangs', async () => {
    const old = new FakeWorker('activated');
    const { registration } = await setUp(old, (r) => (r.active = old));
    const next = new FakeWorker('installing');
    registration.startInstall(next);
    next.becomes('installed');
    expect(getServiceWorkerStatus().update.status).toBe('waiting');
    next.becomes('redundant');
    expect(getServiceWorkerStatus().update.status).toBe('none');
    const newer = new FakeWorker('installing');
    registration.startInstall(newer);
    newer.becomes('installed');
    expect(getServiceWorkerStatus().update.status).toBe('waiting');
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const old = new FakeWorker('activated');
    await setUp(old, (r) => {
      r.active = old;
      r.waiting = new FakeWorker('installed');
    });
    expect(getServiceWorkerStatus().update.status).toBe('waiting');
  });

  it('follows a worker that was already installing when registration returned', async () => {
    const old = new FakeWorker('activated');
    const next = new FakeWorker('installing');
    await setUp(old, (r) => {
      r.active = old;
      r.installing = next;
    });
    next.becomes('installed');
    expect(getServiceWorkerStatus().update.status).toBe('waiting');
  });

  it('reloads when another tab applied the update, since this page’s old files are gone', async () => {
    const old = new FakeWorker('activated');
    const { container, reload } = await setUp(old, (r) => (r.active = old));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('looks for a new version when the learner comes back to the tab, and shrugs off being offline', async () => {
    const { registration, becomeVisible } = await setUp(null);
    registration.update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    becomeVisible();
    await Promise.resolve();
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});

describe('whenNetworkQuiet', () => {
  afterEach(() => vi.useRealTimers());

  it('waits until the page has fetched nothing for a while, however long the first screen keeps loading', async () => {
    vi.useFakeTimers();
    let fetched: () => void = () => undefined;
    const unwatch = vi.fn();
    let quiet = false;
    void whenNetworkQuiet({
      quietMs: 2000,
      watch: (onFetched) => {
        fetched = onFetched;
        return unwatch;
      },
    }).then(() => (quiet = true));

    await vi.advanceTimersByTimeAsync(1500);
    fetched();
    await vi.advanceTimersByTimeAsync(1500);
    fetched();
    await vi.advanceTimersByTimeAsync(1999);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet).toBe(true);
    expect(unwatch).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after a while on a page that keeps fetching', async () => {
    vi.useFakeTimers();
    let quiet = false;
    void whenNetworkQuiet({
      quietMs: 2000,
      maxMs: 15_000,
      watch: (onFetched) => {
        const poll = setInterval(onFetched, 1000);
        return () => clearInterval(poll);
      },
    }).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet).toBe(true);
  });
});
