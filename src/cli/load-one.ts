import { readFile, stat } from 'node:fs/promises';
import { getCriteriaSet, listCriteriaSets } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { type CsvEncoding, decodeCsv } from '../node/csv/decode-csv.js';
import { checkCsvAssessment, csvToAssessmentInput } from '../node/csv/read-assessment-csv.js';
import {
  UNSUPPORTED_SPREADSHEET,
  unsupportedSpreadsheet,
} from '../node/excel/unsupported-format.js';
import { fileIssue, inFile } from '../node/issue.js';
import { criteriaSetIdOf } from '../node/load-files.js';
import { MAX_DATA_FILE_BYTES, parseDataBytes, readDataFile } from '../node/read-data-file.js';
import { safeParseAssessment } from '../parse/parse-assessment.js';
import type { CliIo } from './cli-io.js';

/** One assessment input read, or the problems that stopped it. */
export type LoadedOne =
  | { readonly ok: true; readonly set: CriteriaSet; readonly assessment: Assessment }
  | { readonly ok: false; readonly issues: readonly Issue[] };

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
  if (UNSUPPORTED_SPREADSHEET.test(abs))
    return { ok: false, issues: [unsupportedSpreadsheet(file)] };
  if (/\.xlsx$/i.test(abs)) return loadWorkbook(abs, file, sets);
  if (/\.csv$/i.test(abs)) return loadCsv(abs, file, sets, encoding);
  const data =
    abs === STDIN ? parseDataBytes(await io.readStdin(), STDIN) : await readDataFile(abs);
  if (!data.success) return { ok: false, issues: data.issues.map((i) => ({ ...i, file })) };
  const id = criteriaSetIdOf(data.data);
  const set = id === undefined ? undefined : (sets.get(id) ?? getCriteriaSet(id));
  if (set === undefined) return { ok: false, issues: [unknownSet(file, id)] };
  const parsed = safeParseAssessment(data.data, set);
  return parsed.success
    ? { ok: true, set, assessment: parsed.data }
    : { ok: false, issues: inFile(file, parsed.issues) };
}

async function loadCsv(
  abs: string,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
  encoding: CsvEncoding,
): Promise<LoadedOne> {
  const info = await stat(abs);
  if (info.size > MAX_DATA_FILE_BYTES) {
    return {
      ok: false,
      issues: [fileIssue(file, 'file_too_large', 'Tệp quá lớn.', 'File too large.')],
    };
  }
  const decoded = decodeCsv(new Uint8Array(await readFile(abs)), file, encoding);
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
  abs: string,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
): Promise<LoadedOne> {
  // exceljs is heavy: load it only when a workbook is read.
  const { readAssessmentWorkbook } = await import('../node/excel/import.js');
  const bytes = new Uint8Array(await readFile(abs));
  const candidates = [
    ...sets.values(),
    ...listCriteriaSets().flatMap((s) => getCriteriaSet(s.id) ?? []),
  ];
  for (const set of candidates) {
    const r = await readAssessmentWorkbook(bytes, set, { file });
    if (r.success) return { ok: true, set, assessment: r.data };
    // A workbook made from another set says so; any other problem is this workbook's.
    if (!r.issues.every((i) => i.code === 'criteria_set_mismatch'))
      return { ok: false, issues: r.issues };
  }
  return { ok: false, issues: [unknownSet(file, undefined)] };
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
