import { describe, expect, it } from 'vitest';
import { localeOfPreference } from '../../../src/integrations/lms/language-preference';

describe("an LMS's language preference", () => {
  it('takes the first supported language of a tag or a list of tags, any case', () => {
    expect(localeOfPreference('nl')).toBe('nl');
    expect(localeOfPreference('en-GB')).toBe('en');
    expect(localeOfPreference('fy-NL, NL-be ,en')).toBe('nl');
    expect(localeOfPreference('EN_us,nl')).toBe('nl');
  });

  it('is undefined for no preference or only unsupported languages, including look-alikes', () => {
    expect(localeOfPreference(undefined)).toBeUndefined();
    expect(localeOfPreference('')).toBeUndefined();
    expect(localeOfPreference('de-DE,fr')).toBeUndefined();
    expect(localeOfPreference('english')).toBeUndefined();
    expect(localeOfPreference('nld')).toBeUndefined();
  });
});
