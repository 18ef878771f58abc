import { getCriteriaSet, listCriteriaSets } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { type CsvEncoding, decodeCsv } from '../node/csv/decode-csv.js';
import { checkCsvAssessment, csvToAssessmentInput } from '../node/csv/read-assessment-csv.js';
import { EXCEL_LIMITS } from '../node/excel/excel-limits.js';
import {
  UNSUPPORTED_SPREADSHEET,
  unsupportedSpreadsheet,
} from '../node/excel/unsupported-format.js';
import { fileIssue, inFile } from '../node/issue.js';
import { criteriaSetIdOf } from '../node/load-files.js';
import { MAX_DATA_FILE_BYTES, parseDataBytes } from '../node/read-data-file.js';
import { readFileCapped, readProblemIssue } from '../node/read-file-capped.js';
import { assessmentWarnings, type InputWarning } from '../parse/assessment-warnings.js';
import { safeParseAssessment } from '../parse/parse-assessment.js';
import type { CliIo } from './cli-io.js';

/** Why an input was not read. */
export interface LoadedOneFailure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/** One assessment input read (with its warnings), or the problems that stopped it. */
export type LoadedOne =
  | {
      readonly ok: true;
      readonly set: CriteriaSet;
      readonly assessment: Assessment;
      readonly warnings: readonly InputWarning[];
    }
  | LoadedOneFailure;

type Read = { readonly ok: true; readonly set: CriteriaSet; readonly assessment: Assessment };

function withWarnings(r: Read | LoadedOneFailure): LoadedOne {
  return r.ok ? { ...r, warnings: assessmentWarnings(r.assessment, r.set) } : r;
}

/** The standard-input name used in commands and issues. */
export const STDIN = '-';

/**
 * Reads one assessment input: a YAML/JSON file, standard input (`-`), a CSV file, or a filled
 * Excel self-assessment workbook (`.xlsx`, checked against the known criteria sets).
 */
export async function loadOneAssessment(
  abs: string,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
  io: CliIo,
  encoding: CsvEncoding = 'utf-8',
): Promise<LoadedOne> {
  if (UNSUPPORTED_SPREADSHEET.test(abs)) {
    return { ok: false, issues: [unsupportedSpreadsheet(file)] };
  }
  const workbook = /\.xlsx$/i.test(abs);
  const bytes = await readInput(abs, file, io, workbook ? EXCEL_LIMITS.maxBytes : undefined);
  if (!bytes.ok) return bytes;
  if (workbook) return withWarnings(await loadWorkbook(bytes.bytes, file, sets));
  if (/\.csv$/i.test(abs)) return withWarnings(loadCsv(bytes.bytes, file, sets, encoding));
  const data = parseDataBytes(bytes.bytes, file);
  if (!data.success) return { ok: false, issues: data.issues.map((i) => ({ ...i, file })) };
  const id = criteriaSetIdOf(data.data);
  const set = id === undefined ? undefined : (sets.get(id) ?? getCriteriaSet(id));
  if (set === undefined) return { ok: false, issues: [unknownSet(file, id)] };
  const parsed = safeParseAssessment(data.data, set);
  return parsed.success
    ? withWarnings({ ok: true, set, assessment: parsed.data })
    : { ok: false, issues: inFile(file, parsed.issues) };
}

/**
 * The bytes of a file or of standard input (`-`), never more than `limit` (20 MB by default):
 * larger inputs, devices such as `/dev/zero` included, are a `file_too_large` issue.
 */
export async function readInput(
  abs: string,
  file: string,
  io: CliIo,
  limit = MAX_DATA_FILE_BYTES,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | LoadedOneFailure> {
  if (abs === STDIN) {
    const bytes = await io.readStdin(limit);
    if (bytes.byteLength <= limit) return { ok: true, bytes };
    return { ok: false, issues: [readProblemIssue(file, { kind: 'too_large', limit })] };
  }
  const read = await readFileCapped(abs, limit);
  return read.ok ? read : { ok: false, issues: [readProblemIssue(file, read.problem)] };
}

function loadCsv(
  bytes: Uint8Array,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
  encoding: CsvEncoding,
): Read | LoadedOneFailure {
  const decoded = decodeCsv(bytes, file, encoding);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const text = decoded.text;
  const csv = csvToAssessmentInput(text, file);
  if (!csv.success) return { ok: false, issues: csv.issues };
  const id = csv.data.input.criteriaSet;
  const set = id === undefined ? undefined : (sets.get(id) ?? getCriteriaSet(id));
  if (set === undefined) return { ok: false, issues: [unknownSet(file, id)] };
  const checked = checkCsvAssessment(csv.data, set, file);
  return checked.success
    ? { ok: true, set, assessment: checked.data }
    : { ok: false, issues: checked.issues };
}

async function loadWorkbook(
  bytes: Uint8Array,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
): Promise<Read | LoadedOneFailure> {
  // exceljs is heavy: load it only when a workbook is read.
  const { readAssessmentWorkbookOf } = await import('../node/excel/import.js');
  const candidates = [
    ...sets.values(),
    ...listCriteriaSets().flatMap((s) => getCriteriaSet(s.id) ?? []),
  ];
  // Loaded and bounded once, then matched against each candidate set.
  const r = await readAssessmentWorkbookOf(bytes, candidates, { file });
  if (r.success) return { ok: true, set: r.data.set, assessment: r.data.assessment };
  if (r.issues.every((i) => i.code === 'criteria_set_mismatch'))
    return { ok: false, issues: [unknownSet(file, undefined)] };
  return { ok: false, issues: r.issues };
}

function unknownSet(file: string, id: string | undefined): Issue {
  return fileIssue(
    file,
    'criteria_set_mismatch',
    `Không tìm thấy bộ chỉ số "${id ?? ''}" mà hồ sơ nêu. Dùng --criteria để chỉ tệp bộ chỉ số.`,
    `Criteria set "${id ?? ''}" named by the assessment was not found. Use --criteria to give its file.`,
    ['criteriaSet'],
  );
}
