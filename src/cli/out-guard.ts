import { stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { collectFiles } from './collect-files.js';
import { STDOUT_NAMES } from './emit.js';
import type { CommonOptions, OutputFormat } from './options.js';

const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.docx': 'docx',
};

function toFile(out: string | undefined): out is string {
  return out !== undefined && !STDOUT_NAMES.has(out);
}

/**
 * The options with `--format` checked against what the command can write: a format it cannot
 * produce is a usage error, and so is a file name whose extension says another format
 * (`--format csv --out r.xlsx`), so text never lands in a `.xlsx`. Without `--format`, the
 * extension of `--out` chooses the format when the command can write it.
 *
 * @param command - The command's name, for messages.
 * @param opts - The parsed options.
 * @param formats - What the command writes; empty when it writes no file.
 */
export function checkFormat(
  command: string,
  opts: CommonOptions,
  formats: readonly OutputFormat[],
): CommonOptions {
  const given = opts.raw['format'] !== undefined;
  const list = formats.join(', ');
  if (given && !formats.includes(opts.format)) {
    const vi = `${formats.slice(0, -1).join(', ')}${formats.length > 1 ? ' hoặc ' : ''}${formats.at(-1) ?? ''}`;
    const en = `${formats.slice(0, -1).join(', ')}${formats.length > 1 ? ' or ' : ''}${formats.at(-1) ?? ''}`;
    throw new UsageError(
      `${command}: --format phải là ${vi}. / ${command}: --format must be ${en} (not "${opts.format}").`,
    );
  }
  if (!toFile(opts.out)) return opts;
  const implied = BY_EXTENSION[extname(opts.out).toLowerCase()];
  if (implied === undefined || implied === opts.format) return opts;
  if (given) {
    throw new UsageError(
      `--format ${opts.format} nhưng --out "${opts.out}" có đuôi của định dạng ${implied}: hãy đổi một trong hai. / --format ${opts.format} but --out "${opts.out}" is named like ${implied}: change one of them.`,
    );
  }
  if (!formats.includes(implied)) {
    throw new UsageError(
      `${command}: --out "${opts.out}" là tệp ${implied}, nhưng lệnh này chỉ ghi ${list || 'ra màn hình'}. / ${command}: --out "${opts.out}" is named like ${implied}, but this command writes only ${list || 'to the screen'}.`,
    );
  }
  return { ...opts, format: implied, raw: { ...opts.raw, format: implied } };
}

/** Every path the command may read, as typed (folders and globs included). */
function inputsOf(command: string, opts: CommonOptions): string[] {
  const raw = (k: string): string[] => {
    const v = opts.raw[k];
    return typeof v === 'string' ? [v] : Array.isArray(v) ? [...v] : [];
  };
  // `criteria show X`, `import criteria X`, `appraisal import X`: the first word is a sub-command.
  const positionals = ['criteria', 'import', 'appraisal'].includes(command)
    ? opts.positionals.slice(1)
    : opts.positionals;
  return [
    ...positionals,
    ...opts.criteria,
    ...opts.previous,
    ...raw('cost'),
    ...raw('simulate'),
    ...raw('peers'),
  ].filter((p) => p !== '-');
}

/**
 * Refuses an `--out` that is one of the command's inputs (`score a.yaml --out a.yaml`,
 * `report -c set.yaml --out set.yaml`), compared as files (device and inode), so another
 * spelling, a symbolic link or a hard link to the input is caught too. Writing there would
 * replace the data the output was computed from.
 */
export async function checkOutNotInput(
  command: string,
  opts: CommonOptions,
  io: CliIo,
): Promise<void> {
  if (!toFile(opts.out)) return;
  const target = await stat(resolve(io.cwd, opts.out)).catch(() => undefined);
  if (target === undefined || !target.isFile()) return;
  const { files } = await collectFiles(inputsOf(command, opts), io.cwd);
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (info !== undefined && info.dev === target.dev && info.ino === target.ino) {
      const shown = relative(io.cwd, file) || file;
      throw new UsageError(
        `--out "${opts.out}" chính là tệp đầu vào "${shown}": ghi vào đó sẽ xóa mất dữ liệu gốc. Hãy chọn tên tệp khác. / --out "${opts.out}" is the input "${shown}": writing it would destroy the data read. Choose another file name.`,
      );
    }
  }
}
