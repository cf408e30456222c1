import { create } from 'qrcode';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** A QR code as one SVG path of unit squares, with a quiet zone included in the view box. */
export type QrSvg = {
  /** Modules per side, without the quiet zone. */
  modules: number;
  /** QR version (1–40): how dense the code is. */
  version: number;
  /** `0 0 n n` with n = modules + 2 × margin. */
  viewBox: string;
  /** Dark modules, one `M x y h w v 1 h -w z` run per horizontal stretch. */
  path: string;
};

/** The text does not fit in any QR code at this error-correction level. */
export class QrTooLong extends RangeError {
  constructor(readonly length: number) {
    super(`text of ${length} characters does not fit in a QR code`);
    this.name = 'QrTooLong';
  }
}

/**
 * Lays out a QR code for text as an SVG path (no canvas, so it prints sharp at any size and works
 * in a PDF too). Margin is the quiet zone in modules; 4 is what the standard asks for. Throws
 * QrTooLong when the text does not fit.
 */
export function qrSvgPath(text: string, { errorCorrection = 'M', margin = 4 }: { errorCorrection?: QrErrorCorrection; margin?: number } = {}): QrSvg {
  let code;
  try {
    code = create(text, { errorCorrectionLevel: errorCorrection });
  } catch {
    throw new QrTooLong(text.length);
  }
  const { size } = code.modules;
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let start = -1;
    for (let col = 0; col <= size; col += 1) {
      const dark = col < size && code.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        const width = col - start;
        runs.push(`M${start + margin} ${row + margin}h${width}v1h-${width}z`);
        start = -1;
      }
    }
  }
  const side = size + 2 * margin;
  return { modules: size, version: code.version, viewBox: `0 0 ${side} ${side}`, path: runs.join('') };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A standalone SVG document of a QR code (black on white), e.g. to embed in a PDF or download. */
export function qrSvgDocument(text: string, { title, pixels = 512 }: { title: string; pixels?: number }): string {
  const qr = qrSvgPath(text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${qr.viewBox}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${qr.path}"/></svg>`
  );
}
