import type { CertificateSheet } from './certificate-sheet';
import { A4, MissingGlyphsError, PdfDocument, type EmbeddedFont, type Rgb, type TextStyle } from './pdf-writer';

const INK: Rgb = [0.106, 0.122, 0.141];
const MUTED: Rgb = [0.29, 0.325, 0.376];
const ACCENT: Rgb = [0.043, 0.325, 0.58];
const WASH: Rgb = [0.953, 0.961, 0.969];
const LINE: Rgb = [0.79, 0.816, 0.847];

const MARGIN = 52;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - 40;
/**
 * Points per QR module: 3 pt is 3 pixels in a 72 dpi render (a fax, a cheap scan, a phone photo
 * from across the desk), which zbar still decodes; the code grows with the certificate's length.
 */
const QR_MODULE = 3;

/** Breaks text into lines that fit the width; a word too long for a line is cut between characters. */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    let piece = '';
    for (const char of word) {
      if (piece && measure(piece + char) > width) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    line = piece;
  };
  text.split(/\s+/).filter(Boolean).forEach(pushWord);
  if (line) lines.push(line);
  return lines;
}

class Cursor {
  y = MARGIN;
  constructor(readonly doc: PdfDocument) {}

  /** Starts a new page when the next block of `height` points would run past the bottom margin. */
  room(height: number) {
    if (this.y + height <= BOTTOM) return;
    this.doc.addPage();
    this.y = MARGIN;
  }

  lines(text: string, style: TextStyle, { x = MARGIN, width = WIDTH, leading = 1.35 } = {}) {
    const lines = wrapText((t) => this.doc.widthOf(t, style.size), text, width);
    for (const line of lines) {
      this.room(style.size * leading);
      this.y += style.size;
      this.doc.text(line, x, this.y, style);
      this.y += style.size * (leading - 1);
    }
  }
}

function drawRows(cursor: Cursor, sheet: CertificateSheet) {
  const { doc } = cursor;
  const right = MARGIN + WIDTH;
  const titleWidth = WIDTH - 150;
  const header = { size: 9, bold: true, color: MUTED };
  cursor.room(40);
  cursor.y += 9;
  doc.text(sheet.columns.case, MARGIN, cursor.y, header);
  doc.text(sheet.columns.score, right - doc.widthOf(sheet.columns.score, 9), cursor.y, header);
  cursor.y += 6;
  doc.line(MARGIN, cursor.y, right, cursor.y, 0.8, LINE);
  for (const row of sheet.rows) {
    const lines = wrapText((t) => doc.widthOf(t, 11), row.title, titleWidth);
    cursor.room(lines.length * 14 + 9);
    const top = cursor.y + 14;
    lines.forEach((line, i) => doc.text(line, MARGIN, top + i * 14, { size: 11, color: INK }));
    doc.text(row.score, right - doc.widthOf(row.score, 11), top, { size: 11, bold: true, color: INK });
    cursor.y = top + (lines.length - 1) * 14 + 6;
    doc.line(MARGIN, cursor.y, right, cursor.y, 0.5, LINE);
  }
  cursor.room(24);
  const top = cursor.y + 15;
  doc.text(sheet.total.label, MARGIN, top, { size: 11, bold: true, color: INK });
  doc.text(sheet.total.value, right - doc.widthOf(sheet.total.value, 11), top, { size: 11, bold: true, color: INK });
  cursor.y = top + 6;
  doc.line(MARGIN, cursor.y, right, cursor.y, 0.8, LINE);
  cursor.y += 18;
}

function drawSignature(cursor: Cursor, signature: NonNullable<CertificateSheet['signature']>) {
  const { doc } = cursor;
  const width = WIDTH / 2;
  cursor.room(56);
  cursor.y += 10;
  cursor.lines(signature.name, { size: 13, bold: true, color: INK }, { width });
  cursor.y += 3;
  doc.line(MARGIN, cursor.y, MARGIN + width, cursor.y, 0.8, INK);
  cursor.y += 2;
  cursor.lines(signature.caption, { size: 8.5, color: MUTED }, { width });
  cursor.y += 10;
}

function drawFacts(cursor: Cursor, sheet: CertificateSheet) {
  const column = WIDTH / 2;
  for (let i = 0; i < sheet.facts.length; i += 2) {
    const pair = sheet.facts.slice(i, i + 2);
    const heights = pair.map((fact) => wrapText((t) => cursor.doc.widthOf(t, 11), fact.value, column - 12).length);
    cursor.room(14 + Math.max(...heights) * 15);
    const top = cursor.y;
    pair.forEach((fact, k) => {
      const x = MARGIN + k * column;
      cursor.y = top;
      cursor.lines(fact.label, { size: 8.5, bold: true, color: MUTED }, { x, width: column - 12, leading: 1.5 });
      cursor.lines(fact.value, { size: 11, color: INK }, { x, width: column - 12 });
    });
    cursor.y = top + 13 + Math.max(...heights) * 15 + 8;
  }
}

function drawStatement(cursor: Cursor, sheet: CertificateSheet) {
  const { doc } = cursor;
  const inner = WIDTH - 24;
  const measure = (size: number) => (t: string) => doc.widthOf(t, size);
  const lineCount =
    wrapText(measure(10.5), sheet.statement.heading, inner).length +
    sheet.statement.paragraphs.reduce((n, p) => n + wrapText(measure(9.5), p, inner).length, 0);
  const height = lineCount * 13.5 + sheet.statement.paragraphs.length * 4 + 22;
  cursor.room(height);
  doc.rect(MARGIN, cursor.y, WIDTH, height, WASH);
  doc.rect(MARGIN, cursor.y, 3, height, ACCENT);
  cursor.y += 9;
  cursor.lines(sheet.statement.heading, { size: 10.5, bold: true, color: INK }, { x: MARGIN + 14, width: inner });
  for (const paragraph of sheet.statement.paragraphs) {
    cursor.y += 4;
    cursor.lines(paragraph, { size: 9.5, color: INK }, { x: MARGIN + 14, width: inner, leading: 1.42 });
  }
  cursor.y += 13;
}

function drawVerify(cursor: Cursor, sheet: CertificateSheet) {
  const { doc } = cursor;
  const qrSize = sheet.qr.size * QR_MODULE;
  // Text beside the code while that leaves it a readable width; under it otherwise.
  const beside = WIDTH - qrSize - 20 >= 170;
  const x = beside ? MARGIN + qrSize + 20 : MARGIN;
  const width = beside ? WIDTH - qrSize - 20 : WIDTH;
  const codeLines = wrapText((t) => doc.widthOf(t, 7.5), sheet.verify.code, width);
  const textHeight = 60 + wrapText((t) => doc.widthOf(t, 9.5), sheet.verify.instruction, width).length * 13 + codeLines.length * 10;
  const height = beside ? Math.max(qrSize, textHeight) : qrSize + 8 + textHeight;
  cursor.room(height + 8);
  // The block sits at the foot of the page when there is room, where a reader looks for it.
  cursor.y = Math.max(cursor.y + 8, BOTTOM - height);
  const top = cursor.y;
  doc.runs(MARGIN, top, QR_MODULE, sheet.qr.runs, INK);
  if (!beside) cursor.y = top + qrSize + 8;
  cursor.lines(sheet.verify.heading, { size: 10.5, bold: true, color: INK }, { x, width });
  cursor.lines(sheet.verify.instruction, { size: 9.5, color: INK }, { x, width });
  cursor.lines(sheet.verify.url, { size: 9.5, color: ACCENT }, { x, width });
  cursor.y += 3;
  cursor.lines(sheet.verify.codeLabel, { size: 8.5, bold: true, color: MUTED }, { x, width });
  for (const line of codeLines) {
    cursor.y += 7.5;
    doc.text(line, x, cursor.y, { size: 7.5, color: INK });
    cursor.y += 2.5;
  }
}

/** Lays out a certificate on A4 pages (one, unless the list of vignettes is long) and returns the PDF. */
export function renderCertificatePdf(sheet: CertificateSheet, font: EmbeddedFont, created = new Date()): Uint8Array {
  const doc = new PdfDocument(font, { title: sheet.documentTitle, lang: sheet.lang, creator: sheet.brand, created });
  const printed = [
    sheet.brand, sheet.kicker, sheet.title, sheet.issuer, sheet.awardedTo, sheet.name, sheet.completed,
    ...Object.values(sheet.columns), ...sheet.rows.flatMap((r) => [r.title, r.score]), sheet.total.label, sheet.total.value,
    ...sheet.facts.flatMap((f) => [f.label, f.value]), sheet.statement.heading, ...sheet.statement.paragraphs,
    ...Object.values(sheet.verify), ...(sheet.signature ? [sheet.signature.name, sheet.signature.caption] : []),
  ];
  const missing = doc.missingCharacters(printed.join(''));
  if (missing.length > 0) throw new MissingGlyphsError(missing);
  const cursor = new Cursor(doc);
  doc.rect(0, 0, A4.width, 8, ACCENT);
  cursor.y = 40;
  doc.text(sheet.brand, MARGIN, cursor.y + 14, { size: 14, bold: true, color: ACCENT });
  doc.text(sheet.kicker, MARGIN + WIDTH - doc.widthOf(sheet.kicker, 10), cursor.y + 14, { size: 10, bold: true, color: MUTED });
  cursor.y += 40;
  cursor.lines(sheet.awardedTo, { size: 11, color: MUTED });
  cursor.y += 4;
  // The name first and largest: it is what the certificate is about.
  cursor.lines(sheet.name, { size: 30, bold: true, color: INK }, { leading: 1.2 });
  cursor.y += 8;
  cursor.lines(sheet.completed, { size: 11, color: INK });
  cursor.y += 4;
  cursor.lines(sheet.title, { size: 17, bold: true, color: ACCENT }, { leading: 1.25 });
  cursor.y += 2;
  cursor.lines(sheet.issuer, { size: 11, color: MUTED });
  cursor.y += 6;
  drawRows(cursor, sheet);
  drawFacts(cursor, sheet);
  if (sheet.signature) drawSignature(cursor, sheet.signature);
  cursor.y += 4;
  drawStatement(cursor, sheet);
  drawVerify(cursor, sheet);
  return doc.save();
}
