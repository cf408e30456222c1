import { describe, expect, it } from 'vitest';
import { matchesPrerender, type FirstRender } from '../../src/app/prerender-match';

const dutchHome: FirstRender = { hash: '', locale: 'nl', sector: null, storageNotice: false };

describe('matchesPrerender', () => {
  it.each(['', '#', '#/', '#//'])('a Dutch learner with nothing stored, opening %j, gets the prerendered home screen', (hash) => {
    expect(matchesPrerender({ ...dutchHome, hash })).toBe(true);
  });

  it.each<[string, Partial<FirstRender>]>([
    ['another route', { hash: '#/help' }],
    ['a vignette link', { hash: '#/play/hotel-room-214' }],
    ['an unknown route', { hash: '#/nowhere' }],
    ['English from stored settings', { locale: 'en' }],
    ['a chosen sector, which reorders the sectors', { sector: 'care' }],
    ['a storage notice above the screen', { storageNotice: true }],
  ])('%s is rendered fresh instead of hydrated', (_, change) => {
    expect(matchesPrerender({ ...dutchHome, ...change })).toBe(false);
  });
});
