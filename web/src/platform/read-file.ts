import type { Issue } from '../../../src/index.js';
import { readProblemIssue } from '../../../src/node/read-problem.js';

/** A file the user gave the page: its name on issues, and its bytes on demand. */
export interface PageFile {
  /** The name shown on issues (the folder path when a folder was picked). */
  readonly file: string;
  /** Its size in bytes, known before anything is read. */
  readonly size: number;
  /** Reads the bytes. */
  readonly bytes: () => Promise<Uint8Array>;
}

/** A dropped or picked file, named by its path inside the picked folder when there is one. */
export function fromBrowserFile(f: File): PageFile {
  const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath;
  return {
    file: path !== undefined && path !== '' ? path : f.name,
    size: f.size,
    bytes: async () => new Uint8Array(await f.arrayBuffer()),
  };
}

/** A file made of text the page carries (the bundled example). */
export function fromText(file: string, text: string): PageFile {
  const bytes = new TextEncoder().encode(text);
  return { file, size: bytes.byteLength, bytes: async () => bytes };
}

/**
 * The page's adapter for reading a file, as the CLI's capped read: a file larger than `limit`
 * is refused by its size before a byte is read, with the CLI's words.
 */
export async function readCapped(
  f: PageFile,
  limit: number,
): Promise<
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly issues: readonly Issue[] }
> {
  if (f.size > limit) {
    return {
      ok: false,
      issues: [readProblemIssue(f.file, { kind: 'too_large', limit, size: f.size })],
    };
  }
  return { ok: true, bytes: await f.bytes() };
}
