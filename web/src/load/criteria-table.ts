import type { Issue } from '../../../src/index.js';
import { csvTableAsWorkbook } from '../../../src/node/csv/csv-table.js';
import type { CsvEncoding } from '../../../src/node/csv/decode-csv.js';
import { importCriteriaSheet } from '../../../src/node/excel/criteria-import.js';

type Table =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A province's criteria table (xlsx, or CSV as a one-sheet workbook) read as `par-index import
 * criteria` reads it: a draft set, or every problem at its cell. Loaded lazily (exceljs).
 */
export async function importCriteriaTable(
  bytes: Uint8Array,
  file: string,
  encoding: CsvEncoding,
): Promise<Table> {
  const csv = /\.csv$/i.test(file) ? await csvTableAsWorkbook(bytes, file, encoding) : undefined;
  if (csv !== undefined && !csv.ok) return { ok: false, issues: [csv.issue] };
  const imported = await importCriteriaSheet(csv === undefined ? bytes : csv.bytes, { file });
  if (imported.problems.length > 0 || imported.criteria === undefined) {
    return { ok: false, issues: imported.problems };
  }
  return { ok: true, data: imported.criteria };
}
