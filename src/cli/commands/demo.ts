import { cp, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import type { CommonOptions } from '../options.js';
import { packageRoot } from '../package-root.js';
import { runScore } from './score.js';

/**
 * `demo` (the main job, `npm start`): scores and ranks the bundled fictional province
 * (examples/minh-son, 2023, against 2022) with the bundled illustrative criteria sets.
 * `demo --write <folder>` copies those files (and the what-if inputs and a criteria table)
 * into a new folder, so that every example of the help texts and guides can be run by someone
 * who installed the package rather than cloned the repository.
 */
export async function runDemo(opts: CommonOptions, io: CliIo): Promise<number> {
  const root = join(packageRoot(), 'examples', 'minh-son');
  const write = opts.raw['write'];
  if (typeof write === 'string') return writeExamples(root, write, opts, io);
  if (opts.format === 'table' && opts.out === undefined) {
    io.out(
      opts.lang === 'vi'
        ? 'Tỉnh Minh Sơn (hư cấu) — Chỉ số CCHC năm 2023. Mọi đơn vị và số liệu đều là giả định; bộ chỉ số là minh họa, không phải văn bản chính thức.\n\n'
        : 'Minh Sơn province (fictional) — PAR Index 2023. All units and numbers are invented; the criteria sets are illustrative, not official.\n\n',
    );
  }
  return runScore(
    { ...opts, positionals: [join(root, '2023')], previous: [join(root, '2022')] },
    io,
    'rank',
  );
}

async function writeExamples(
  from: string,
  to: string,
  opts: CommonOptions,
  io: CliIo,
): Promise<number> {
  if (to === '')
    throw new UsageError('demo --write: cần tên thư mục. / demo --write: give a folder.');
  const target = resolve(io.cwd, to);
  // Never write over someone's files: the folder must be new or empty.
  const present = await readdir(target).catch(() => []);
  if (present.length > 0) {
    throw new UsageError(
      `demo --write: thư mục "${to}" đã có tệp; hãy chọn thư mục mới. / demo --write: the folder "${to}" is not empty; choose a new one.`,
    );
  }
  await cp(from, target, { recursive: true, errorOnExist: true, force: false });
  io.err(
    opts.lang === 'vi'
      ? `Đã chép dữ liệu ví dụ (hư cấu) của tỉnh Minh Sơn vào thư mục ${to} (2022, 2023, what-if, bang-tieu-chi-xa.csv).\n`
      : `Copied the fictional Minh Sơn example files to the folder ${to} (2022, 2023, what-if, bang-tieu-chi-xa.csv).\n`,
  );
  return EXIT.ok;
}
