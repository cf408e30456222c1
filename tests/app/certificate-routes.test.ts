import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/routes';
import { paths } from '../../src/components/paths';
import { asScenarioId } from '../../src/engine';

describe('certificate and verify routes', () => {
  it.each([
    ['#/certificates', { name: 'certificates' }],
    ['#/certificates/hotel-room-214', { name: 'certificates', scenario: 'hotel-room-214' }],
    ['#/certificates/Hotel_Room', { name: 'not-found' }],
    ['#/verify', { name: 'verify' }],
    ['#/verify/IQCwogEWTmd1eeG7-_hW4g', { name: 'verify', code: 'IQCwogEWTmd1eeG7-_hW4g' }],
    ['#/verify/not%20a%20code', { name: 'not-found' }],
    [`#/verify/${'A'.repeat(2401)}`, { name: 'not-found' }],
    ['#/verify/abc/def', { name: 'not-found' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('the links the app makes lead back to the same routes', () => {
    expect(parseRoute(paths.certificate(asScenarioId('care-gp-employer')))).toEqual({ name: 'certificates', scenario: 'care-gp-employer' });
    expect(parseRoute(paths.verify('abc_-D'))).toEqual({ name: 'verify', code: 'abc_-D' });
    expect(parseRoute(paths.verify())).toEqual({ name: 'verify' });
    expect(parseRoute(paths.certificates())).toEqual({ name: 'certificates' });
  });
});
