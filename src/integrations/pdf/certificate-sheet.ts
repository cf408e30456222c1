/**
 * Everything printed on a certificate, already translated and formatted: the PDF integration
 * lays it out and knows nothing of languages, scores or codes.
 */
export type CertificateSheet = {
  lang: string;
  documentTitle: string;
  brand: string;
  kicker: string;
  awardedTo: string;
  /** The learner's name: the largest text on the page. */
  name: string;
  completed: string;
  /** The assignment or the module. */
  title: string;
  /** Who set the assignment or signed, under the title. */
  issuer: string;
  columns: { case: string; score: string };
  rows: { title: string; score: string }[];
  /** The one pass rule's outcome, under the rows: the mean and the pass mark. */
  total: { label: string; value: string };
  facts: { label: string; value: string }[];
  /** A countersigned certificate's signature line: the trainer's name above, what it is below. */
  signature?: { name: string; caption: string };
  statement: { heading: string; paragraphs: string[] };
  verify: { heading: string; instruction: string; url: string; codeLabel: string; code: string };
  /** The QR code: dark runs as [column, row, length] on a square of `size` modules, quiet zone included. */
  qr: { size: number; runs: [number, number, number][] };
};
