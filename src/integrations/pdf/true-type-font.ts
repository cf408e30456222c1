/** What the PDF writer needs to know about a TrueType font: glyphs, widths and vertical metrics. */
export type TrueTypeFont = {
  postScriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  /** The glyph of a code point, or undefined when the font has none. */
  glyphOf: (codePoint: number) => number | undefined;
  /** Advance width of a glyph in font units. */
  advanceOf: (glyph: number) => number;
};

export class FontFormatError extends Error {
  override name = 'FontFormatError';
}

type Tables = Map<string, { offset: number; length: number }>;

function readTables(view: DataView): Tables {
  const tables: Tables = new Map();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

function table(tables: Tables, tag: string) {
  const found = tables.get(tag);
  if (!found) throw new FontFormatError(`font has no ${tag} table`);
  return found.offset;
}

/** A cmap subtable of format 4 (BMP) or 12 (full Unicode) as a code point → glyph map. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  const candidates: { format: number; offset: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) candidates.push({ format: view.getUint16(offset), offset });
  }
  const full = candidates.find((c) => c.format === 12);
  const bmp = candidates.find((c) => c.format === 4);
  const map = new Map<number, number>();
  if (full) {
    const groups = view.getUint32(full.offset + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = full.offset + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c += 1) map.set(c, glyph + c - start);
    }
    return map;
  }
  if (!bmp) throw new FontFormatError('font has no Unicode cmap of format 4 or 12');
  const segments = view.getUint16(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function readPostScriptName(view: DataView, name: number): string {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let i = 0; i < count; i += 1) {
    const record = name + 6 + i * 12;
    const platform = view.getUint16(record);
    if (view.getUint16(record + 6) !== 6) continue;
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    const units = platform === 3 ? length / 2 : length;
    const chars = Array.from({ length: units }, (_, k) =>
      platform === 3 ? view.getUint16(start + k * 2) : view.getUint8(start + k),
    );
    const text = String.fromCharCode(...chars).replace(/[^A-Za-z0-9-]/g, '');
    if (text) return text;
  }
  return 'Font';
}

/** Reads the tables of a TrueType (glyf-based sfnt) font that a PDF needs to embed it. */
export function readTrueTypeFont(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0) !== 0x00010000) throw new FontFormatError('not a TrueType font');
  try {
    const tables = readTables(view);
    const head = table(tables, 'head');
    const hhea = table(tables, 'hhea');
    const hmtx = table(tables, 'hmtx');
    const post = table(tables, 'post');
    const os2 = tables.get('OS/2')?.offset;
    const metrics = view.getUint16(hhea + 34);
    const cmap = readCmap(view, table(tables, 'cmap'));
    const ascent = view.getInt16(hhea + 4);
    return {
      postScriptName: readPostScriptName(view, table(tables, 'name')),
      unitsPerEm: view.getUint16(head + 18),
      ascent,
      descent: view.getInt16(hhea + 6),
      capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : Math.round(ascent * 0.7),
      bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
      italicAngle: view.getInt32(post + 4) / 65536,
      glyphOf: (codePoint) => cmap.get(codePoint),
      advanceOf: (glyph) => view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4),
    };
  } catch (error) {
    if (error instanceof FontFormatError) throw error;
    throw new FontFormatError(`font tables are unreadable: ${String(error)}`);
  }
}
