import type { Locale } from '../../engine';

export type Cell = string | number | null;

// Dutch Excel splits on semicolons and English Excel on commas; each gets what it opens directly.
const SEPARATOR: Record<Locale, string> = { nl: ';', en: ',' };

/**
 * A cell as text. A learner typed their own name: a leading = + - @ would make a spreadsheet run
 * it as a formula, so such text gets a leading apostrophe (numbers are left alone).
 */
function cell(value: Cell, separator: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a byte-order mark so spreadsheets read UTF-8 names, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[], locale: Locale): string {
  const separator = SEPARATOR[locale];
  return `\uFEFF${rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
