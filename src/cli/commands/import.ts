import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { jsonSafe } from '../../node/control-chars.js';
import { csvTableAsWorkbook } from '../../node/csv/csv-table.js';
import { importCriteriaSheet } from '../../node/excel/criteria-import.js';
import { EXCEL_LIMITS } from '../../node/excel/excel-limits.js';
import { readAssessmentWorkbook } from '../../node/excel/import.js';
import {
  UNSUPPORTED_SPREADSHEET,
  unsupportedSpreadsheet,
} from '../../node/excel/unsupported-format.js';
import { assessmentToInput } from '../../serialize/assessment-input.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { emit } from '../emit.js';
import { readInput, STDIN } from '../load-one.js';
import { formatIssues } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { resolveOneSet } from '../resolve-set.js';

function serialise(data: unknown, format: CommonOptions['format']): string {
  return format === 'json'
    ? `${jsonSafe(JSON.stringify(data, null, 2))}\n`
    : stringify(data, { lineWidth: 0 });
}

/**
 * `import assessment <workbook.xlsx> --criteria X`: a filled self-assessment workbook to an
 * assessment file (YAML, or JSON with --format json). `import criteria <table.xlsx>`: a
 * province's criteria table to a criteria set file to complete, with what was not understood.
 */
export async function runImport(opts: CommonOptions, io: CliIo): Promise<number> {
  const [kind, file] = opts.positionals;
  if ((kind !== 'assessment' && kind !== 'criteria') || file === undefined) {
    throw new UsageError(
      'Dùng: par-index import assessment <tệp.xlsx> --criteria <mã|tệp> | import criteria <tệp.xlsx> / Usage: par-index import assessment <file.xlsx> --criteria <id|file> | import criteria <file.xlsx>',
    );
  }
  if (UNSUPPORTED_SPREADSHEET.test(file)) {
    io.err(formatIssues([unsupportedSpreadsheet(file)], opts.lang));
    return EXIT.input;
  }
  const abs = file === STDIN ? STDIN : resolve(io.cwd, file);
  const read = await readInput(abs, file, io, EXCEL_LIMITS.maxBytes);
  if (!read.ok) {
    io.err(formatIssues(read.issues, opts.lang));
    return EXIT.input;
  }
  const bytes = read.bytes;
  const format = opts.format === 'json' ? 'json' : 'table';
  if (kind === 'criteria') {
    const csv = /\.csv$/i.test(file)
      ? await csvTableAsWorkbook(bytes, file, opts.encoding)
      : undefined;
    if (csv !== undefined && !csv.ok) {
      io.err(formatIssues([csv.issue], opts.lang));
      return EXIT.input;
    }
    const table = csv === undefined ? bytes : csv.bytes;
    const imported = await importCriteriaSheet(table, { file });
    if (imported.problems.length > 0 || imported.criteria === undefined) {
      // A draft read with problems would look finished: nothing is written until they are fixed.
      io.err(formatIssues(imported.problems, opts.lang));
      io.err(
        opts.lang === 'vi'
          ? 'Chưa ghi tệp nào: hãy sửa bảng tiêu chí rồi chạy lại.\n'
          : 'Nothing was written: fix the criteria table and run again.\n',
      );
      return EXIT.input;
    }
    await emit(io, opts.out, serialise(imported.criteria, format));
    return EXIT.ok;
  }
  const set = await resolveOneSet(opts.criteria, io, 'import');
  const r = await readAssessmentWorkbook(bytes, set, { file });
  if (!r.success) {
    io.err(formatIssues(r.issues, opts.lang));
    return EXIT.input;
  }
  await emit(io, opts.out, serialise(assessmentToInput(r.data), format));
  return EXIT.ok;
}
