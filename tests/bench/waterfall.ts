import type { Request } from './measure-load';

/**
 * How many round trips after the page each request waited for: the page itself is 0, and a request
 * one step further than whatever started it (the file whose parser, script or preload asked for
 * it). A request whose starter is not among the requests counts from the page.
 */
export function roundTrips(requests: readonly Request[]): number[] {
  const byUrl = new Map<string, number>();
  return requests.map((request, index) => {
    const from = request.initiator.split(' ').slice(1).join(' ');
    const depth = index === 0 ? 0 : (byUrl.get(from) ?? 0) + 1;
    if (!byUrl.has(request.url)) byUrl.set(request.url, depth);
    return depth;
  });
}

/** One line per request: round trip, start and end (ms), the file relative to the page, and what asked for it. */
export function formatWaterfall(requests: readonly Request[], base: string): string {
  const depths = roundTrips(requests);
  const short = (url: string) => (url.startsWith(base) ? url.slice(base.length) || '(page)' : url);
  const lines = requests.map((request, index) => {
    const [type = '', ...from] = request.initiator.split(' ');
    const by = from.length > 0 ? `${type} ${short(from.join(' '))}` : type;
    return `  ${String(depths[index]).padStart(2)}  ${String(request.start).padStart(6)}–${String(request.end ?? '?').padEnd(6)}  ${short(request.url).padEnd(44)}  ← ${by}`;
  });
  const deepest = Math.max(0, ...depths);
  return [`  ${requests.length} requests, ${deepest} round trips after the page (rt  start–end ms  file  ← initiator)`, ...lines].join('\n');
}
