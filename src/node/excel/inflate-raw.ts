import { inflateRawSync } from 'node:zlib';

/**
 * Node's adapter for the zip reader: inflates a raw deflate stream, never past `size` bytes
 * (the entry's declared size). `undefined` when the stream is damaged or would grow past it.
 * The page swaps in web/src/platform/inflate-raw.ts (the browser's DecompressionStream), so
 * the Excel readers run on bytes in both.
 */
export async function inflateRawBounded(
  raw: Uint8Array,
  size: number,
): Promise<Uint8Array | undefined> {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
  } catch {
    return undefined;
  }
}
