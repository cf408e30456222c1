import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/routes';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/sector/hotel', { name: 'sector', sector: 'hotel' }],
    ['#/play/hotel-room-214', { name: 'play', scenario: 'hotel-room-214' }],
    ['#/debrief/hotel-room-214', { name: 'debrief', scenario: 'hotel-room-214' }],
    ['#/help', { name: 'help' }],
    ['#/sector/casino', { name: 'not-found' }],
    ['#/play/../../etc', { name: 'not-found' }],
    ['#/play/Hotel_Room', { name: 'not-found' }],
    ['#/play/a/b', { name: 'not-found' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
