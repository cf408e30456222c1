import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, LOCALES } from '../../src/engine';
import { loadContent } from '../../src/content/load-content';

const { content } = loadContent({ root: resolve('content') });
const json = (locale: string, ns: string) => JSON.parse(readFileSync(`content/locales/${locale}/${ns}.json`, 'utf8')) as Record<string, unknown>;

describe('content warnings', () => {
  it.each(LOCALES)('the generic warning levels (%s) name no form of exploitation', (locale) => {
    const forms = json(locale, 'common').form as Record<string, string>;
    const levels = (json(locale, 'player').warning as { level: Record<string, string> }).level;
    for (const text of Object.values(levels)) {
      for (const name of Object.values(forms)) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    }
  });

  it.each(LOCALES)('each vignette’s own warning (%s) names its form and no other', (locale) => {
    const forms = json(locale, 'common').form as Record<string, string>;
    for (const scenario of content.scenarios) {
      const warning = scenario.text[locale].contentWarning.toLowerCase();
      expect(warning, scenario.id).toContain(forms[scenario.form]?.toLowerCase());
      for (const other of FORMS.filter((f) => f !== scenario.form)) {
        expect(warning, `${scenario.id} names ${other}`).not.toContain(forms[other]?.toLowerCase());
      }
    }
  });
});
