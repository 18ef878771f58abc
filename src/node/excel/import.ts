import type { Workbook, Worksheet } from 'exceljs';
import type { Issue, SafeParseResult } from '../../errors.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { safeParseAssessment } from '../../parse/parse-assessment.js';
import { contentText, readCell } from './cells.js';
import { excelIssue, nonEmpty } from './excel-issue.js';
import type { ExcelLimits } from './excel-limits.js';
import { criteriaFingerprint } from './fingerprint.js';
import { toCellIssue } from './import-paths.js';
import { type EntryInput, type RowContext, readNodeRow, readPoints } from './import-row.js';
import {
  ADJUSTMENTS_LABEL,
  COL,
  HEADER_ROWS,
  HEADERS,
  META_KEYS,
  SHEETS,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
} from './layout.js';
import { loadWorkbook } from './limits.js';
import { slug } from './slug.js';

/** Options of {@link readAssessmentWorkbook}. */
export interface ReadAssessmentOptions {
  /** File name put on issues. */
  readonly file?: string | undefined;
  /** Bounds on what is read (defaults: 20 MB, 50 sheets, 20 000 rows). */
  readonly limits?: ExcelLimits | undefined;
}

/**
 * Reads a filled self-assessment workbook (made by {@link writeAssessmentTemplate}) back into
 * an assessment, losslessly (values, self-scores, not-applicable reasons, evidence, explanations,
 * bonus and penalty points), and validates it with `safeParseAssessment` against `set`.
 *
 * Problems come back as issues with the file and the cell, e.g. path `['Tự chấm điểm', 'F12']`
 * and message "Ô F12: 'abc' không phải là số." Never throws; nothing partial is returned.
 *
 * @param data - The `.xlsx` file's bytes.
 * @param set - The criteria set the template was made from.
 * @param options - File name for issues; limits.
 * @example
 * const result = await readAssessmentWorkbook(await readFile('an-phu.xlsx'), set, { file: 'an-phu.xlsx' });
 * if (result.success) scoreAssessment(set, result.data);
 */
export async function readAssessmentWorkbook(
  data: Uint8Array,
  set: CriteriaSet,
  options: ReadAssessmentOptions = {},
): Promise<SafeParseResult<Assessment>> {
  const found = await readAssessmentWorkbookOf(data, [set], options);
  return found.success ? { success: true, data: found.data.assessment } : found;
}

/**
 * Like {@link readAssessmentWorkbook}, for a workbook whose criteria set is one of `sets`
 * (tried in order): the workbook is loaded and bounded once, however many sets are tried.
 * Fails with the `criteria_set_mismatch` issues of the last set when it was made from none.
 *
 * @param data - The `.xlsx` file's bytes.
 * @param sets - The candidate criteria sets, at least one.
 * @param options - File name for issues; limits.
 */
export async function readAssessmentWorkbookOf(
  data: Uint8Array,
  sets: readonly CriteriaSet[],
  options: ReadAssessmentOptions = {},
): Promise<SafeParseResult<{ readonly set: CriteriaSet; readonly assessment: Assessment }>> {
  const { file } = options;
  const loaded = await loadWorkbook(data, file, options.limits);
  if (!loaded.ok) return { success: false, issues: loaded.issues };
  let issues: readonly [Issue, ...Issue[]] = [unreadableForm(file)];
  for (const set of sets) {
    const r = readOrIssue(loaded.workbook, set, file);
    if (r.success) return { success: true, data: { set, assessment: r.data } };
    issues = r.issues;
    // A workbook made from another set says so; any other problem is this workbook's.
    if (!issues.every((i) => i.code === 'criteria_set_mismatch')) break;
  }
  return { success: false, issues };
}

function readOrIssue(
  wb: Workbook,
  set: CriteriaSet,
  file: string | undefined,
): SafeParseResult<Assessment> {
  try {
    return readLoaded(wb, set, file);
  } catch {
    // exceljs models are plain objects; this only guards against a workbook we did not foresee.
    return { success: false, issues: [unreadableForm(file)] };
  }
}

function unreadableForm(file: string | undefined): Issue {
  return excelIssue(
    'file_unreadable',
    'Không đọc được nội dung biểu tự chấm điểm.',
    'Cannot read the self-assessment workbook.',
    { file },
  );
}

function readLoaded(
  wb: Workbook,
  set: CriteriaSet,
  file: string | undefined,
): SafeParseResult<Assessment> {
  const ws = findSheet(wb, [SHEETS.main.vi, SHEETS.main.en]);
  if (ws === undefined) {
    const names = wb.worksheets.filter((s) => s.state === 'visible').map((s) => `"${s.name}"`);
    const issue = excelIssue(
      'invalid_value',
      `Không có trang tính "${SHEETS.main.vi}" (biểu tự chấm điểm). Tệp có: ${names.join(', ') || '(không có)'}.`,
      `No "${SHEETS.main.vi}" (or "${SHEETS.main.en}") worksheet. The file has: ${names.join(', ') || '(none)'}.`,
      { file },
    );
    return { success: false, issues: [issue] };
  }
  const ctx: RowContext = { sheet: ws.name, file };
  const issues: Issue[] = [];
  const header = (row: number): string | undefined => contentText(readCell(ws.getCell(`C${row}`)));
  const setId = checkMeta(wb, set, header(HEADER_ROWS.criteriaSet), ctx, issues);
  // A form for another set (or version) would only add noise row by row: stop here.
  if (nonEmpty(issues)) return { success: false, issues };
  const codes = new Map<string, CriteriaNode>();
  const walk = (nodes: readonly CriteriaNode[]): void => {
    for (const n of nodes) {
      codes.set(n.code, n);
      walk(n.children);
    }
  };
  walk(set.fields);
  const entries: EntryInput[] = [];
  const entryRows: number[] = [];
  const adjustments: Record<string, unknown>[] = [];
  const adjustmentRows: number[] = [];
  const seen = new Map<string, number>();
  let inAdjustments = false;
  for (let r = dataStart(ws); r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const code = contentText(readCell(row.getCell(COL.code)));
    if (code === undefined) continue;
    if (code === ADJUSTMENTS_LABEL.vi || code === ADJUSTMENTS_LABEL.en) {
      inAdjustments = true;
      continue;
    }
    if (inAdjustments) {
      const adjustment = readAdjustmentRow(ws, r, code, ctx, issues);
      if (adjustment !== undefined) {
        adjustments.push(adjustment);
        adjustmentRows.push(r);
      }
      continue;
    }
    const node = codes.get(code);
    const where = { file, sheet: ws.name, cell: `${COL.code}${r}` };
    if (node === undefined) {
      issues.push(
        excelIssue(
          'unknown_criterion',
          `Ô ${where.cell}: mã '${code}' không có trong bộ chỉ số ${set.id}.`,
          `Cell ${where.cell}: code '${code}' is not in criteria set ${set.id}.`,
          where,
        ),
      );
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      issues.push(
        excelIssue(
          'duplicate_entry',
          `Ô ${where.cell}: mã '${code}' đã có ở dòng ${first}.`,
          `Cell ${where.cell}: code '${code}' already appears on row ${first}.`,
          where,
        ),
      );
      continue;
    }
    seen.set(code, r);
    const entry = readNodeRow(row, node, ctx, issues);
    if (entry !== undefined) {
      entries.push(entry);
      entryRows.push(r);
    }
  }
  const unitId = header(HEADER_ROWS.unitId);
  const unitName = header(HEADER_ROWS.unitName);
  const input = {
    criteriaSet: setId ?? set.id,
    unit: {
      id: unitId ?? (unitName === undefined ? undefined : slug(unitName)),
      name: unitName,
      block: header(HEADER_ROWS.block),
    },
    period: header(HEADER_ROWS.period),
    entries,
    adjustments,
  };
  const parsed = safeParseAssessment(input, set);
  const all = parsed.success
    ? issues
    : [
        ...issues,
        ...parsed.issues.map((i) =>
          toCellIssue(i, { sheet: ws.name, file, entryRows, adjustmentRows }),
        ),
      ];
  if (nonEmpty(all)) return { success: false, issues: all };
  return parsed;
}

function readAdjustmentRow(
  ws: Worksheet,
  r: number,
  id: string,
  ctx: RowContext,
  issues: Issue[],
): Record<string, unknown> | undefined {
  const row = ws.getRow(r);
  const points = readPoints(
    readCell(row.getCell(COL.selfScore)),
    `${COL.selfScore}${r}`,
    ctx,
    issues,
  );
  if (points === undefined) return undefined;
  const reason = contentText(readCell(row.getCell(COL.explanation)));
  return reason === undefined ? { id, points } : { id, points, reason };
}

function checkMeta(
  wb: Workbook,
  set: CriteriaSet,
  visibleId: string | undefined,
  ctx: RowContext,
  issues: Issue[],
): string | undefined {
  const meta = wb.getWorksheet(SHEETS.meta);
  const values = new Map<string, string>();
  meta?.eachRow((row) => {
    const key = contentText(readCell(row.getCell(1)));
    const value = contentText(readCell(row.getCell(2)));
    if (key !== undefined && value !== undefined) values.set(key, value);
  });
  const format = values.get(META_KEYS.format);
  const version = Number(values.get(META_KEYS.version));
  const id = values.get(META_KEYS.criteriaSet) ?? visibleId;
  if ((meta !== undefined && format !== TEMPLATE_FORMAT) || version > TEMPLATE_VERSION) {
    issues.push(
      excelIssue(
        'unsupported_format',
        'Tệp không phải biểu tự chấm điểm do par-index tạo, hoặc do phiên bản mới hơn tạo.',
        'The file is not a self-assessment template made by par-index, or was made by a newer version.',
        { file: ctx.file },
      ),
    );
    return id;
  }
  if (meta !== undefined && version < TEMPLATE_VERSION) {
    issues.push(
      excelIssue(
        'unsupported_format',
        'Biểu mẫu do phiên bản cũ của par-index tạo (chưa có cột "Điểm tính"). Hãy tạo lại biểu mẫu bằng par-index template và chép số liệu sang.',
        'The form was made by an older par-index (without the "Points" column). Make the form again with par-index template and copy the entries over.',
        { file: ctx.file },
      ),
    );
    return id;
  }
  const cell = `C${HEADER_ROWS.criteriaSet}`;
  if (id !== undefined && id !== set.id) {
    issues.push(
      excelIssue(
        'criteria_set_mismatch',
        `Ô ${cell}: biểu mẫu dành cho bộ chỉ số '${id}', không phải '${set.id}'.`,
        `Cell ${cell}: the form is for criteria set '${id}', not '${set.id}'.`,
        { file: ctx.file, sheet: ctx.sheet, cell },
      ),
    );
    return id;
  }
  const fingerprint = values.get(META_KEYS.fingerprint);
  if (fingerprint !== undefined && fingerprint !== criteriaFingerprint(set)) {
    issues.push(
      excelIssue(
        'criteria_set_mismatch',
        `Ô ${cell}: biểu mẫu được tạo từ phiên bản khác của bộ chỉ số ${set.id} (mã, điểm tối đa hoặc cách chấm đã thay đổi). Hãy tạo lại biểu mẫu.`,
        `Cell ${cell}: the form was made from another version of criteria set ${set.id} (codes, maxima or rules changed). Make the form again.`,
        { file: ctx.file, sheet: ctx.sheet, cell },
      ),
    );
  }
  return id;
}

function findSheet(wb: Workbook, names: readonly string[]): Worksheet | undefined {
  const wanted = names.map((n) => n.normalize('NFC').toLowerCase());
  return wb.worksheets.find((s) => wanted.includes(s.name.normalize('NFC').trim().toLowerCase()));
}

// The data starts after the last row whose code column holds the "Mã" header (it spans two rows).
function dataStart(ws: Worksheet): number {
  const labels = [HEADERS.code.vi, HEADERS.code.en];
  let last = 0;
  for (let r = 1; r <= Math.min(30, ws.rowCount); r++) {
    const text = contentText(readCell(ws.getCell(`${COL.code}${r}`)));
    if (text !== undefined && labels.includes(text)) last = r;
  }
  return last + 1;
}
