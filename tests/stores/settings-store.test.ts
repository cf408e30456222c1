import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/stores/settings-store';

describe('stored settings', () => {
  it('reads a known locale with a known sector or none', () => {
    expect(readSettings({ locale: 'en', sector: 'care' })).toEqual({ locale: 'en', sector: 'care' });
    expect(readSettings({ locale: 'nl', sector: null })).toEqual({ locale: 'nl', sector: null });
  });

  it('reads only the two settings, nothing else a stored value carries', () => {
    expect(readSettings({ locale: 'en', sector: 'hotel', theme: 'dark', __proto__: { polluted: true } })).toEqual({ locale: 'en', sector: 'hotel' });
  });

  it.each([
    ['an unknown locale', { locale: 'de', sector: null }],
    ['an unknown sector', { locale: 'nl', sector: 'factory' }],
    ['a missing sector', { locale: 'nl' }],
    ['a locale of another type', { locale: ['nl'], sector: null }],
    ['an inherited property name as locale', { locale: 'constructor', sector: null }],
    ['no object', 'nl'],
    ['nothing', null],
  ])('refuses %s, so the defaults stay', (_what, stored) => {
    expect(readSettings(stored)).toBeUndefined();
  });
});
