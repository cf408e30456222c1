import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../src/content/content-problem';
import { loadPages } from '../../src/content/load-pages';
import { createReader } from '../../src/content/read-content-file';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const section = (sources: string) => `  - heading: "Kop"\n    paragraphs: ["Tekst."]\n    sources: ${sources}\n`;

/** Writes the privacy page in both languages into a fresh content root and loads the pages. */
function loadPrivacy(nl: string, en: string) {
  root = mkdtempSync(join(tmpdir(), 'signaal-pages-'));
  mkdirSync(join(root, 'pages', 'privacy'), { recursive: true });
  writeFileSync(join(root, 'pages', 'privacy', 'nl.yaml'), nl);
  writeFileSync(join(root, 'pages', 'privacy', 'en.yaml'), en);
  const problems: ContentProblem[] = [];
  const reader = createReader();
  const pages = loadPages(root, new Set(['NR-2017']), reader, problems);
  problems.push(...reader.problems);
  return { page: pages.find((p) => p.id === 'privacy'), problems: problems.filter((p) => p.file.includes('privacy')).map(formatProblem) };
}

const page = (extra: string, sections: string) => `title: "Privacy"\nlead: "Kort."\n${extra}sections:\n${sections}`;

describe('information pages', () => {
  it('a page about the world names a source in every section', () => {
    const { problems } = loadPrivacy(page('', section('[]')), page('', section('[]')));
    expect(problems).toEqual([
      expect.stringMatching(/pages\/privacy\/nl\.yaml: sections\[0\]\.sources: name the sources of this section$/),
      expect.stringMatching(/pages\/privacy\/en\.yaml: sections\[0\]\.sources: name the sources of this section$/),
    ]);
  });

  it('a page that describes Signaal itself may have sections without outside sources, and still checks the ones it names', () => {
    const sections = section('[]') + section('[NR-2017]');
    const { page: loaded, problems } = loadPrivacy(page('describes: signaal\n', sections), page('describes: signaal\n', sections));
    expect(problems).toEqual([]);
    expect(loaded).toMatchObject({ id: 'privacy', describes: 'signaal', sources: ['NR-2017'] });

    const unknown = loadPrivacy(page('describes: signaal\n', section('[nope]')), page('describes: signaal\n', section('[nope]')));
    expect(unknown.problems).toContainEqual(expect.stringMatching(/nl\.yaml: sections\[0\]\.sources\[0\]: unknown source "nope" \(not in content\/sources\.yaml\)$/));
  });

  it('both languages must agree on whether the page describes Signaal', () => {
    const { problems } = loadPrivacy(page('describes: signaal\n', section('[]')), page('', section('[NR-2017]')));
    expect(problems).toContainEqual(expect.stringMatching(/en\.yaml: describes: differs from nl \(signaal\)$/));
  });
});
