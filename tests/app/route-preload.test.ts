import { afterEach, describe, expect, it } from 'vitest';
import type { RoutePreloadMap } from '../../src/app/route-preload';
import { routePreloadSource } from '../../src/app/route-preload-plugin';

const map: RoutePreloadMap = {
  files: ['player.js', 'machine.js', 'hotel-room-214.js', 'debrief.js', 'repair.js', 'hotel-room-214-briefing.js'],
  routes: {
    play: { first: { files: [0], vignette: ['briefing'] }, later: { files: [1], vignette: ['story'] } },
    debrief: { first: { files: [3, 1], vignette: ['story'] }, later: { files: [], vignette: [] } },
  },
  vignettes: { 'hotel-room-214': { briefing: [5], story: [2] } },
  stored: { key: 'signaal.progress', files: [4] },
};

/** Runs the script the way the built page does, from the text the build writes, and lists the preloads it added with their priority. */
function preloadsAt(hash: string) {
  window.location.hash = hash;
  new Function(routePreloadSource(map))();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
}
const names = (hrefs: string[]) => hrefs.map((href) => href.split('/').at(-1));
const lowPriority = () => names([...document.head.querySelectorAll<HTMLLinkElement>('link[fetchpriority="low"]')].map((link) => link.href));

afterEach(() => {
  localStorage.clear();
  document.head.replaceChildren();
  window.location.hash = '';
});

describe('the route preload script', () => {
  it('preloads the first screen and the vignette part it shows first, then the rest at low priority, as absolute addresses next to the script', () => {
    const added = preloadsAt('#/play/hotel-room-214');
    expect(names(added)).toEqual(['player.js', 'hotel-room-214-briefing.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual(['machine.js', 'hotel-room-214.js']);
    for (const href of added) expect(href).toMatch(/^https?:\/\//);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('for a learner with stored progress also preloads what reads it, with the first screen, on every route it knows', () => {
    localStorage.setItem('signaal.progress', '{}');
    expect(names(preloadsAt('#/play/hotel-room-214'))).toEqual(['player.js', 'hotel-room-214-briefing.js', 'repair.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual(['machine.js', 'hotel-room-214.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/help')).toEqual([]);
  });

  it('preloads what a screen shows first at high priority: the debrief needs the whole story at once', () => {
    expect(names(preloadsAt('#/debrief/hotel-room-214'))).toEqual(['debrief.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual([]);
  });

  it('preloads only the screen for a vignette it does not know, and nothing for the home page or an unknown route', () => {
    expect(names(preloadsAt('#/debrief/no-such-vignette'))).toEqual(['debrief.js', 'machine.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/')).toEqual([]);
    expect(preloadsAt('#/toString/constructor')).toEqual([]);
    expect(preloadsAt('#/play/constructor').map((href) => href.split('/').at(-1))).toEqual(['player.js', 'machine.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/help')).toEqual([]);
  });
});
