import { type CliIo, UsageError } from '../cli-io.js';
import type { CommonOptions } from '../options.js';
import { runScore } from './score.js';

/**
 * `report`: the province-wide results report (ranking, sub-indices, detail, lost points,
 * triggers) as xlsx, html, md or csv. HTML by default; a file is always written.
 */
export async function runReport(opts: CommonOptions, io: CliIo): Promise<number> {
  const format = opts.raw['format'] === undefined ? 'html' : opts.format;
  if (format === 'table' || format === 'json') {
    throw new UsageError(
      'report: --format phải là xlsx, html, md hoặc csv. / report: --format must be xlsx, html, md or csv.',
    );
  }
  if (opts.out === undefined) {
    throw new UsageError('report: cần --out TỆP. / report: --out FILE is required.');
  }
  return runScore({ ...opts, format }, io, 'rank');
}
