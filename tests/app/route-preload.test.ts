import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_EVENT, type RoutePreloadMap } from '../../src/app/route-preload';
import { routePreloadSource } from '../../src/app/route-preload-plugin';

const map: RoutePreloadMap = {
  files: ['player.js', 'machine.js', 'hotel-room-214.js', 'debrief.js', 'repair.js', 'hotel-room-214-briefing.js'],
  routes: {
    play: { first: { files: [0], vignette: ['briefing'] }, later: { files: [1], vignette: ['story'] } },
    debrief: { first: { files: [3, 1], vignette: ['story'] }, later: { files: [], vignette: [] } },
  },
  vignettes: { 'hotel-room-214': { briefing: [5], story: [2] } },
  stored: { key: 'signaal.progress', files: [4] },
  firstScreenEvent: FIRST_SCREEN_EVENT,
};

const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);

/**
 * Runs the script the way the built page does, from the text the build writes, and lists the
 * preloads it added: first at once, then once the app says its first screen is up.
 */
function preloadsAt(hash: string) {
  window.location.hash = hash;
  new Function(routePreloadSource(map))();
  const first = preloaded();
  document.dispatchEvent(new Event(FIRST_SCREEN_EVENT));
  return { first, all: preloaded() };
}
const names = (hrefs: string[]) => hrefs.map((href) => href.split('/').at(-1));
const lowPriority = () => names([...document.head.querySelectorAll<HTMLLinkElement>('link[fetchpriority="low"]')].map((link) => link.href));

afterEach(() => {
  localStorage.clear();
  document.head.replaceChildren();
  window.location.hash = '';
});

describe('the route preload script', () => {
  it('preloads the first screen and the vignette part it shows first, then, once that screen is up, the rest at low priority, as absolute addresses next to the script', () => {
    const { first, all } = preloadsAt('#/play/hotel-room-214');
    expect(names(first)).toEqual(['player.js', 'hotel-room-214-briefing.js']);
    expect(names(all)).toEqual(['player.js', 'hotel-room-214-briefing.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual(['machine.js', 'hotel-room-214.js']);
    for (const href of all) expect(href).toMatch(/^https?:\/\//);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('for a learner with stored progress also preloads what reads it, with the first screen, on every route it knows', () => {
    localStorage.setItem('signaal.progress', '{}');
    const { first, all } = preloadsAt('#/play/hotel-room-214');
    expect(names(first)).toEqual(['player.js', 'hotel-room-214-briefing.js', 'repair.js']);
    expect(names(all)).toEqual(['player.js', 'hotel-room-214-briefing.js', 'repair.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual(['machine.js', 'hotel-room-214.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/help').all).toEqual([]);
  });

  it('preloads what a screen shows first at high priority: the debrief needs the whole story at once', () => {
    expect(names(preloadsAt('#/debrief/hotel-room-214').first)).toEqual(['debrief.js', 'machine.js', 'hotel-room-214.js']);
    expect(lowPriority()).toEqual([]);
  });

  it('preloads only the screen for a vignette it does not know, and nothing for the home page or an unknown route', () => {
    expect(names(preloadsAt('#/debrief/no-such-vignette').all)).toEqual(['debrief.js', 'machine.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/').all).toEqual([]);
    expect(preloadsAt('#/toString/constructor').all).toEqual([]);
    expect(names(preloadsAt('#/play/constructor').all)).toEqual(['player.js', 'machine.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/help').all).toEqual([]);
  });
});
