import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../engine';
import type { ContentProblem } from './content-problem';
import { createReader, displayPath, type ContentReader } from './read-content-file';

type Strings = { [key: string]: string | Strings };
const StringsSchema: z.ZodType<Strings> = z.lazy(() =>
  z.record(z.string(), z.union([z.string().trim().min(1, 'must not be empty'), StringsSchema])),
);

/** Flattens nested UI strings into dotted keys. */
export function flattenKeys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/**
 * Reports every UI string that exists in one language and not in another, per namespace. Problems
 * reading a file go to the reader's list; the returned ones are the missing translations.
 */
export function checkUiLocales(dir: string, reader: ContentReader = createReader()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const source = join(dir, LOCALES[0]);
  if (!existsSync(source)) return [{ file: displayPath(source), path: [], reason: 'folder of UI strings is missing' }];
  const namespaces = readdirSync(source).filter((f) => f.endsWith('.json'));
  for (const namespace of namespaces) {
    const keys = Object.fromEntries(
      LOCALES.map((locale) => {
        const strings = reader.read(join(dir, locale, namespace), StringsSchema);
        return [locale, new Set(strings ? flattenKeys(strings) : [])];
      }),
    );
    for (const locale of LOCALES) {
      for (const other of LOCALES) {
        if (other === locale) continue;
        for (const key of keys[other] ?? []) {
          if (!keys[locale]?.has(key)) {
            problems.push({ file: displayPath(join(dir, locale, namespace)), path: key.split('.'), reason: `missing translation (present in ${other})` });
          }
        }
      }
    }
  }
  return problems;
}
