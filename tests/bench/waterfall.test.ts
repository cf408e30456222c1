import { describe, expect, it } from 'vitest';
import type { Request } from './measure-load';
import { formatWaterfall, roundTrips } from './waterfall';

const base = 'http://127.0.0.1:4240/signaal/';
const request = (file: string, initiator: string, start: number): Request => ({ url: `${base}${file}`, start, end: start + 10, initiator });

describe('roundTrips', () => {
  it('counts a chain of lazy chunks, each asked for by the one before, one round trip each', () => {
    const chain = [
      request('', 'other', 0),
      request('assets/index.js', `parser ${base}`, 20),
      request('assets/player.js', `script ${base}assets/index.js`, 40),
      request('assets/machine.js', `script ${base}assets/player.js`, 60),
    ];
    expect(roundTrips(chain).map((trip) => trip.depth)).toEqual([0, 1, 2, 3]);
  });

  it('counts a request a script added at least one step after the scripts that had arrived when it started', () => {
    const added = [
      request('', 'other', 0),
      request('assets/route-preload.js', `parser ${base}`, 20),
      request('assets/index.js', `parser ${base}`, 21),
      request('assets/player.js', 'script', 35),
      request('assets/early.js', 'script', 25),
    ];
    // route-preload.js ended at 30, so player.js (35) may come from it; early.js (25) started before any script arrived.
    expect(roundTrips(added)).toEqual([
      { depth: 0, atLeast: false },
      { depth: 1, atLeast: false },
      { depth: 1, atLeast: false },
      { depth: 2, atLeast: true },
      { depth: 1, atLeast: true },
    ]);
  });

  it('counts what the page preloads as one round trip after it', () => {
    const preloaded = [request('', 'other', 0), request('assets/index.js', `parser ${base}`, 20), request('assets/player.js', `parser ${base}`, 21)];
    expect(roundTrips(preloaded).map((trip) => trip.depth)).toEqual([0, 1, 1]);
    expect(formatWaterfall(preloaded, base).split('\n')[0]).toMatch(/3 requests, 1 round trips after the page/);
  });
});
