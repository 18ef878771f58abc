import { escapeLine } from '../../node/control-chars.js';
import { writeAssessmentTemplate } from '../../node/excel/template.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { emit } from '../emit.js';
import type { CommonOptions } from '../options.js';
import { resolveOneSet } from '../resolve-set.js';

/** `template`: the Excel self-assessment workbook (biểu tự chấm điểm) of a criteria set. */
export async function runTemplate(opts: CommonOptions, io: CliIo): Promise<number> {
  if (opts.out === undefined)
    throw new UsageError('template: cần --out TỆP.xlsx / template: --out FILE.xlsx is required.');
  const set = await resolveOneSet(opts.criteria, io, 'template');
  const s = (k: string) => (typeof opts.raw[k] === 'string' ? (opts.raw[k] as string) : undefined);
  const id = s('unit-id');
  const name = s('unit-name');
  const bytes = await writeAssessmentTemplate(set, {
    lang: opts.lang,
    ...(id !== undefined || name !== undefined
      ? { unit: { id: id ?? '', name: name ?? '', block: s('block') ?? '' } }
      : {}),
    ...(s('period') !== undefined ? { period: s('period') } : {}),
  });
  await emit(io, opts.out, bytes);
  io.err(
    opts.lang === 'vi'
      ? `Đã tạo biểu tự chấm điểm: ${escapeLine(opts.out)}\n`
      : `Template written: ${escapeLine(opts.out)}\n`,
  );
  return EXIT.ok;
}
