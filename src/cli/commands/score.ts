import { findCriteriaNode } from '../../internal/tree.js';
import type { RankBy } from '../../model/ranking.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { duplicateUnits } from '../duplicate-units.js';
import { emit } from '../emit.js';
import { loadBatch, type Spellings } from '../load-batch.js';
import { formatIssues, formatWarnings } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { progress } from '../progress.js';
import { renderResults } from '../render-results.js';
import { scoreBatch } from '../score-batch.js';
import { renderUnitDetail } from '../unit-detail.js';

/**
 * `score` and `rank`: load assessments (files, folders, globs), score them at a stage, rank
 * them per block, and print or write the results. `score` on one file prints its detail.
 */
export async function runScore(
  opts: CommonOptions,
  io: CliIo,
  mode: 'score' | 'rank',
): Promise<number> {
  if (opts.positionals.length === 0) {
    throw new UsageError(
      'Cần ít nhất một tệp hồ sơ, thư mục hoặc mẫu. / Give at least one assessment file, folder or glob.',
    );
  }
  const report = progress(io, opts.lang);
  const spellings: Spellings = new Map();
  const batch = await loadBatch(
    opts.positionals,
    opts.criteria,
    io,
    report,
    spellings,
    opts.encoding,
  );
  const previous =
    opts.previous.length > 0
      ? await loadBatch(opts.previous, opts.criteria, io, undefined, spellings, opts.encoding)
      : undefined;
  report.done();
  const issues = [
    ...batch.issues,
    ...(previous?.issues ?? []),
    ...duplicateUnits(batch),
    ...(previous !== undefined ? duplicateUnits(previous) : []),
  ];
  if (issues.length > 0) {
    io.err(formatIssues(issues, opts.lang));
    return EXIT.input;
  }
  io.err(formatWarnings([...batch.warnings, ...(previous?.warnings ?? [])], opts.lang));
  const by: RankBy = opts.by !== undefined ? { kind: 'node', code: opts.by } : { kind: 'index' };
  if (by.kind === 'node') {
    const unknown = batch.items.find((i) => findCriteriaNode(i.set.fields, by.code) === undefined);
    if (unknown)
      throw new UsageError(
        `--by ${by.code}: không có mã này trong bộ chỉ số "${unknown.set.id}". / no such code in set "${unknown.set.id}".`,
      );
  }
  const scored = scoreBatch(batch, opts.stage, by, previous);
  const first = scored.results[0];
  if (mode === 'score' && opts.format === 'table' && scored.results.length === 1 && first) {
    await emit(io, opts.out, renderUnitDetail(first, opts.lang));
    return EXIT.ok;
  }
  await emit(
    io,
    opts.out,
    await renderResults(scored, opts.format, opts.lang, [...batch.sets.values()]),
  );
  return EXIT.ok;
}
