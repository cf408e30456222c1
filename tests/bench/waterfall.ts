import type { Request } from './measure-load';

/** A request's round trips after the page; `atLeast` when the browser did not name what started it. */
export type RoundTrip = { depth: number; atLeast: boolean };

const isScript = (url: string) => /\.m?js(\?|$)/.test(url);

/**
 * How many round trips after the page each request waited for: the page itself is 0, and a request
 * one step further than whatever started it (the file whose parser, script or preload asked for
 * it). Chrome does not name the script behind a request that a script added (a module preload, a
 * dynamic import: "about:client"); such a request counts, at least, one step after the shallowest
 * script that had arrived before it started, since some script that had arrived must have asked.
 */
export function roundTrips(requests: readonly Request[]): RoundTrip[] {
  const byUrl = new Map<string, number>();
  const trips: RoundTrip[] = [];
  requests.forEach((request, index) => {
    const from = request.initiator.split(' ').slice(1).join(' ');
    const known = byUrl.get(from);
    const arrived = trips.flatMap((trip, at) => {
      const other = requests[at];
      return other && isScript(other.url) && other.end !== undefined && other.end <= request.start ? [trip.depth] : [];
    });
    const trip =
      index === 0
        ? { depth: 0, atLeast: false }
        : known !== undefined
          ? { depth: known + 1, atLeast: false }
          : request.initiator.startsWith('script')
            ? { depth: Math.min(...arrived, Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY ? 1 : Math.min(...arrived) + 1, atLeast: true }
            : { depth: 1, atLeast: false };
    trips.push(trip);
    if (!byUrl.has(request.url)) byUrl.set(request.url, trip.depth);
  });
  return trips;
}

/** One line per request: round trip, start and end (ms), the file relative to the page, and what asked for it. */
export function formatWaterfall(requests: readonly Request[], base: string): string {
  const trips = roundTrips(requests);
  const short = (url: string) => (url.startsWith(base) ? url.slice(base.length) || '(page)' : url);
  const lines = requests.map((request, index) => {
    const [type = '', ...from] = request.initiator.split(' ');
    const by = from.length > 0 ? `${type} ${short(from.join(' '))}` : type;
    const trip = trips[index];
    return `  ${`${trip?.atLeast ? '≥' : ''}${trip?.depth ?? '?'}`.padStart(3)}  ${String(request.start).padStart(6)}–${String(request.end ?? '?').padEnd(6)}  ${short(request.url).padEnd(44)}  ← ${by}`;
  });
  const deepest = Math.max(0, ...trips.map((trip) => trip.depth));
  const atLeast = trips.some((trip) => trip.depth === deepest && trip.atLeast) ? 'at least ' : '';
  return [`  ${requests.length} requests, ${atLeast}${deepest} round trips after the page (rt  start–end ms  file  ← initiator; ≥: started by a script Chrome does not name)`, ...lines].join('\n');
}
