/**
 * What the certificate font prints: Latin (with Vietnamese and the letters of African and Turkic
 * names), Greek and Cyrillic. The font is cut to these blocks (`npm run font:certificate`), so a
 * name can be checked as it is typed, before the font is ever fetched.
 */
export const CERTIFICATE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x024f],
  [0x0259, 0x0259],
  [0x02bb, 0x02bc],
  [0x0370, 0x03ff],
  [0x0400, 0x052f],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
];

/** The distinct characters of a text the certificate cannot print, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (!CERTIFICATE_RANGES.some(([from, to]) => code >= from && code <= to)) missing.add(c);
  }
  return [...missing];
}
