import { afterEach, describe, expect, it } from 'vitest';
import { hideStalePrerender, STALE_PRERENDER_ATTRIBUTE } from '../../src/app/prerender-guard';
import { prerenderGuardSource } from '../../src/app/prerender-plugin';
import { useSettingsStore } from '../../src/stores/settings-store';

const KEY = 'signaal.settings';
/** Runs the guard the way the built page does: from the text the build writes into its script. */
function runGuard() {
  new Function(prerenderGuardSource())();
  return document.documentElement.hasAttribute(STALE_PRERENDER_ATTRIBUTE);
}

const store = (state: unknown) => localStorage.setItem(KEY, JSON.stringify({ state, version: 1 }));

afterEach(() => {
  document.documentElement.removeAttribute(STALE_PRERENDER_ATTRIBUTE);
  window.location.hash = '';
});

describe('the prerender guard', () => {
  it('leaves the prerendered home screen visible for a first visit', () => {
    expect(runGuard()).toBe(false);
  });

  it('leaves it visible for a Dutch learner on a home route with no sector chosen', () => {
    store({ locale: 'nl', sector: null });
    window.location.hash = '#/';
    expect(runGuard()).toBe(false);
  });

  it.each([
    ['English is stored', () => store({ locale: 'en', sector: null })],
    ['a sector is stored', () => store({ locale: 'nl', sector: 'hotel' })],
    ['the stored settings are not JSON', () => localStorage.setItem(KEY, '{oops')],
    ['the page opens on a vignette', () => (window.location.hash = '#/play/hotel-room-214')],
    ['the page opens on help', () => (window.location.hash = '#/help')],
  ])('hides it when %s', (_, arrange) => {
    arrange();
    expect(runGuard()).toBe(true);
  });

  it('reads the key the settings store writes to', () => {
    useSettingsStore.getState().setLocale('en');
    expect(localStorage.getItem(KEY)).toContain('"locale":"en"');
    hideStalePrerender(KEY, STALE_PRERENDER_ATTRIBUTE);
    expect(document.documentElement.hasAttribute(STALE_PRERENDER_ATTRIBUTE)).toBe(true);
    useSettingsStore.getState().setLocale('nl');
  });
});
