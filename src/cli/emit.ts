import { resolve } from 'node:path';
import { writeFileAtomic } from '../node/write-file-atomic.js';
import { type CliIo, UsageError } from './cli-io.js';

/**
 * Sends a command's output to `--out` (written whole or not at all) or to standard output.
 * Binary output (xlsx) needs `--out`.
 */
export async function emit(
  io: CliIo,
  out: string | undefined,
  content: string | Uint8Array,
): Promise<void> {
  if (out !== undefined && out !== '-') {
    await writeFileAtomic(resolve(io.cwd, out), content);
    return;
  }
  if (typeof content !== 'string') {
    throw new UsageError('Định dạng xlsx cần --out TỆP. / The xlsx format needs --out FILE.');
  }
  io.out(content);
}
