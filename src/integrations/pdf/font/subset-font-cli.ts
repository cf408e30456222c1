import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { loadContent } from '../../../content/load-content';
import { CERTIFICATE_RANGES } from './certificate-ranges';

// Regenerates the certificate font: `npm run font:certificate`. Noto Sans (SIL Open Font
// License 1.1, which allows subsetting, bundling and embedding in documents) from Debian's
// fonts-noto-core, cut down to the blocks below plus every character of the certificate strings
// and vignette titles, without hinting or layout tables (the PDF writer does no shaping).
// Stored zlib-compressed: the browser fetches it at that size, and the PDF embeds it as is.

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = process.env.CERTIFICATE_FONT_SOURCE ?? '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
export const FONT_FILE = join(here, 'noto-sans-certificate.ttf.zlib');

function charactersToKeep() {
  const characters = new Set<string>();
  for (const [from, to] of CERTIFICATE_RANGES) for (let c = from; c <= to; c += 1) characters.add(String.fromCodePoint(c));
  const root = resolve('content');
  for (const locale of ['nl', 'en']) {
    for (const namespace of ['certificate', 'verify']) {
      for (const c of readFileSync(join(root, 'locales', locale, `${namespace}.json`), 'utf8')) characters.add(c);
    }
  }
  const { content } = loadContent({ root });
  for (const scenario of content.scenarios) {
    for (const text of Object.values(scenario.text)) for (const c of text.title) characters.add(c);
  }
  return [...characters].filter((c) => c >= ' ').join('');
}

async function main() {
  if (!existsSync(SOURCE)) {
    console.error(`${SOURCE} is missing: apt-get install fonts-noto-core, or set CERTIFICATE_FONT_SOURCE`);
    process.exit(1);
  }
  const subset = await subsetFont(readFileSync(SOURCE), charactersToKeep(), {
    targetFormat: 'sfnt',
    // Copyright, names, version, licence description and licence URL stay in the font.
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
    noHinting: true,
    noLayoutClosure: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'DSIG', 'gasp'],
  });
  const stored = deflateSync(subset, { level: 9 });
  writeFileSync(FONT_FILE, stored);
  console.log(`${FONT_FILE}: ${subset.length} bytes of font, ${stored.length} bytes stored`);
}

await main();
