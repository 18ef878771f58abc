import { buildAnnex } from '../../node/annex/annex-data.js';
import {
  writeAnnexDocx,
  writeAnnexMarkdown,
  writeAnnexWorkbook,
} from '../../node/annex/annex-writers.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { documentFormat } from '../document-format.js';
import { duplicateUnits } from '../duplicate-units.js';
import { emit } from '../emit.js';
import { loadBatch } from '../load-batch.js';
import { formatIssues, formatWarnings } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { scoreBatch } from '../score-batch.js';

/**
 * `annex <assessments…> [--out phu-luc.docx|.xlsx|.md] [--title …] [--subtitle …]`: the results
 * table a province's decision prints, per block, from the units' files (final stage by default).
 */
export async function runAnnex(opts: CommonOptions, io: CliIo): Promise<number> {
  if (opts.positionals.length === 0) {
    throw new UsageError(
      'annex: cần ít nhất một tệp hồ sơ hoặc thư mục. / annex: give at least one assessment file or folder.',
    );
  }
  const batch = await loadBatch(
    opts.positionals,
    opts.criteria,
    io,
    undefined,
    new Map(),
    opts.encoding,
  );
  const issues = [...batch.issues, ...duplicateUnits(batch)];
  if (issues.length > 0) {
    io.err(formatIssues(issues, opts.lang));
    return EXIT.input;
  }
  io.err(formatWarnings(batch.warnings, opts.lang));
  const scored = scoreBatch(batch, opts.stage, { kind: 'index' });
  const annex = buildAnnex(scored.results, { ranking: scored.ranking, criteriaSets: scored.sets });
  const str = (k: string) =>
    typeof opts.raw[k] === 'string' ? (opts.raw[k] as string) : undefined;
  const o = { lang: opts.lang, title: str('title'), subtitle: str('subtitle') };
  const format = documentFormat(opts);
  if (format === 'docx') await emit(io, opts.out, await writeAnnexDocx(annex, o));
  else if (format === 'xlsx') await emit(io, opts.out, await writeAnnexWorkbook(annex, o));
  else await emit(io, opts.out, writeAnnexMarkdown(annex, o));
  return EXIT.ok;
}
