export type Cell = string | number | null;

/** The separators a trainer can choose: what their spreadsheet splits on. */
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * The separator a spreadsheet expects in a region: where numbers are written with a decimal comma
 * (the Netherlands, Belgium, Germany…), spreadsheets split CSV on semicolons; elsewhere on commas.
 * Decided by the browser's region, not by the language Signaal is shown in.
 */
export function regionSeparator(locales: readonly string[] = globalThis.navigator?.languages ?? []): CsvSeparator {
  try {
    const decimal = new Intl.NumberFormat(locales.length > 0 ? [...locales] : undefined).formatToParts(1.5).find((p) => p.type === 'decimal');
    return decimal?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

// Bidi controls and other control characters in a typed name could reorder or hide what a
// spreadsheet shows; cells are plain text (line breaks are quoted instead).
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const withoutControls = (text: string) =>
  [...text]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return c === '\n' || c === '\r' || c === '\t' || !(code < 0x20 || (code >= 0x7f && code <= 0x9f));
    })
    .join('')
    .replace(BIDI, '');

/**
 * A cell as text. A learner typed their own name: a leading = + - @ would make a spreadsheet run
 * it as a formula, so such text gets a leading apostrophe (numbers are left alone).
 */
function cell(value: Cell, separator: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const clean = withoutControls(value);
  const safe = /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a byte-order mark so spreadsheets read UTF-8 names, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[], separator: CsvSeparator): string {
  return `\uFEFF${rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** A file name part from a title in any script: "signaal-deelnemers-zorg-in-de-wijk". */
export const fileSlug = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
