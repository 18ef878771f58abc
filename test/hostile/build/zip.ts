import { createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One part of a hand-built zip, with the ways a hostile archive can lie about it. */
export interface ZipPart {
  /** Name in the central directory (and, unless `localName` is given, in the local header). */
  readonly name: string;
  readonly data: string | Uint8Array;
  /** Store instead of deflate. */
  readonly stored?: boolean | undefined;
  /** A different name in the local header (JSZip reads that one). */
  readonly localName?: string | undefined;
  /** Size claimed for the unpacked data, instead of the true one. */
  readonly claimedSize?: number | undefined;
  /** Extra field bytes of the central directory record (e.g. a Unicode path field). */
  readonly centralExtra?: Uint8Array | undefined;
  /** Data already deflated (for parts too large to hold unpacked), with its unpacked size. */
  readonly deflated?: { readonly body: Uint8Array; readonly size: number } | undefined;
}

/** Layout tricks that apply to the whole archive. */
export interface ZipLayout {
  /** Bytes before the first local header. */
  readonly prefix?: Uint8Array | undefined;
  /** Bytes between the central directory and its end record. */
  readonly gap?: Uint8Array | undefined;
  /** Entry count written in the end record, instead of the true one. */
  readonly claimedCount?: number | undefined;
}

const enc = new TextEncoder();

/** Builds a zip archive byte by byte, honest unless told otherwise. */
export function buildZip(parts: readonly ZipPart[], layout: ZipLayout = {}): Uint8Array {
  const prefix = layout.prefix ?? new Uint8Array(0);
  const locals: Uint8Array[] = [prefix];
  const centrals: Uint8Array[] = [];
  let offset = prefix.length;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? enc.encode(part.data) : part.data;
    const body =
      part.deflated?.body ??
      (part.stored ? raw : new Uint8Array(deflateRawSync(raw, { level: 1 })));
    const size = part.claimedSize ?? part.deflated?.size ?? raw.length;
    const name = enc.encode(part.name);
    const localName = enc.encode(part.localName ?? part.name);
    const extra = part.centralExtra ?? new Uint8Array(0);
    const local = new Uint8Array(30 + localName.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, part.stored ? 0 : 8, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, localName.length, true);
    local.set(localName, 30);
    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, part.stored ? 0 : 8, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const directory = concat(centrals);
  const gap = layout.gap ?? new Uint8Array(0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, layout.claimedCount ?? parts.length, true);
  ev.setUint16(10, layout.claimedCount ?? parts.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, directory, gap, end]);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Deflates text produced piece by piece, never holding it whole: how the hostile script builds
 * parts that unpack to hundreds of megabytes from a file of one.
 */
export async function deflateChunks(
  chunks: Iterable<string>,
): Promise<{ readonly body: Uint8Array; readonly size: number }> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Uint8Array[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((ok, fail) => {
    deflate.on('end', ok);
    deflate.on('error', fail);
  });
  let size = 0;
  for (const chunk of chunks) {
    const bytes = enc.encode(chunk);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((ok) => deflate.once('drain', ok));
  }
  deflate.end();
  await ended;
  return { body: concat(out), size };
}
