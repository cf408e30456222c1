import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUiLocales, flattenKeys } from '../../src/content/check-ui-locales';
import { createReader } from '../../src/content/read-content-file';
import { resources } from '../../src/i18n/resources';

describe('UI strings', () => {
  it('exist in Dutch and English for every key of every namespace', () => {
    for (const namespace of Object.keys(resources.nl) as (keyof typeof resources.nl)[]) {
      expect(flattenKeys(resources.en[namespace]).sort()).toEqual(flattenKeys(resources.nl[namespace]).sort());
    }
    const reader = createReader();
    const missing = checkUiLocales(resolve('content/locales'), reader);
    expect([...reader.problems, ...missing]).toEqual([]);
  });

  it('a key missing in one language is reported with its file and key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    mkdirSync(join(dir, 'nl'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'nl', 'common.json'), JSON.stringify({ a: { b: 'Dag' }, c: 'Ja' }));
    writeFileSync(join(dir, 'en', 'common.json'), JSON.stringify({ a: { b: 'Hello' } }));
    const problems = checkUiLocales(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: ['c'], reason: 'missing translation (present in nl)' });
    expect(problems[0]?.file).toMatch(/en\/common\.json$/);
  });
});
