import type { Workbook, Worksheet } from 'exceljs';
import type { Issue, SafeParseResult } from '../../errors.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { checkPoints } from '../../parse/check-points.js';
import { identityKey } from '../../parse/code-key.js';
import { contentText, readCell } from '../excel/cells.js';
import { excelIssue, nonEmpty } from '../excel/excel-issue.js';
import type { ExcelLimits } from '../excel/excel-limits.js';
import { criteriaFingerprint } from '../excel/fingerprint.js';
import { readPoints } from '../excel/import-row.js';
import { TEMPLATE_FORMAT } from '../excel/layout.js';
import { loadWorkbook } from '../excel/limits.js';
import { type AppraisalSide, type SideField, type SideValues, sideOf } from './appraisal-side.js';
import {
  ACOL,
  AFIRST_ROW,
  AHEADER_ROWS,
  AHEADERS,
  AMETA,
  APPRAISAL_FORMAT,
  APPRAISAL_SHEETS,
  APPRAISAL_VERSION,
  ATOTAL,
} from './layout.js';

/** One unit's sheet of an appraisal workbook, as read back. */
export interface AppraisalSheet {
  /** The worksheet's name, for messages. */
  readonly sheet: string;
  /** The unit's id, as recorded when the workbook was made. */
  readonly unitId: string;
  /** The period assessed. */
  readonly period: string;
  /** Fingerprint of what the unit declared when the workbook was made. */
  readonly declaredFingerprint: string;
  /** The appraisal each node had when the workbook was made, by code. */
  readonly base: ReadonlyMap<string, AppraisalSide>;
  /** The appraisal each node has in the workbook now, by code. */
  readonly sides: ReadonlyMap<string, AppraisalSide>;
  /** The row of each node's code, for issues. */
  readonly rows: ReadonlyMap<string, number>;
}

/** An appraisal workbook read back: its criteria set and one entry per unit sheet. */
export interface AppraisalWorkbook {
  /** The criteria set the workbook was made from. */
  readonly set: CriteriaSet;
  /** The file name given, for issues. */
  readonly file?: string | undefined;
  /** The units, in the order of their sheets. */
  readonly units: readonly AppraisalSheet[];
}

/** Options of {@link readAppraisalWorkbook}. */
export interface ReadAppraisalOptions {
  /** File name put on issues. */
  readonly file?: string | undefined;
  /** Bounds on what is read (defaults: 20 MB, 50 sheets, 20 000 rows). */
  readonly limits?: ExcelLimits | undefined;
}

/** The workbook column of each side field. */
export const SIDE_COLUMNS: Readonly<Record<SideField, string>> = {
  round1: ACOL.round1,
  note1: ACOL.note1,
  answer: ACOL.answer,
  round2: ACOL.round2,
  note2: ACOL.note2,
};

/**
 * Reads a filled appraisal workbook (made by {@link writeAppraisalWorkbook}): for each unit
 * sheet, the round 1 and round 2 points and reasons and the unit's answer typed in, and what the
 * workbook recorded when it was made. Refuses, with issues naming the sheet and cell, a workbook
 * that is not an appraisal workbook, one made from another criteria set or version, a number that
 * is not a number or is outside [0, max] or off the step, round 2 without round 1, a reason or an
 * answer without the round it belongs to, and points given both on a node and below it. Never
 * throws; nothing partial is returned.
 *
 * @param data - The `.xlsx` file's bytes.
 * @param sets - Candidate criteria sets; the one the workbook names is used.
 * @param options - File name for issues; limits.
 * @example
 * const r = await readAppraisalWorkbook(await readFile('tham-dinh.xlsx'), [set], { file: 'tham-dinh.xlsx' });
 * if (r.success) r.data.units.map((u) => u.unitId);
 */
export async function readAppraisalWorkbook(
  data: Uint8Array,
  sets: readonly CriteriaSet[],
  options: ReadAppraisalOptions = {},
): Promise<SafeParseResult<AppraisalWorkbook>> {
  const { file } = options;
  const loaded = await loadWorkbook(data, file, options.limits);
  if (!loaded.ok) return { success: false, issues: loaded.issues };
  try {
    return readLoaded(loaded.workbook, sets, file);
  } catch {
    // exceljs models are plain objects; this only guards against a workbook we did not foresee.
    return {
      success: false,
      issues: [
        excelIssue(
          'file_unreadable',
          'Không đọc được nội dung bảng thẩm định.',
          'Cannot read the appraisal workbook.',
          { file },
        ),
      ],
    };
  }
}

interface Meta {
  readonly values: Map<string, string>;
  readonly units: { id: string; period: string; fingerprint: string }[];
  readonly base: Map<string, Map<string, AppraisalSide>>;
}

function readMeta(wb: Workbook): Meta | undefined {
  const ws = wb.getWorksheet(APPRAISAL_SHEETS.meta);
  if (ws === undefined) return undefined;
  const meta: Meta = { values: new Map(), units: [], base: new Map() };
  ws.eachRow((row) => {
    const at = (c: number) => contentText(readCell(row.getCell(c)));
    const kind = at(1);
    if (kind === AMETA.unit) {
      meta.units.push({ id: at(2) ?? '', period: at(3) ?? '', fingerprint: at(4) ?? '' });
    } else if (kind === AMETA.base) {
      const unit = at(2) ?? '';
      const side = sideOf({
        round1: at(4) as DecimalString | undefined,
        round2: at(5) as DecimalString | undefined,
        note1: at(6),
        note2: at(7),
        answer: at(8),
      });
      const code = at(3);
      if (side === undefined || code === undefined) return;
      const sides = meta.base.get(unit) ?? new Map<string, AppraisalSide>();
      sides.set(code, side);
      meta.base.set(unit, sides);
    } else if (kind !== undefined) {
      meta.values.set(kind, at(2) ?? '');
    }
  });
  return meta;
}

function readLoaded(
  wb: Workbook,
  sets: readonly CriteriaSet[],
  file: string | undefined,
): SafeParseResult<AppraisalWorkbook> {
  const fail = (code: Issue['code'], vi: string, en: string): SafeParseResult<never> => ({
    success: false,
    issues: [excelIssue(code, vi, en, { file })],
  });
  const meta = readMeta(wb);
  const format = meta?.values.get(AMETA.format);
  if (format === TEMPLATE_FORMAT) {
    return fail(
      'unsupported_format',
      'Đây là biểu tự chấm điểm của đơn vị, không phải bảng thẩm định. Nhập nó bằng par-index import assessment; bảng thẩm định được tạo bằng par-index appraisal template.',
      "This is a unit's self-assessment workbook, not an appraisal workbook. Import it with par-index import assessment; appraisal workbooks are made by par-index appraisal template.",
    );
  }
  if (meta === undefined || format !== APPRAISAL_FORMAT) {
    return fail(
      'unsupported_format',
      'Tệp không phải bảng thẩm định do par-index tạo (par-index appraisal template).',
      'The file is not an appraisal workbook made by par-index (par-index appraisal template).',
    );
  }
  if (Number(meta.values.get(AMETA.version)) > APPRAISAL_VERSION) {
    return fail(
      'unsupported_format',
      'Bảng thẩm định do phiên bản mới hơn của par-index tạo: hãy cập nhật par-index.',
      'The appraisal workbook was made by a newer par-index: update par-index.',
    );
  }
  const setId = meta.values.get(AMETA.criteriaSet) ?? '';
  const set = sets.find((s) => s.id === setId);
  if (set === undefined) {
    return fail(
      'criteria_set_mismatch',
      `Bảng thẩm định dành cho bộ chỉ số '${setId}', không có trong các bộ chỉ số đã cho. Dùng --criteria để chỉ tệp bộ chỉ số.`,
      `The appraisal workbook is for criteria set '${setId}', which is not among those given. Use --criteria to give its file.`,
    );
  }
  if (meta.values.get(AMETA.fingerprint) !== criteriaFingerprint(set)) {
    return fail(
      'criteria_set_mismatch',
      `Bảng thẩm định được tạo từ phiên bản khác của bộ chỉ số ${set.id} (mã, điểm tối đa hoặc cách chấm đã thay đổi). Hãy tạo lại bảng thẩm định.`,
      `The appraisal workbook was made from another version of criteria set ${set.id} (codes, maxima or rules changed). Make the workbook again.`,
    );
  }
  const issues: Issue[] = [];
  const sheets = new Map<string, Worksheet>();
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || ws.name === APPRAISAL_SHEETS.meta) continue;
    const id = contentText(readCell(ws.getCell(`C${AHEADER_ROWS.unitId}`)));
    if (id !== undefined && meta.units.some((u) => identityKey(u.id) === identityKey(id))) {
      sheets.set(identityKey(id), ws);
    }
  }
  const nodes = new Map<string, CriteriaNode>();
  const walk = (list: readonly CriteriaNode[]): void => {
    for (const n of list) {
      nodes.set(n.code, n);
      walk(n.children);
    }
  };
  walk(set.fields);
  const units: AppraisalSheet[] = [];
  for (const u of meta.units) {
    const ws = sheets.get(identityKey(u.id));
    if (ws === undefined) {
      issues.push(
        excelIssue(
          'appraisal_conflict',
          `Không còn trang tính của đơn vị '${u.id}' (ô C${AHEADER_ROWS.unitId} ghi mã đơn vị): trang tính đã bị xóa hoặc mã bị sửa.`,
          `The worksheet of unit '${u.id}' is gone (cell C${AHEADER_ROWS.unitId} holds the unit id): it was deleted or the id edited.`,
          { file },
        ),
      );
      continue;
    }
    const read = readSheet(ws, nodes, { file, sheet: ws.name }, issues);
    units.push({
      sheet: ws.name,
      unitId: u.id,
      period: u.period,
      declaredFingerprint: u.fingerprint,
      base: meta.base.get(u.id) ?? new Map(),
      ...read,
    });
  }
  if (nonEmpty(issues)) return { success: false, issues };
  return { success: true, data: { set, file, units } };
}

interface Where {
  readonly file: string | undefined;
  readonly sheet: string;
}

function readSheet(
  ws: Worksheet,
  nodes: ReadonlyMap<string, CriteriaNode>,
  where: Where,
  issues: Issue[],
): Pick<AppraisalSheet, 'sides' | 'rows'> {
  const sides = new Map<string, AppraisalSide>();
  const rows = new Map<string, number>();
  const problem = (code: Issue['code'], cell: string, vi: string, en: string) =>
    issues.push(excelIssue(code, `Ô ${cell}: ${vi}`, `Cell ${cell}: ${en}`, { ...where, cell }));
  const totals: readonly string[] = [ATOTAL.vi, ATOTAL.en];
  for (let r = AFIRST_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (totals.includes(contentText(readCell(row.getCell(ACOL.name))) ?? '')) break;
    const code = contentText(readCell(row.getCell(ACOL.code)));
    if (code === undefined) continue;
    const node = nodes.get(code);
    if (node === undefined) {
      problem(
        'unknown_criterion',
        `${ACOL.code}${r}`,
        `mã '${code}' không có trong bộ chỉ số.`,
        `code '${code}' is not in the criteria set.`,
      );
      continue;
    }
    if (rows.has(code)) {
      problem(
        'duplicate_entry',
        `${ACOL.code}${r}`,
        `mã '${code}' đã có ở dòng ${rows.get(code)}.`,
        `code '${code}' already appears on row ${rows.get(code)}.`,
      );
      continue;
    }
    rows.set(code, r);
    const side = readRow(ws, r, node, where, issues);
    if (side !== undefined) sides.set(code, side);
  }
  checkNesting(sides, rows, nodes, where, issues);
  return { sides, rows };
}

function readRow(
  ws: Worksheet,
  r: number,
  node: CriteriaNode,
  where: Where,
  issues: Issue[],
): AppraisalSide | undefined {
  const row = ws.getRow(r);
  const text = (col: string) => contentText(readCell(row.getCell(col)));
  const before = issues.length;
  const points = (col: string, round: number): DecimalString | undefined => {
    const cell = `${col}${r}`;
    const value = readPoints(readCell(row.getCell(col)), cell, where, issues) as
      | DecimalString
      | undefined;
    if (value === undefined) return undefined;
    const step =
      node.children.length === 0 && node.rule?.kind === 'direct' ? node.rule.step : undefined;
    const what = [
      `Ô ${cell}: điểm thẩm định lần ${round} của '${node.code}'`,
      `Cell ${cell}: round ${round} points of '${node.code}'`,
    ] as const;
    for (const p of checkPoints(value, node.max, [], what, step)) {
      issues.push(excelIssue(p.code, p.message, p.messageEn, { ...where, cell }));
    }
    return value;
  };
  const values: SideValues = {
    round1: points(ACOL.round1, 1),
    round2: points(ACOL.round2, 2),
    note1: text(ACOL.note1),
    note2: text(ACOL.note2),
    answer: text(ACOL.answer),
  };
  const missing = (cell: string, vi: string, en: string) =>
    issues.push(
      excelIssue('invalid_value', `Ô ${cell}: ${vi}`, `Cell ${cell}: ${en}`, { ...where, cell }),
    );
  const h = AHEADERS;
  if (values.round1 === undefined && issues.length === before) {
    if (values.round2 !== undefined) {
      missing(
        `${ACOL.round2}${r}`,
        `có điểm lần 2 nhưng chưa có điểm lần 1 (ô ${ACOL.round1}${r}); hãy nhập điểm lần 1.`,
        `round 2 points without round 1 points (cell ${ACOL.round1}${r}); type round 1 first.`,
      );
    }
    if (values.note1 !== undefined) {
      missing(
        `${ACOL.note1}${r}`,
        `có lý do lần 1 nhưng chưa có điểm lần 1 (ô ${ACOL.round1}${r}).`,
        `a round 1 reason without round 1 points (cell ${ACOL.round1}${r}).`,
      );
    }
    if (values.answer !== undefined) {
      missing(
        `${ACOL.answer}${r}`,
        `có "${h.answer.vi}" nhưng chưa có điểm thẩm định lần 1 (ô ${ACOL.round1}${r}) để giải trình.`,
        `"${h.answer.en}" without round 1 points (cell ${ACOL.round1}${r}) to answer.`,
      );
    }
  }
  if (values.round2 === undefined && values.note2 !== undefined && issues.length === before) {
    missing(
      `${ACOL.note2}${r}`,
      `có lý do lần 2 nhưng chưa có điểm lần 2 (ô ${ACOL.round2}${r}).`,
      `a round 2 reason without round 2 points (cell ${ACOL.round2}${r}).`,
    );
  }
  return issues.length === before ? sideOf(values) : undefined;
}

/** Points given both on a node and on a node below it: which did the team mean? */
function checkNesting(
  sides: ReadonlyMap<string, AppraisalSide>,
  rows: ReadonlyMap<string, number>,
  nodes: ReadonlyMap<string, CriteriaNode>,
  where: Where,
  issues: Issue[],
): void {
  const scored = new Set([...sides].filter(([, s]) => s.rounds.length > 0).map(([c]) => c));
  for (const code of scored) {
    const below: string[] = [];
    const walk = (list: readonly CriteriaNode[]): void => {
      for (const n of list) {
        if (scored.has(n.code)) below.push(n.code);
        walk(n.children);
      }
    };
    walk(nodes.get(code)?.children ?? []);
    if (below.length === 0) continue;
    const cell = `${ACOL.round1}${rows.get(code) ?? ''}`;
    const list = below.map((c) => `'${c}' (${ACOL.round1}${rows.get(c) ?? ''})`).join(', ');
    issues.push(
      excelIssue(
        'invalid_value',
        `Ô ${cell}: '${code}' được chấm cả tổng lẫn tiêu chí con ${list}. Chỉ chấm một nơi: xóa điểm ở dòng '${code}' hoặc ở các tiêu chí con.`,
        `Cell ${cell}: '${code}' is appraised as a total and below it too, at ${list}. Appraise one level: clear the points on '${code}' or on the criteria below.`,
        { ...where, cell },
      ),
    );
  }
}
