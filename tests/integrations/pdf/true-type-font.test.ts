import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FontFormatError, readTrueTypeFont } from '../../../src/integrations/pdf/true-type-font';

const bytes = new Uint8Array(inflateSync(readFileSync(resolve('src/integrations/pdf/font/noto-sans-certificate.ttf.zlib'))));

describe('reading the certificate font', () => {
  it('finds glyphs and widths for the letters of the five test names, and none for Chinese', () => {
    const font = readTrueTypeFont(bytes);
    expect(font.postScriptName).toBe('NotoSans-Regular');
    expect(font.unitsPerEm).toBe(1000);
    for (const char of 'ZoëŁukaszWójcikŞükrüÖztürkNguyễnThịHươngОльгаПетрова') {
      const glyph = font.glyphOf(char.codePointAt(0) ?? 0);
      expect(glyph, char).toBeGreaterThan(0);
      expect(font.advanceOf(glyph ?? 0), char).toBeGreaterThan(0);
    }
    expect(font.glyphOf('李'.codePointAt(0) ?? 0)).toBeUndefined();
    expect(font.ascent).toBeGreaterThan(0);
    expect(font.descent).toBeLessThan(0);
  });

  it('refuses bytes that are no TrueType font, or a font cut short', () => {
    expect(() => readTrueTypeFont(new TextEncoder().encode('%PDF-1.7 not a font'))).toThrow(FontFormatError);
    expect(() => readTrueTypeFont(bytes.subarray(0, 200))).toThrow(FontFormatError);
  });
});
