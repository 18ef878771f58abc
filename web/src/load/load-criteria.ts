import { sameIdOtherContent } from '../../../src/cli/batch-identity.js';
import type { CriteriaSet, Issue } from '../../../src/index.js';
import { safeParseCriteriaSet } from '../../../src/index.js';
import type { CsvEncoding } from '../../../src/node/csv/decode-csv.js';
import { EXCEL_LIMITS } from '../../../src/node/excel/excel-limits.js';
import {
  UNSUPPORTED_SPREADSHEET,
  unsupportedSpreadsheet,
} from '../../../src/node/excel/unsupported-format.js';
import { inFile } from '../../../src/node/issue.js';
import { MAX_DATA_FILE_BYTES, parseDataBytes } from '../../../src/node/parse-data-bytes.js';
import { type PageFile, readCapped } from '../platform/read-file.js';

/** Criteria sets read from the user's files, and every problem found. */
export interface LoadedCriteria {
  readonly sets: Map<string, CriteriaSet>;
  readonly issues: Issue[];
}

/**
 * Reads criteria set files as `--criteria` does: YAML or JSON validated as a criteria set; a
 * province's criteria table (xlsx, or CSV) read by the importer of `par-index import criteria`,
 * its problems listed, and used when it makes a valid set. Two files with one id but different
 * content are a problem, as in the CLI.
 */
export async function loadCriteria(
  files: readonly PageFile[],
  encoding: CsvEncoding,
): Promise<LoadedCriteria> {
  const sets = new Map<string, CriteriaSet>();
  const issues: Issue[] = [];
  for (const f of files) {
    const data = await readData(f, encoding);
    if (!data.ok) {
      issues.push(...data.issues);
      continue;
    }
    const parsed = safeParseCriteriaSet(data.data);
    if (!parsed.success) {
      issues.push(...inFile(f.file, parsed.issues));
      continue;
    }
    const clash = sameIdOtherContent(sets, parsed.data, f.file);
    if (clash !== undefined) issues.push(clash);
    else sets.set(parsed.data.id, parsed.data);
  }
  return { sets, issues };
}

type Data =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };

async function readData(f: PageFile, encoding: CsvEncoding): Promise<Data> {
  if (UNSUPPORTED_SPREADSHEET.test(f.file))
    return { ok: false, issues: [unsupportedSpreadsheet(f.file)] };
  const table = /\.(xlsx|csv)$/i.test(f.file);
  const read = await readCapped(f, table ? EXCEL_LIMITS.maxBytes : MAX_DATA_FILE_BYTES);
  if (!read.ok) return read;
  if (!table) {
    const data = parseDataBytes(read.bytes, f.file);
    return data.success ? { ok: true, data: data.data } : { ok: false, issues: data.issues };
  }
  // exceljs and the table reader load only now.
  const { importCriteriaTable } = await import('./criteria-table.js');
  return importCriteriaTable(read.bytes, f.file, encoding);
}
