/**
 * The browser's twin of src/node/excel/inflate-raw.ts (swapped in by web/vite.config.ts):
 * inflates a raw deflate stream with the browser's own DecompressionStream, stopping as soon as
 * the output passes `size` bytes (the entry's declared size). `undefined` when the stream is
 * damaged or would grow past it. (A stream followed by stray bytes is refused here, where
 * Node's zlib ignores them; no spreadsheet program writes such a file.)
 */
export async function inflateRawBounded(
  raw: Uint8Array,
  size: number,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const out = new Uint8Array(size);
  let at = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.byteLength > size) {
        await reader.cancel();
        return undefined;
      }
      out.set(value, at);
      at += value.byteLength;
    }
  } catch {
    return undefined;
  }
  return at === size ? out : undefined;
}
