import { resolve } from 'node:path';
import { writeFileAtomic } from '../node/write-file-atomic.js';
import { type CliIo, UsageError } from './cli-io.js';

/** `--out` values that mean standard output: the text goes where the rest of the output goes. */
export const STDOUT_NAMES: ReadonlySet<string> = new Set([
  '-',
  '/dev/stdout',
  '/dev/fd/1',
  '/proc/self/fd/1',
]);

const WHY: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ['thư mục chứa tệp không tồn tại', 'its folder does not exist'],
  ENOTDIR: ['một phần của đường dẫn không phải thư mục', 'part of the path is not a folder'],
  EISDIR: ['đó là một thư mục', 'it is a folder'],
  EACCES: ['không có quyền ghi', 'no permission to write'],
  EPERM: ['không có quyền ghi', 'no permission to write'],
  EROFS: ['ổ đĩa chỉ cho đọc', 'the disk is read-only'],
  ENOSPC: ['ổ đĩa đã đầy', 'the disk is full'],
  EDQUOT: ['hết hạn mức dung lượng', 'the disk quota is used up'],
  ELOOP: ['liên kết tượng trưng trỏ vòng', 'symbolic links point in a loop'],
  ENAMETOOLONG: ['tên tệp quá dài', 'the file name is too long'],
};

/**
 * Sends a command's output to `--out` (written whole or not at all, see `writeFileAtomic`) or
 * to standard output (no `--out`, `-`, `/dev/stdout`). Binary output (xlsx) needs a file or a
 * device; written to the terminal it would be garbage.
 */
export async function emit(
  io: CliIo,
  out: string | undefined,
  content: string | Uint8Array,
): Promise<void> {
  const toStdout = out === undefined || STDOUT_NAMES.has(out);
  if (toStdout && typeof content === 'string') {
    io.out(content);
    return;
  }
  // Bytes go to standard output only when asked for by name, never by default to a terminal.
  if (out !== undefined && toStdout && io.outBytes !== undefined) {
    io.outBytes(content as Uint8Array);
    return;
  }
  if (out === undefined || out === '-') {
    throw new UsageError('Định dạng xlsx cần --out TỆP. / The xlsx format needs --out FILE.');
  }
  try {
    await writeFileAtomic(resolve(io.cwd, out), content);
  } catch (error) {
    // A missing folder or no write permission is the user's --out value, not a crash to report.
    const code = String((error as { code?: unknown }).code ?? '');
    const [vi, en] = WHY[code] ?? [
      `lỗi ${code || String(error)}`,
      `error ${code || String(error)}`,
    ];
    const shown = code === '' ? '' : ` (${code})`;
    throw new UsageError(
      `--out: không ghi được tệp "${out}"${shown}: ${vi}. Không có gì bị ghi. / cannot write "${out}"${shown}: ${en}. Nothing was written.`,
    );
  }
}
