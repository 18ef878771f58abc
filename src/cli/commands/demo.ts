import { join } from 'node:path';
import type { CliIo } from '../cli-io.js';
import type { CommonOptions } from '../options.js';
import { packageRoot } from '../package-root.js';
import { runScore } from './score.js';

/**
 * `demo` (the main job, `npm start`): scores and ranks the bundled fictional province
 * (examples/minh-son, 2023, against 2022) with the bundled illustrative criteria sets.
 */
export async function runDemo(opts: CommonOptions, io: CliIo): Promise<number> {
  const root = join(packageRoot(), 'examples', 'minh-son');
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
