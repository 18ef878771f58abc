import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import type { ReadProblem } from './read-problem.js';

export type { ReadProblem } from './read-problem.js';
export { readProblemIssue } from './read-problem.js';

/** The bytes of a file, or why they were not read. */
export type CappedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: ReadProblem };

const CHUNK = 1024 * 1024;

/**
 * Reads a whole file, but never more than `limit` bytes: a regular file larger than that is
 * refused by its size before anything is read (a 3 GB or sparse file costs nothing), and a
 * device, pipe or growing file (`/dev/zero`, `<(…)`) is read only until it passes the limit.
 * Never throws.
 *
 * @param path - The file.
 * @param limit - Most bytes accepted.
 */
export async function readFileCapped(path: string, limit: number): Promise<CappedRead> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, problem: { kind: 'not_a_file' } };
    if (info.isFile() && info.size > limit) {
      return { ok: false, problem: { kind: 'too_large', limit, size: info.size } };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { ok: false, problem: { kind: 'too_large', limit } };
    }
    return { ok: true, bytes: concat(chunks, total) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads standard input (or any byte stream) until its end, but stops as soon as it passes
 * `limit` bytes and returns what it has (`limit + 1` bytes or more, which callers refuse).
 */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? new TextEncoder().encode(c) : c;
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) break;
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function problemOf(error: unknown): ReadProblem {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'not_found' };
  if (code === 'EISDIR') return { kind: 'not_a_file' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'no_permission' };
  return { kind: 'unreadable', reason: code || (error as Error).message || String(error) };
}
