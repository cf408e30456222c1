import { afterEach, describe, expect, it } from 'vitest';
import type { RoutePreloadMap } from '../../src/app/route-preload';
import { routePreloadSource } from '../../src/app/route-preload-plugin';

const map: RoutePreloadMap = {
  files: ['player.js', 'machine.js', 'hotel-room-214.js', 'debrief.js'],
  routes: { play: [0, 1], debrief: [3, 1] },
  scenarios: { 'hotel-room-214': [2] },
  stored: { key: 'signaal.progress', files: [4] },
};
map.files.push('repair.js');

/** Runs the script the way the built page does, from the text the build writes, and lists the preloads it added. */
function preloadsAt(hash: string) {
  window.location.hash = hash;
  new Function(routePreloadSource(map))();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
}

afterEach(() => {
  localStorage.clear();
  document.head.replaceChildren();
  window.location.hash = '';
});

describe('the route preload script', () => {
  it('preloads the screen and the vignette of a deep link, as absolute addresses next to the script', () => {
    const added = preloadsAt('#/play/hotel-room-214');
    expect(added).toHaveLength(3);
    expect(added.map((href) => href.split('/').at(-1))).toEqual(['player.js', 'machine.js', 'hotel-room-214.js']);
    for (const href of added) expect(href).toMatch(/^https?:\/\//);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('for a learner with stored progress also preloads what reads it, on every route it knows', () => {
    localStorage.setItem('signaal.progress', '{}');
    expect(preloadsAt('#/play/hotel-room-214').map((href) => href.split('/').at(-1))).toEqual(['player.js', 'machine.js', 'hotel-room-214.js', 'repair.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/help')).toEqual([]);
  });

  it('preloads only the screen for a vignette it does not know, and nothing for the home page or an unknown route', () => {
    expect(preloadsAt('#/debrief/no-such-vignette').map((href) => href.split('/').at(-1))).toEqual(['debrief.js', 'machine.js']);
    document.head.replaceChildren();
    expect(preloadsAt('#/')).toEqual([]);
    expect(preloadsAt('#/toString/constructor')).toEqual([]);
    expect(preloadsAt('#/help')).toEqual([]);
  });
});
