/**
 * Everything printed on a certificate, already translated and formatted: the PDF integration
 * lays it out and knows nothing of languages, scores or codes.
 */
export type CertificateSheet = {
  lang: string;
  documentTitle: string;
  brand: string;
  kicker: string;
  title: string;
  awardedTo: string;
  name: string;
  completed: string;
  columns: { case: string; score: string; result: string };
  rows: { title: string; score: string; result: string }[];
  facts: { label: string; value: string }[];
  statement: { heading: string; paragraphs: string[] };
  verify: { heading: string; instruction: string; url: string; codeLabel: string; code: string };
  /** The QR code: dark runs as [column, row, length] on a square of `size` modules, quiet zone included. */
  qr: { size: number; runs: [number, number, number][] };
};
