// The browser door of the PDF integration; import it with a dynamic import() so that the
// writer and its font stay out of every chunk but the certificate's.
import type { CertificateSheet } from './certificate-sheet';
import { embedFont } from './embed-font';
import fontUrl from './font/noto-sans-certificate.ttf.zlib?url';
import type { EmbeddedFont } from './pdf-writer';
import { renderCertificatePdf } from './render-certificate-pdf';

export type { CertificateSheet } from './certificate-sheet';
export { MissingGlyphsError } from './pdf-writer';

let font: Promise<EmbeddedFont> | undefined;

async function fetchFont(): Promise<EmbeddedFont> {
  const response = await fetch(fontUrl);
  if (!response.ok) throw new Error(`certificate font: HTTP ${response.status}`);
  return embedFont(new Uint8Array(await response.arrayBuffer()));
}

/** Makes the certificate PDF in the browser; the font is fetched once per visit. */
export async function createCertificatePdf(sheet: CertificateSheet): Promise<Blob> {
  font ??= fetchFont().catch((error: unknown) => {
    font = undefined;
    throw error;
  });
  const bytes = renderCertificatePdf(sheet, await font);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
