import { inflateRawBounded } from './inflate-raw.js';

/** One entry of a zip archive, as the workbook reader (exceljs over JSZip) will see it. */
export interface ZipEntry {
  /**
   * The name the reader matches parts by: the local header's name, decoded as UTF-8, with one
   * leading `/` removed (exceljs strips it: `/xl/workbook.xml` is read as `xl/workbook.xml`).
   */
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's data (after its local header). */
  readonly dataOffset: number;
}

/** Why an archive is refused before it is read. */
export type ZipProblem =
  /** Not a zip file at all. */
  | 'not_zip'
  /** Cut short, or its directory points outside the file. */
  | 'truncated'
  /** Zip64, encrypted, or a compression other than stored/deflate: never needed by `.xlsx`. */
  | 'unsupported'
  /**
   * Readers could disagree on what it holds: names differ between the directory and the
   * entries, a name is repeated or not UTF-8, a Unicode-path field overrides a name, or bytes
   * lie before or between the parts. Such archives are how bounds checks get bypassed.
   */
  | 'ambiguous';

/** Outcome of {@link listZipEntries}: the entries, or why the archive cannot be read. */
export type ZipListing =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: ZipProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNICODE_PATH = 0x7075;
const ZIP64 = 0x0001;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a zip archive's central directory without inflating anything, exactly as strictly as
 * needed for the bounds checked on it to be the bounds of what the workbook reader reads:
 * every entry is located and named the way JSZip and exceljs locate and name it, and any
 * archive two readers could read differently is refused.
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
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return { ok: false, problem: 'unsupported' };
  }
  if (offset + size > eocd) return { ok: false, problem: 'truncated' };
  // JSZip shifts every offset when the directory does not end right at this record.
  if (offset + size !== eocd) return { ok: false, problem: 'ambiguous' };
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    const entry = readEntry(data, view, p, eocd);
    if (!entry.ok) return entry;
    if (names.has(entry.entry.name)) return { ok: false, problem: 'ambiguous' };
    names.add(entry.entry.name);
    entries.push(entry.entry);
    p = entry.next;
  }
  // JSZip reads directory records while their signature matches, whatever the count says.
  if (p !== eocd) return { ok: false, problem: 'ambiguous' };
  return { ok: true, entries };
}

type EntryRead =
  | { readonly ok: true; readonly entry: ZipEntry; readonly next: number }
  | { readonly ok: false; readonly problem: ZipProblem };

function readEntry(data: Uint8Array, view: DataView, p: number, end: number): EntryRead {
  if (p + 46 > end || view.getUint32(p, true) !== CENTRAL)
    return { ok: false, problem: 'truncated' };
  const flags = view.getUint16(p + 8, true);
  const method = view.getUint16(p + 10, true);
  const compressedSize = view.getUint32(p + 20, true);
  const uncompressedSize = view.getUint32(p + 24, true);
  const nameLength = view.getUint16(p + 28, true);
  const extraLength = view.getUint16(p + 30, true);
  const commentLength = view.getUint16(p + 32, true);
  const local = view.getUint32(p + 42, true);
  const next = p + 46 + nameLength + extraLength + commentLength;
  if (next > end) return { ok: false, problem: 'truncated' };
  if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) {
    return { ok: false, problem: 'unsupported' };
  }
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
    return { ok: false, problem: 'unsupported' };
  }
  const extra = data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
  if (hasField(extra, UNICODE_PATH) || hasField(extra, ZIP64)) {
    return { ok: false, problem: hasField(extra, ZIP64) ? 'unsupported' : 'ambiguous' };
  }
  if (local + 30 > data.byteLength || view.getUint32(local, true) !== LOCAL) {
    return { ok: false, problem: 'truncated' };
  }
  // JSZip names an entry by its local header; it must say what the directory says.
  const localNameLength = view.getUint16(local + 26, true);
  const centralName = data.subarray(p + 46, p + 46 + nameLength);
  const localName = data.subarray(local + 30, local + 30 + localNameLength);
  if (!sameBytes(centralName, localName)) return { ok: false, problem: 'ambiguous' };
  const dataOffset = local + 30 + localNameLength + view.getUint16(local + 28, true);
  if (dataOffset + compressedSize > data.byteLength) return { ok: false, problem: 'truncated' };
  let name: string;
  try {
    name = utf8.decode(localName);
  } catch {
    return { ok: false, problem: 'ambiguous' };
  }
  return {
    ok: true,
    entry: {
      name: name.startsWith('/') ? name.slice(1) : name,
      method,
      compressedSize,
      uncompressedSize,
      dataOffset,
    },
    next,
  };
}

function hasField(extra: Uint8Array, id: number): boolean {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let p = 0; p + 4 <= extra.byteLength; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) === id) return true;
  }
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
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

/**
 * The bytes an entry inflates to, but never more than its declared size: a deflate stream that
 * would grow past what the directory promised (the zip-bomb trick) or falls short of it is
 * `undefined`, as JSZip would refuse it too, only after inflating all of it.
 */
export async function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
): Promise<Uint8Array | undefined> {
  const raw = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return raw.byteLength === entry.uncompressedSize ? raw : undefined;
  const out = await inflateRawBounded(raw, entry.uncompressedSize);
  return out !== undefined && out.byteLength === entry.uncompressedSize ? out : undefined;
}
