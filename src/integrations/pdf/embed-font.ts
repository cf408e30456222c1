import type { EmbeddedFont } from './pdf-writer';
import { readTrueTypeFont } from './true-type-font';

async function inflate(compressed: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Prepares a zlib-compressed TrueType font for embedding: the PDF carries the compressed bytes
 * as they are (FlateDecode), and the tables are read from the inflated copy.
 */
export async function embedFont(compressed: Uint8Array): Promise<EmbeddedFont> {
  const bytes = await inflate(compressed);
  return { font: readTrueTypeFont(bytes), compressed, length: bytes.length };
}
