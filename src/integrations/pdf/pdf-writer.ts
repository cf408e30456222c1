import type { TrueTypeFont } from './true-type-font';

/** A colour as red, green, blue between 0 and 1. */
export type Rgb = readonly [number, number, number];

export type TextStyle = { size: number; bold?: boolean; color?: Rgb };

/** The font to embed: its parsed tables and the font file, zlib-compressed, as stored. */
export type EmbeddedFont = { font: TrueTypeFont; compressed: Uint8Array; length: number };

export type DocumentInfo = { title: string; lang: string; creator: string; created: Date };

/** Raised when text holds characters the embedded font cannot show. */
export class MissingGlyphsError extends Error {
  override name = 'MissingGlyphsError';
  constructor(readonly characters: string[]) {
    super(`the font has no glyph for ${characters.join(' ')}`);
  }
}

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

const ascii = new TextEncoder();
const num = (value: number) => (Math.round(value * 100) / 100).toString();
const hex4 = (value: number) => value.toString(16).padStart(4, '0');
const rgb = ([r, g, b]: Rgb) => `${num(r)} ${num(g)} ${num(b)}`;

/** A PDF text string in UTF-16BE hex, so any language fits in the document information. */
const textString = (text: string) =>
  `<FEFF${Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x10000) return hex4(code);
    const v = code - 0x10000;
    return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
  }).join('')}>`;

const pdfDate = (date: Date) => `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

/**
 * A minimal PDF 1.7 writer for one-font documents: Unicode text in an embedded TrueType font
 * (Identity-H with a ToUnicode map, so text can be searched, copied and read aloud),
 * rectangles and lines. Coordinates are points from the top-left corner of the page.
 */
export class PdfDocument {
  private readonly pages: string[][] = [];
  private readonly used = new Map<number, number>();

  constructor(
    private readonly embedded: EmbeddedFont,
    private readonly info: DocumentInfo,
  ) {
    this.addPage();
  }

  get pageCount() {
    return this.pages.length;
  }

  addPage() {
    this.pages.push([]);
  }

  private get ops(): string[] {
    const page = this.pages.at(-1);
    if (!page) throw new Error('no page');
    return page;
  }

  private glyphs(text: string): number[] {
    const { font } = this.embedded;
    const missing = new Set<string>();
    const glyphs: number[] = [];
    for (const char of text.normalize('NFC')) {
      const code = char.codePointAt(0) ?? 0;
      const glyph = font.glyphOf(code);
      if (glyph === undefined) missing.add(char);
      else {
        glyphs.push(glyph);
        if (!this.used.has(glyph)) this.used.set(glyph, code);
      }
    }
    if (missing.size > 0) throw new MissingGlyphsError([...missing]);
    return glyphs;
  }

  /** Characters of the text that the font cannot show, in order of appearance. */
  missingCharacters(text: string): string[] {
    const { font } = this.embedded;
    return [...new Set(Array.from(text.normalize('NFC')).filter((c) => font.glyphOf(c.codePointAt(0) ?? 0) === undefined))];
  }

  /** Width of a line of text in points. */
  widthOf(text: string, size: number): number {
    const { font } = this.embedded;
    let units = 0;
    for (const char of text.normalize('NFC')) units += font.advanceOf(font.glyphOf(char.codePointAt(0) ?? 0) ?? 0);
    return (units * size) / font.unitsPerEm;
  }

  /** Draws one line of text with its baseline at y. */
  text(value: string, x: number, y: number, { size, bold = false, color = [0, 0, 0] }: TextStyle) {
    const glyphs = this.glyphs(value).map(hex4).join('');
    // Bold without a second font file: the outline is stroked as well as filled.
    const weight = bold ? `2 Tr ${num(size * 0.028)} w ${rgb(color)} RG ` : '';
    // q/Q keeps the render mode and stroke settings from leaking into the next text.
    this.ops.push(
      `q BT ${weight}${rgb(color)} rg /F1 ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(A4.height - y)} Tm <${glyphs}> Tj ET Q`,
    );
  }

  /** Fills a rectangle whose top-left corner is at (x, y). */
  rect(x: number, y: number, width: number, height: number, color: Rgb) {
    this.ops.push(`${rgb(color)} rg ${num(x)} ${num(A4.height - y - height)} ${num(width)} ${num(height)} re f`);
  }

  /** Strokes a straight line. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb) {
    this.ops.push(`${num(width)} w ${rgb(color)} RG ${num(x1)} ${num(A4.height - y1)} m ${num(x2)} ${num(A4.height - y2)} l S`);
  }

  /** Fills horizontal runs of unit squares (a QR code), scaled to `cell` points each. */
  runs(x: number, y: number, cell: number, runs: [number, number, number][], color: Rgb) {
    const path = runs.map(([col, row, length]) => `${col} ${-row - 1} ${length} 1 re`).join(' ');
    this.ops.push(`q ${num(cell)} 0 0 ${num(cell)} ${num(x)} ${num(A4.height - y)} cm ${rgb(color)} rg ${path} f Q`);
  }

  /** Serialises the document. */
  save(): Uint8Array {
    const { font, compressed, length } = this.embedded;
    const scale = 1000 / font.unitsPerEm;
    const fontName = `SIGNAL+${font.postScriptName}`;
    const glyphs = [...this.used.keys()].sort((a, b) => a - b);
    const widths = glyphs.map((g) => `${g} [${Math.round(font.advanceOf(g) * scale)}]`).join(' ');
    const parts: Uint8Array[] = [];
    const offsets: number[] = [];
    let size = 0;
    const push = (bytes: Uint8Array) => {
      parts.push(bytes);
      size += bytes.length;
    };
    const write = (text: string) => push(ascii.encode(text));
    const object = (id: number, body: string, stream?: Uint8Array) => {
      offsets[id] = size;
      write(`${id} 0 obj\n${body}\n`);
      if (stream) {
        write('stream\n');
        push(stream);
        write('\nendstream\n');
      }
      write('endobj\n');
    };

    const pageIds = this.pages.map((_, i) => 8 + i * 2);
    write('%PDF-1.7\n');
    // A comment of bytes above 127 tells transfer tools that the file is binary.
    push(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
    object(1, `<< /Type /Catalog /Pages 2 0 R /Lang ${textString(this.info.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`);
    object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
    object(3, `<< /Type /Font /Subtype /Type0 /BaseFont /${fontName} /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>`);
    object(
      4,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${fontName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /CIDToGIDMap /Identity /DW 0 /W [${widths}] >>`,
    );
    object(
      5,
      `<< /Type /FontDescriptor /FontName /${fontName} /Flags 32 /FontBBox [${font.bbox.map((v) => Math.round(v * scale)).join(' ')}] /ItalicAngle ${num(font.italicAngle)} /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)} /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 7 0 R >>`,
    );
    const cmap = toUnicodeCmap(glyphs.map((g) => [g, this.used.get(g) ?? 0]));
    object(6, `<< /Length ${cmap.length} >>`, cmap);
    object(7, `<< /Length ${compressed.length} /Length1 ${length} /Filter /FlateDecode >>`, compressed);
    this.pages.forEach((ops, i) => {
      const content = ascii.encode(ops.join('\n'));
      const id = 8 + i * 2;
      object(
        id,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`,
      );
      object(id + 1, `<< /Length ${content.length} >>`, content);
    });
    const infoId = 8 + this.pages.length * 2;
    object(
      infoId,
      `<< /Title ${textString(this.info.title)} /Creator ${textString(this.info.creator)} /Producer ${textString(this.info.creator)} /CreationDate (${pdfDate(this.info.created)}) >>`,
    );
    const xref = size;
    const count = infoId + 1;
    const entries = Array.from({ length: count }, (_, id) =>
      id === 0 ? '0000000000 65535 f \n' : `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`,
    );
    write(`xref\n0 ${count}\n${entries.join('')}trailer\n<< /Size ${count} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

function toUnicodeCmap(pairs: [number, number][]): Uint8Array {
  const utf16 = (code: number) => textString(String.fromCodePoint(code)).slice(5, -1);
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([g, c]) => `<${hex4(g)}> <${utf16(c)}>`).join('\n')}\nendbfchar`);
  }
  return ascii.encode(
    [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n'),
  );
}
