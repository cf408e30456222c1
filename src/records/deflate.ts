/** Why inflating failed: the bytes are no deflate stream, or they unpack to more than allowed. */
export type InflateFailure = 'damaged' | 'too-long';

async function pipe(stream: CompressionStream | DecompressionStream, bytes: Uint8Array, limit: number) {
  const writer = stream.writable.getWriter();
  // The writer's promises reject together with the reader on bad input; the reader reports it.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-long' as const;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Compresses bytes with raw deflate (CompressionStream), the smallest framing for a link. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await pipe(new CompressionStream('deflate-raw'), bytes, Number.MAX_SAFE_INTEGER);
  if (out === 'too-long') throw new RangeError('unreachable: no limit on compression');
  return out;
}

/**
 * Unpacks raw deflate; never throws. The limit stops a tiny crafted code from unpacking into
 * megabytes before it is even validated.
 */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array | InflateFailure> {
  try {
    return await pipe(new DecompressionStream('deflate-raw'), bytes, limit);
  } catch {
    return 'damaged';
  }
}
