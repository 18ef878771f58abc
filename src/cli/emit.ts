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
    try {
      await writeFileAtomic(resolve(io.cwd, out), content);
    } catch (error) {
      // A missing folder or no write permission is the user's --out value, not a crash to report.
      const code = (error as { code?: unknown }).code;
      throw new UsageError(
        `--out: không ghi được tệp "${out}" (${String(code ?? error)}): thư mục có tồn tại và được phép ghi không? / cannot write "${out}": does the folder exist and is it writable?`,
      );
    }
    return;
  }
  if (typeof content !== 'string') {
    throw new UsageError('Định dạng xlsx cần --out TỆP. / The xlsx format needs --out FILE.');
  }
  io.out(content);
}
