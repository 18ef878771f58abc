import { resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Issue } from '../../errors.js';
import { jsonSafe } from '../../node/control-chars.js';
import { csvTooLarge } from '../../node/csv/csv-bounds.js';
import { csvToWorkbook } from '../../node/csv/csv-to-workbook.js';
import { parseCsv } from '../../node/csv/parse-csv.js';
import { tooManyCells } from '../../node/csv/read-assessment-csv.js';
import { importCriteriaSheet } from '../../node/excel/criteria-import.js';
import { readAssessmentWorkbook } from '../../node/excel/import.js';
import { EXCEL_LIMITS } from '../../node/excel/limits.js';
import { decodeText } from '../../node/read-data-file.js';
import { assessmentToInput } from '../../serialize/assessment-input.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { emit } from '../emit.js';
import { readInput, STDIN } from '../load-one.js';
import { formatIssues } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { resolveOneSet } from '../resolve-set.js';

/** A criteria table saved as CSV, as a one-sheet workbook for the spreadsheet reader. */
async function csvTableAsWorkbook(
  bytes: Uint8Array,
  file: string,
): Promise<Uint8Array | Issue | undefined> {
  const text = decodeText(bytes);
  // Bounded before parsing and before the workbook is built from it.
  if (text !== undefined && csvTooLarge(text)) return tooManyCells(file);
  const rows = text === undefined ? undefined : parseCsv(text);
  return rows === undefined ? undefined : csvToWorkbook(rows);
}

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
  const abs = file === STDIN ? STDIN : resolve(io.cwd, file);
  const read = await readInput(abs, file, io, EXCEL_LIMITS.maxBytes);
  if (!read.ok) {
    io.err(formatIssues(read.issues, opts.lang));
    return EXIT.input;
  }
  const bytes = read.bytes;
  const format = opts.format === 'json' ? 'json' : 'table';
  if (kind === 'criteria') {
    const table = /\.csv$/i.test(file) ? await csvTableAsWorkbook(bytes, file) : bytes;
    if (table !== undefined && !(table instanceof Uint8Array)) {
      io.err(formatIssues([table], opts.lang));
      return EXIT.input;
    }
    if (table === undefined) {
      io.err(
        formatIssues(
          [
            {
              code: 'invalid_syntax',
              path: [],
              message:
                'Tệp CSV không đọc được (mã hóa không phải UTF-8 hoặc dấu ngoặc kép không đóng).',
              messageEn: 'The CSV file cannot be read (not UTF-8, or a quote never closed).',
              file,
            },
          ],
          opts.lang,
        ),
      );
      return EXIT.input;
    }
    const imported = await importCriteriaSheet(table, { file });
    if (imported.problems.length > 0) io.err(formatIssues(imported.problems, opts.lang));
    if (imported.criteria === undefined) return EXIT.input;
    await emit(io, opts.out, serialise(imported.criteria, format));
    return imported.problems.length > 0 ? EXIT.input : EXIT.ok;
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
