/** One entry of a zip archive's central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's data (after its local header). */
  readonly dataOffset: number;
}

/** Outcome of {@link listZipEntries}: the entries, or why the archive cannot be read. */
export type ZipListing =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: 'not_zip' | 'truncated' | 'zip64' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a zip archive's central directory without inflating anything, so that the size of
 * a workbook can be bounded before a full parse. Zip64 archives are reported as such (an
 * `.xlsx` under the size limit never needs them) and left to the full parser.
 */
export function listZipEntries(data: Uint8Array): ZipListing {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.byteLength < 22 || view.getUint32(0, true) !== LOCAL) {
    return { ok: false, problem: 'not_zip' };
  }
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, problem: 'truncated' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
  if (offset + size > eocd) return { ok: false, problem: 'truncated' };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) {
      return { ok: false, problem: 'truncated' };
    }
    const nameLength = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const entry = {
      name: latin(data.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      dataOffset: local + 30,
    };
    if (local + 30 > data.byteLength || view.getUint32(local, true) !== LOCAL) {
      return { ok: false, problem: 'truncated' };
    }
    const dataOffset =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + entry.compressedSize > data.byteLength) {
      return { ok: false, problem: 'truncated' };
    }
    entries.push({ ...entry, dataOffset });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { ok: true, entries };
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}

// Entry names in xlsx files are ASCII; a byte-per-char decode avoids needing TextDecoder.
function latin(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

interface ByteReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | undefined }>;
  cancel(): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface InflateStream {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
}
type InflateCtor = new (format: string) => InflateStream;

function inflateCtor(): InflateCtor | undefined {
  const ctor = (globalThis as { DecompressionStream?: InflateCtor }).DecompressionStream;
  if (ctor === undefined) return undefined;
  try {
    new ctor('deflate-raw');
    return ctor;
  } catch {
    return undefined;
  }
}

/** Result of counting rows: a count (stopped early past `limit`), unknown, or corrupt data. */
export type RowCount =
  | { readonly kind: 'count'; readonly rows: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'corrupt' };

const LT = 0x3c;
const COLON = 0x3a;

/**
 * Counts `<row …>` elements in a worksheet entry, inflating it as a stream and stopping as soon
 * as `limit` is exceeded, so a 50 000-row sheet is refused without being parsed.
 * Returns `unknown` when the runtime has no raw-deflate stream (the full parse still checks).
 */
export async function countSheetRows(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
): Promise<RowCount> {
  const raw = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return { kind: 'count', rows: countRows(raw, 0, limit).rows };
  const Ctor = entry.method === 8 ? inflateCtor() : undefined;
  if (Ctor === undefined) return { kind: 'unknown' };
  const stream = new Ctor('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors surface on the reader; the writer's promises are observed to avoid unhandled rejections.
  writer.write(raw).catch(() => undefined);
  writer.close().catch(() => undefined);
  let rows = 0;
  let tail = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || value === undefined) break;
      const chunk = new Uint8Array(tail.length + value.length);
      chunk.set(tail);
      chunk.set(value, tail.length);
      const r = countRows(chunk, rows, limit);
      rows = r.rows;
      if (rows > limit) {
        await reader.cancel().catch(() => undefined);
        break;
      }
      // Keep the start of a tag cut by the chunk boundary; it is counted in the next round.
      tail = chunk.subarray(r.scanned);
    }
  } catch {
    return { kind: 'corrupt' };
  }
  return { kind: 'count', rows };
}

// Matches `<row` or `:row` (namespaced `<x:row`) followed by a space, `>` or `/`.
function countRows(
  bytes: Uint8Array,
  start: number,
  limit: number,
): { rows: number; scanned: number } {
  let rows = start;
  const end = bytes.length - 4;
  let i = 0;
  for (; i < end; i++) {
    const b = bytes[i];
    if (
      (b === LT || b === COLON) &&
      bytes[i + 1] === 0x72 &&
      bytes[i + 2] === 0x6f &&
      bytes[i + 3] === 0x77 &&
      isTagEnd(bytes[i + 4])
    ) {
      rows++;
      if (rows > limit) return { rows, scanned: i };
    }
  }
  return { rows, scanned: Math.max(0, i) };
}

function isTagEnd(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}
