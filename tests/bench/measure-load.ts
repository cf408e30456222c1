import type { Browser } from 'playwright-core';

/**
 * Lighthouse's "slow 4G" for mobile, applied the way DevTools does it (CDP): 150 ms round trip × 3.75
 * for request latency, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up; and a phone's CPU, 4× slower.
 */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
export const CPU_SLOWDOWN = 4;

/** A network to load under: Lighthouse's slow 4G, or none (the machine's loopback, unthrottled). */
export type NetworkProfile = { name: string; conditions: typeof SLOW_4G | undefined };
export const PROFILES: readonly NetworkProfile[] = [
  { name: 'slow 4G', conditions: SLOW_4G },
  { name: 'no network throttling', conditions: undefined },
];

/** One request of a load: when it started and finished (ms after the first request) and what asked for it. */
export type Request = { url: string; start: number; end: number | undefined; initiator: string };

export type Load = {
  /** First contentful paint, ms after navigation start. */
  fcp: number;
  /** When the awaited button was first in the page (rendered by React, so ready to press). */
  interactive: number | undefined;
  /** Compressed bytes of JavaScript received until then. */
  jsToInteractive: number | undefined;
  /** Every request of the load, in the order they started. */
  requests: Request[];
};

type Options = {
  url: string;
  network: NetworkProfile['conditions'];
  /** Text of the button that marks the screen as usable; omitted for a page without one. */
  button?: string;
};

/**
 * Loads a page once in a fresh context (empty cache, no service worker yet) under the given network
 * (none: unthrottled) and the CPU throttling, and reads its paint timing, when the given button
 * appeared, and its requests.
 */
export async function measureLoad(browser: Browser, { url, network, button }: Options): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block', locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    // Script bytes as they arrive, stamped with the page's clock, to sum up what came before "interactive".
    const scripts = new Set<string>();
    const arrivals: { at: number; bytes: number }[] = [];
    const requests = new Map<string, Request>();
    let start = 0;
    const since = (timestamp: number) => Math.round((timestamp - start) * 1000);
    cdp.on('Network.requestWillBeSent', (event) => {
      if (start === 0) start = event.timestamp;
      const { initiator } = event;
      // A script's request names the script in its stack (its `url` can be "about:client").
      const from = [initiator.stack?.callFrames[0]?.url, initiator.stack?.parent?.callFrames[0]?.url, initiator.url].find((url) => url?.startsWith('http'));
      requests.set(event.requestId, { url: event.request.url, start: since(event.timestamp), end: undefined, initiator: from ? `${initiator.type} ${from}` : initiator.type });
    });
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (scripts.has(event.requestId)) arrivals.push({ at: (event.timestamp - start) * 1000, bytes: event.encodedDataLength });
      const request = requests.get(event.requestId);
      if (request) request.end = since(event.timestamp);
    });

    // A string, not a function: tsx would add helpers to a function's source that the page lacks.
    await page.addInitScript(`(() => {
      const label = ${JSON.stringify(button ?? '')};
      const seen = {};
      window.benchSeen = seen;
      if (!label) return;
      new MutationObserver(() => {
        if (seen.interactive !== undefined) return;
        for (const element of document.querySelectorAll('button')) {
          if (element.textContent.trim() === label) seen.interactive = performance.now();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    })();`);

    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
    if (button) {
      await page.waitForFunction(() => (window as unknown as { benchSeen: { interactive?: number } }).benchSeen.interactive !== undefined, null, {
        timeout: 120_000,
      });
      // Really interactive: pressing it does something (the bare page toggles, a vignette starts).
      await page.getByRole('button', { name: button, exact: true }).click({ timeout: 30_000 });
    }
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      interactive: (window as unknown as { benchSeen: { interactive?: number } }).benchSeen.interactive,
    }));
    const jsToInteractive =
      timing.interactive === undefined ? undefined : arrivals.filter((a) => a.at <= (timing.interactive ?? 0) + 50).reduce((sum, a) => sum + a.bytes, 0);
    return { fcp: timing.fcp, interactive: timing.interactive, jsToInteractive, requests: [...requests.values()] };
  } finally {
    await context.close();
  }
}
