import { getCriteriaSet, listCriteriaSets } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { assessmentWarnings, type InputWarning } from '../parse/assessment-warnings.js';
import { safeParseAssessment } from '../parse/parse-assessment.js';
import { criteriaSetIdOf } from './criteria-set-id.js';
import { type CsvEncoding, decodeCsv } from './csv/decode-csv.js';
import { checkCsvAssessment, csvToAssessmentInput } from './csv/read-assessment-csv.js';
import { EXCEL_LIMITS } from './excel/excel-limits.js';
import { UNSUPPORTED_SPREADSHEET, unsupportedSpreadsheet } from './excel/unsupported-format.js';
import { fileIssue, inFile } from './issue.js';
import { MAX_DATA_FILE_BYTES, parseDataBytes } from './parse-data-bytes.js';

// One reader of assessment files for the CLI and the page: each reads a file's bytes its own
// way (a capped file read, a dropped file) and hands them here, so both say the same things.

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

/** What kind of assessment input a file name says it is. */
export type AssessmentFileKind = 'unsupported' | 'workbook' | 'csv' | 'data';

/**
 * The kind of an assessment input by its name: a spreadsheet par-index does not read (.ods,
 * .xls …), a filled Excel workbook, a CSV file, or YAML/JSON data (anything else).
 */
export function assessmentFileKind(name: string): AssessmentFileKind {
  if (UNSUPPORTED_SPREADSHEET.test(name)) return 'unsupported';
  if (/\.xlsx$/i.test(name)) return 'workbook';
  if (/\.csv$/i.test(name)) return 'csv';
  return 'data';
}

/** Most bytes read of an assessment input of this kind (a workbook may be larger). */
export function assessmentByteLimit(kind: AssessmentFileKind): number {
  return kind === 'workbook' ? EXCEL_LIMITS.maxBytes : MAX_DATA_FILE_BYTES;
}

/**
 * Reads one assessment from its bytes: YAML/JSON, CSV, or a filled Excel self-assessment
 * workbook (checked against the known criteria sets), against `sets` or a bundled set.
 *
 * @param bytes - The file's bytes (already within {@link assessmentByteLimit}).
 * @param name - The file's name: its extension decides the reader.
 * @param file - The name put on issues.
 * @param sets - Criteria sets given by the user, tried before the bundled ones.
 * @param encoding - Encoding of a CSV file.
 */
export async function assessmentFromBytes(
  bytes: Uint8Array,
  name: string,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
  encoding: CsvEncoding = 'utf-8',
): Promise<LoadedOne> {
  const kind = assessmentFileKind(name);
  if (kind === 'unsupported') return { ok: false, issues: [unsupportedSpreadsheet(file)] };
  if (kind === 'workbook') return withWarnings(await loadWorkbook(bytes, file, sets));
  if (kind === 'csv') return withWarnings(loadCsv(bytes, file, sets, encoding));
  const data = parseDataBytes(bytes, file);
  if (!data.success) return { ok: false, issues: data.issues.map((i) => ({ ...i, file })) };
  const id = criteriaSetIdOf(data.data);
  const set = id === undefined ? undefined : (sets.get(id) ?? getCriteriaSet(id));
  if (set === undefined) return { ok: false, issues: [unknownSet(file, id)] };
  const parsed = safeParseAssessment(data.data, set);
  return parsed.success
    ? withWarnings({ ok: true, set, assessment: parsed.data })
    : { ok: false, issues: inFile(file, parsed.issues) };
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
  const { readAssessmentWorkbookOf } = await import('./excel/import.js');
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
