/**
 * QR codes as SVG, drawn from `QRCode.create(...).modules` of the `qrcode` package (no canvas).
 * Heavy-ish (the encoder is ~10 KB gzipped), so import it dynamically:
 * `const { qrSvgPath } = await import('../integrations/qr')`, or use the `QrCode` component in
 * src/components, which does that.
 *
 * - `qrSvgPath(text, { errorCorrection?: 'L'|'M'|'Q'|'H' = 'M', margin?: 4 })` → { modules,
 *   version, viewBox, path }; throws `QrTooLong` when the text does not fit.
 * - `qrSvgDocument(text, { title, pixels? })` → a standalone SVG string (for a PDF or a download).
 */
export { qrSvgDocument, qrSvgPath, QrTooLong, type QrErrorCorrection, type QrSvg } from './qr-svg';
