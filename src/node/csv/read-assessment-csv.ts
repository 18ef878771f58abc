import type { Issue, SafeParseResult } from '../../errors.js';
import { foldText } from '../../internal/fold-text.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { safeParseAssessment } from '../../parse/parse-assessment.js';
import { fileIssue } from '../issue.js';
import { csvTooLarge, MAX_CSV_CELLS } from './csv-bounds.js';
import { parseCsv } from './parse-csv.js';

/** Most rows read from an assessment CSV (a criteria tree has a few hundred nodes). */
export const MAX_CSV_ROWS = 20_000;

// Header words, folded (no accents, lower case): English keys and the Vietnamese labels.
const META: Readonly<Record<string, string>> = {
  criteriaset: 'criteriaSet',
  'bo chi so': 'criteriaSet',
  unitid: 'unitId',
  'ma don vi': 'unitId',
  unitname: 'unitName',
  'ten don vi': 'unitName',
  block: 'block',
  khoi: 'block',
  period: 'period',
  ky: 'period',
  nam: 'period',
};
const COLUMNS: Readonly<Record<string, string>> = {
  code: 'code',
  ma: 'code',
  'ma tieu chi': 'code',
  value: 'value',
  'gia tri': 'value',
  points: 'points',
  diem: 'points',
  selfscore: 'selfScore',
  'diem tu cham': 'selfScore',
  appraisal1: 'appraisal1',
  'tham dinh lan 1': 'appraisal1',
  appraisal2: 'appraisal2',
  'tham dinh lan 2': 'appraisal2',
  notapplicable: 'notApplicable',
  'khong ap dung': 'notApplicable',
  explanation: 'explanation',
  'giai trinh': 'explanation',
  evidence: 'evidence',
  'tai lieu kiem chung': 'evidence',
};

// "A: 120; B: 30" or "A=120, B=30": survey answers written in one cell.
const ANSWERS =
  /^\s*[^\d\s:=;,][^:=;,]*[:=]\s*[\d.,]+\s*([;,]\s*[^\d\s:=;,][^:=;,]*[:=]\s*[\d.,]+\s*)*$/;

function cellValue(text: string): unknown {
  if (!ANSWERS.test(text)) return text;
  return Object.fromEntries(
    text
      .split(/[;,]\s*(?=[^\d\s])/)
      .map((pair) => pair.split(/[:=]/).map((s) => s.trim()) as [string, string]),
  );
}

/** An assessment read from CSV, before it is checked against its criteria set. */
export interface CsvAssessment {
  /** The authoring-format assessment (see docs/assessment-format.md). */
  readonly input: {
    /** Id of the criteria set, from the `criteriaSet` (Bộ chỉ số) row; undefined when absent. */
    readonly criteriaSet: string | undefined;
  } & Record<string, unknown>;
  /** The 1-based CSV row of each entry, for issue paths. */
  readonly rows: readonly number[];
}

/**
 * Reads the CSV form of an assessment, the format offices export from spreadsheets:
 * `key;value` rows for the criteria set, unit and period (`criteriaSet`, `unitId`, `unitName`,
 * `block`, `period`, or their Vietnamese labels), then a table whose header names the columns
 * (`code`, `value`, `points`, `selfScore`, `appraisal1`, `appraisal2`, `notApplicable`,
 * `explanation`, `evidence`, or their Vietnamese labels). See docs/assessment-format.md.
 *
 * @param text - The CSV text (`;` or `,` separated; a BOM is ignored).
 * @param file - File name put on issues.
 */
export function csvToAssessmentInput(text: string, file: string): SafeParseResult<CsvAssessment> {
  // Bounded before parsing: ten million short lines would take minutes and gigabytes.
  if (csvTooLarge(text)) return fail(tooManyCells(file));
  const rows = parseCsv(text);
  if (rows === undefined) {
    return fail(
      fileIssue(
        file,
        'invalid_syntax',
        'Dấu ngoặc kép (") không được đóng.',
        'A quote (") is never closed.',
      ),
    );
  }
  if (rows.length > MAX_CSV_ROWS) {
    return fail(
      fileIssue(
        file,
        'file_too_large',
        `Quá nhiều dòng (tối đa ${MAX_CSV_ROWS}).`,
        `Too many rows (at most ${MAX_CSV_ROWS}).`,
      ),
    );
  }
  const meta: Record<string, string> = {};
  const metaRow: Record<string, number> = {};
  const issues: Issue[] = [];
  let headerAt = -1;
  for (const [i, row] of rows.entries()) {
    const key = foldText(row[0] ?? '');
    if (COLUMNS[key] === 'code') {
      headerAt = i;
      break;
    }
    const name = META[key];
    if (name === undefined) continue;
    const first = metaRow[name];
    // Two "Mã đơn vị" rows: which one is meant cannot be guessed, so neither wins.
    if (first !== undefined) issues.push(twice(file, `row ${i + 1}`, row[0] ?? '', first));
    else {
      meta[name] = (row[1] ?? '').trim();
      metaRow[name] = i + 1;
    }
  }
  if (headerAt < 0) {
    return fail(
      fileIssue(
        file,
        'missing_field',
        "Không thấy dòng tiêu đề bảng bắt đầu bằng 'code' (hoặc 'mã').",
        "No table header row starting with 'code' (or 'mã') was found.",
      ),
    );
  }
  const headerRow = rows[headerAt] ?? [];
  const header = headerRow.map((h) => COLUMNS[foldText(h)]);
  header.forEach((column, j) => {
    const first = column === undefined ? -1 : header.indexOf(column);
    if (first >= 0 && first < j) {
      issues.push(
        fileIssue(
          file,
          'duplicate_entry',
          `Dòng ${headerAt + 1}: cột '${headerRow[j]}' (cột ${j + 1}) trùng với cột ${first + 1} ('${headerRow[first]}'); mỗi cột chỉ có một.`,
          `Row ${headerAt + 1}: column '${headerRow[j]}' (column ${j + 1}) repeats column ${first + 1} ('${headerRow[first]}'); give each column once.`,
          [`row ${headerAt + 1}`],
        ),
      );
    }
  });
  const [firstIssue, ...moreIssues] = issues;
  if (firstIssue !== undefined) return { success: false, issues: [firstIssue, ...moreIssues] };
  const entries: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (const [k, row] of rows.slice(headerAt + 1).entries()) {
    if (row.every((c) => c.trim() === '')) continue;
    entries.push(readEntry(row, header));
    rowNumbers.push(headerAt + 2 + k);
  }
  return {
    success: true,
    data: {
      input: {
        criteriaSet: meta['criteriaSet'],
        unit: { id: meta['unitId'], name: meta['unitName'], block: meta['block'] },
        period: meta['period'],
        entries,
      },
      rows: rowNumbers,
    },
  };
}

function readEntry(
  row: readonly string[],
  header: readonly (string | undefined)[],
): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  const rounds: string[] = [];
  for (const [j, raw] of row.entries()) {
    const column = header[j];
    const text = raw.trim();
    if (column === undefined || text === '') continue;
    if (column === 'appraisal1') rounds[0] = text;
    else if (column === 'appraisal2') rounds[1] = text;
    else if (column === 'evidence')
      entry['evidence'] = text.split(/\r?\n/).map((title) => ({ title }));
    else entry[column] = column === 'value' ? cellValue(text) : text;
  }
  if (rounds.length > 0) entry['appraisal'] = rounds.filter((r) => r !== undefined);
  return entry;
}

/** Checks a CSV assessment against its set; issues point at CSV rows (`['row 12', 'value']`). */
export function checkCsvAssessment(
  csv: CsvAssessment,
  set: CriteriaSet,
  file: string,
): SafeParseResult<Assessment> {
  const parsed = safeParseAssessment(csv.input, set);
  if (parsed.success) return parsed;
  const [first, ...rest] = parsed.issues.map((i) => ({ ...rowPath(i, csv.rows), file }));
  return first === undefined ? parsed : { success: false, issues: [first, ...rest] };
}

function rowPath(issue: Issue, rows: readonly number[]): Issue {
  const [head, n, ...rest] = issue.path;
  if (head !== 'entries' || typeof n !== 'number') return issue;
  return { ...issue, path: [`row ${rows[n] ?? '?'}`, ...rest] };
}

/** The issue for a CSV with more than {@link MAX_CSV_CELLS} cells. */
export function tooManyCells(file: string): Issue {
  return fileIssue(
    file,
    'file_too_large',
    `Tệp CSV quá lớn: hơn ${MAX_CSV_CELLS.toLocaleString('vi-VN')} ô (dấu phân cách và dòng). Không đọc tiếp.`,
    `The CSV file is too large: more than ${MAX_CSV_CELLS.toLocaleString('en-US')} cells (separators and lines). Not read further.`,
  );
}

function twice(file: string, at: string, label: string, first: number): Issue {
  return fileIssue(
    file,
    'duplicate_entry',
    `Dòng ${at.slice(4)}: '${label.trim()}' đã có ở dòng ${first}; mỗi thông tin chỉ ghi một lần.`,
    `Row ${at.slice(4)}: '${label.trim()}' was already given on row ${first}; give it once.`,
    [at],
  );
}

function fail(issue: Issue): SafeParseResult<never> {
  return { success: false, issues: [issue] };
}
