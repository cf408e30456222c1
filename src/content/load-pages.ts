import { join } from 'node:path';
import { LOCALES, type Locale, type SourceKey } from '../engine';
import type { InfoPage } from './content.types';
import { problemsFor, type ContentProblem } from './content-problem';
import { PAGE_IDS, PageTextFileSchema, type PageTextFile } from './files.schema';
import { displayPath, type ContentReader } from './read-content-file';

/**
 * Reads the information pages in every language and checks that the languages match section by
 * section, with the same sources, so a translation can never drop or invent a sourced claim.
 */
export function loadPages(root: string, sourceKeys: Set<string>, reader: ContentReader, problems: ContentProblem[]): InfoPage[] {
  return PAGE_IDS.flatMap((id) => {
    const texts = {} as Record<Locale, PageTextFile>;
    for (const locale of LOCALES) {
      const file = join(root, 'pages', id, `${locale}.yaml`);
      const text = reader.read(file, PageTextFileSchema);
      if (!text) continue;
      const report = problemsFor(displayPath(file), problems);
      text.sections.forEach((section, i) =>
        section.sources.forEach((key, k) => {
          if (!sourceKeys.has(key)) report(['sections', i, 'sources', k], `unknown source "${key}" (not in content/sources.yaml)`);
        }),
      );
      texts[locale] = text;
    }
    const [source, ...others] = LOCALES;
    const reference = source ? texts[source] : undefined;
    if (!reference) return [];
    for (const locale of others) {
      const text = texts[locale];
      if (!text) return [];
      const report = problemsFor(displayPath(join(root, 'pages', id, `${locale}.yaml`)), problems);
      if (text.describes !== reference.describes) {
        report(['describes'], `differs from ${source} (${reference.describes ?? 'not set'})`);
      }
      if (text.sections.length !== reference.sections.length) {
        report(['sections'], `has ${text.sections.length} sections, ${source} has ${reference.sections.length}`);
      }
      text.sections.forEach((section, i) => {
        const expected = reference.sections[i]?.sources.join(', ');
        if (expected !== undefined && section.sources.join(', ') !== expected) {
          report(['sections', i, 'sources'], `differs from ${source} (${expected})`);
        }
      });
    }
    const sources = [...new Set(reference.sections.flatMap((s) => s.sources))] as SourceKey[];
    return [{ id, ...(reference.describes ? { describes: reference.describes } : {}), sources, text: texts }];
  });
}
