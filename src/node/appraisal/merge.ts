import type { Issue, SafeParseResult } from '../../errors.js';
import type { Assessment, AssessmentEntry } from '../../model/assessment.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { safeParseAssessment } from '../../parse/parse-assessment.js';
import { assessmentToInput } from '../../serialize/assessment-input.js';
import { excelIssue, nonEmpty } from '../excel/excel-issue.js';
import {
  type AppraisalSide,
  appraisalSides,
  declaredFingerprint,
  SIDE_FIELDS,
  type SideField,
  type SideValues,
  sameField,
  sideField,
  sideOf,
} from './appraisal-side.js';
import type { AppraisalSheet } from './read-workbook.js';
import { SIDE_COLUMNS } from './read-workbook.js';

/** An assessment with a workbook's appraisal merged in. */
export interface MergedAppraisal {
  /** The assessment, validated against its set: what the unit declared, the new appraisal. */
  readonly assessment: Assessment;
  /** Codes whose appraisal changed. */
  readonly changed: readonly string[];
}

/** Labels of the side fields in messages. */
const FIELD_WORDS: Readonly<Record<SideField, readonly [string, string]>> = {
  round1: ['điểm thẩm định lần 1', 'round 1 points'],
  round2: ['điểm thẩm định lần 2', 'round 2 points'],
  note1: ['lý do lần 1', 'round 1 reason'],
  note2: ['lý do lần 2', 'round 2 reason'],
  answer: ['ý kiến giải trình của đơn vị', "the unit's answer"],
};

/**
 * Merges one unit's sheet of an appraisal workbook into the unit's assessment: the rounds, their
 * reasons and the unit's answer are taken from the sheet; what the unit declared (values, self
 * scores, evidence, explanations, not-applicable reasons, bonus and penalty points) is kept as it
 * is. A three-way merge against what the workbook recorded when it was made:
 *
 * - the unit's declaration changed since (another period, another file, an edited value): an
 *   `appraisal_conflict`, nothing merged — make the workbook again;
 * - a round, reason or answer changed in the assessment since, to something other than what the
 *   sheet says: an `appraisal_conflict` at that cell (someone else appraised it meanwhile);
 * - otherwise the sheet's value wins (the same sheet can be imported again after round 1, with
 *   the answer and round 2 added).
 *
 * The result is validated with `safeParseAssessment` (points above an applicable maximum shrunk
 * by not-applicable criteria, for instance), issues naming the sheet's cells. Pure; never throws.
 *
 * @param assessment - The unit's assessment as it is now.
 * @param sheet - The unit's sheet, from {@link readAppraisalWorkbook}.
 * @param set - The criteria set.
 * @param options - `file`: the workbook's name, put on issues.
 * @example
 * const merged = mergeAppraisal(assessment, workbook.units[0], workbook.set, { file: 'tham-dinh.xlsx' });
 * if (merged.success) merged.data.changed; // ['1.1.1', '3']
 */
export function mergeAppraisal(
  assessment: Assessment,
  sheet: AppraisalSheet,
  set: CriteriaSet,
  options: { readonly file?: string | undefined } = {},
): SafeParseResult<MergedAppraisal> {
  const where = { file: options.file, sheet: sheet.sheet };
  const conflict = (vi: string, en: string, cell?: string): Issue =>
    excelIssue('appraisal_conflict', vi, en, cell === undefined ? where : { ...where, cell });
  const name = `${assessment.unit.name} (${assessment.unit.id})`;
  if (assessment.period !== sheet.period) {
    return fail(
      conflict(
        `Bảng thẩm định dành cho kỳ ${sheet.period}, hồ sơ của ${name} là kỳ ${assessment.period}.`,
        `The appraisal workbook is for period ${sheet.period}; the file of ${name} is for ${assessment.period}.`,
      ),
    );
  }
  if (declaredFingerprint(assessment) !== sheet.declaredFingerprint) {
    return fail(
      conflict(
        `Hồ sơ tự đánh giá của ${name} đã thay đổi kể từ khi tạo bảng thẩm định (số liệu, điểm tự chấm, tài liệu kiểm chứng, giải trình hoặc điểm thưởng/trừ). Không gộp gì: hãy tạo lại bảng thẩm định từ hồ sơ hiện tại và chép điểm thẩm định sang.`,
        `The self-assessment of ${name} changed since the appraisal workbook was made (values, self-scores, evidence, explanations or bonus/penalty points). Nothing merged: make the workbook again from the current file and copy the appraisal over.`,
      ),
    );
  }
  const ours = appraisalSides(assessment);
  const codes = new Set([...sheet.base.keys(), ...ours.keys(), ...sheet.sides.keys()]);
  const issues: Issue[] = [];
  const result = new Map<string, AppraisalSide | undefined>();
  const changed: string[] = [];
  for (const code of codes) {
    const values: Record<string, string | undefined> = {};
    for (const field of SIDE_FIELDS) {
      const base = sideField(sheet.base.get(code), field);
      const mine = sideField(ours.get(code), field);
      const theirs = sideField(sheet.sides.get(code), field);
      if (sameField(field, mine, base) || sameField(field, mine, theirs)) {
        values[field] = theirs;
        continue;
      }
      const cell = `${SIDE_COLUMNS[field]}${sheet.rows.get(code) ?? ''}`;
      const [vi, en] = FIELD_WORDS[field];
      const show = (v: string | undefined, lang: 'vi' | 'en') =>
        v === undefined ? (lang === 'vi' ? '(trống)' : '(empty)') : `"${v}"`;
      issues.push(
        conflict(
          `Ô ${cell}: ${vi} của '${code}' trong hồ sơ đã được sửa thành ${show(mine, 'vi')} (khi tạo bảng là ${show(base, 'vi')}), còn bảng thẩm định ghi ${show(theirs, 'vi')}. Hãy thống nhất một giá trị: sửa bảng hoặc hồ sơ cho khớp rồi nhập lại.`,
          `Cell ${cell}: ${en} of '${code}' was changed in the file to ${show(mine, 'en')} (${show(base, 'en')} when the workbook was made), and the workbook says ${show(theirs, 'en')}. Agree on one value: edit the workbook or the file to match, and import again.`,
          cell,
        ),
      );
    }
    const side = sideOf(values as SideValues);
    result.set(code, side);
    if (!sameSide(side, ours.get(code))) changed.push(code);
  }
  if (nonEmpty(issues)) return { success: false, issues };
  const merged = withSides(assessment, result, set);
  const parsed = safeParseAssessment(assessmentToInput(merged), set);
  if (!parsed.success) {
    const located = parsed.issues.map((i) => locate(i, merged, sheet, where));
    return { success: false, issues: located as [Issue, ...Issue[]] };
  }
  return { success: true, data: { assessment: parsed.data, changed } };
}

function fail(issue: Issue): SafeParseResult<never> {
  return { success: false, issues: [issue] };
}

function sameSide(a: AppraisalSide | undefined, b: AppraisalSide | undefined): boolean {
  return SIDE_FIELDS.every((f) => sameField(f, sideField(a, f), sideField(b, f)));
}

/** The assessment with each node's appraisal side replaced; new entries in tree order. */
function withSides(
  assessment: Assessment,
  sides: ReadonlyMap<string, AppraisalSide | undefined>,
  set: CriteriaSet,
): Assessment {
  const apply = (entry: AssessmentEntry, side: AppraisalSide | undefined): AssessmentEntry => {
    const { appraisalNotes: _n, unitAnswer: _u, ...declared } = entry;
    if (side === undefined) return { ...declared, appraisal: [] };
    return {
      ...declared,
      appraisal: side.rounds,
      ...(side.notes.some((n) => n !== null) ? { appraisalNotes: side.notes } : {}),
      ...(side.answer === undefined ? {} : { unitAnswer: side.answer }),
    };
  };
  const present = new Set(assessment.entries.map((e) => e.code));
  const entries = assessment.entries.map((e) =>
    sides.has(e.code) ? apply(e, sides.get(e.code)) : e,
  );
  const order = treeOrder(set);
  for (const [code, side] of sides) {
    if (present.has(code) || side === undefined) continue;
    const entry = apply({ code, appraisal: [], evidence: [] }, side);
    const at = entries.findIndex((e) => (order.get(e.code) ?? 0) > (order.get(code) ?? 0));
    entries.splice(at < 0 ? entries.length : at, 0, entry);
  }
  return { ...assessment, entries };
}

/** Each code's position in the set's tree (pre-order). */
export function treeOrder(set: CriteriaSet): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (nodes: readonly CriteriaNode[]): void => {
    for (const n of nodes) {
      order.set(n.code, order.size);
      walk(n.children);
    }
  };
  walk(set.fields);
  return order;
}

/** A validation issue of the merged assessment, placed on the sheet's row and column. */
function locate(
  issue: Issue,
  merged: Assessment,
  sheet: AppraisalSheet,
  where: { readonly file: string | undefined; readonly sheet: string },
): Issue {
  const [, i, key, k] = issue.path;
  const code = typeof i === 'number' ? merged.entries[i]?.code : undefined;
  const row = code === undefined ? undefined : sheet.rows.get(code);
  const column =
    key === 'appraisal'
      ? k === 1
        ? SIDE_COLUMNS.round2
        : SIDE_COLUMNS.round1
      : key === 'appraisalNotes'
        ? SIDE_COLUMNS.note1
        : key === 'unitAnswer'
          ? SIDE_COLUMNS.answer
          : undefined;
  if (row === undefined || column === undefined || issue.path[0] !== 'entries') {
    return excelIssue(issue.code, issue.message, issue.messageEn, where);
  }
  const cell = `${column}${row}`;
  return excelIssue(issue.code, `Ô ${cell}: ${issue.message}`, `Cell ${cell}: ${issue.messageEn}`, {
    ...where,
    cell,
  });
}
