import type { Issue, SafeParseResult } from '../../errors.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { identityKey } from '../../parse/code-key.js';
import { safeParseAssessment } from '../../parse/parse-assessment.js';
import { nonEmpty } from '../excel/excel-issue.js';
import { fileIssue, inFile } from '../issue.js';
import { criteriaSetIdOf } from '../load-files.js';
import { parseDataText } from '../parse-data-text.js';
import {
  appraisalSides,
  declaredFingerprint,
  SIDE_FIELDS,
  sameField,
  sideField,
} from './appraisal-side.js';
import { writeAppraisalIntoText } from './edit-text.js';
import { mergeAppraisal } from './merge.js';
import type { AppraisalWorkbook } from './read-workbook.js';

/** An assessment file's text, as read. */
export interface AssessmentText {
  /** The file's name (its extension chooses JSON or YAML), put on issues. */
  readonly file: string;
  /** The file's text. */
  readonly text: string;
}

/** One assessment file with the appraisal merged in. */
export interface AppraisedFile {
  /** The file it was read from. */
  readonly file: string;
  /** The new text, in the file's own format. */
  readonly text: string;
  /** The assessment the new text holds (read back and checked). */
  readonly assessment: Assessment;
  /** Codes whose appraisal changed. */
  readonly changed: readonly string[];
}

/**
 * Merges appraisal workbooks into the units' assessment files (see {@link mergeAppraisal}): each
 * unit sheet is matched with the file of the same unit (criteria set and unit id), merged, and
 * written into that file's text in its own format (YAML keeps its comments and layout; JSON its
 * indentation). Every new text is read back and must hold exactly what the unit declared and the
 * merged appraisal. All or nothing: any problem in any workbook or file (a unit without a file,
 * two files for one unit, a unit in two workbooks, a conflict) and no file is returned, with every
 * problem. Files no workbook names are left out. Pure (texts in, texts out); never throws.
 *
 * @param workbooks - Workbooks read by {@link readAppraisalWorkbook}.
 * @param files - The assessment files (YAML or JSON) to merge into, scored against the workbooks'
 *   criteria sets.
 * @returns One result per unit of the workbooks, in their order.
 * @example
 * const wb = await readAppraisalWorkbook(bytes, [set], { file: 'tham-dinh.xlsx' });
 * if (wb.success) {
 *   const r = importAppraisal([wb.data], [{ file: 'hoa-ban.yaml', text }]);
 *   if (r.success) await writeFile('vong-1/hoa-ban.yaml', r.data[0].text);
 * }
 */
export function importAppraisal(
  workbooks: readonly AppraisalWorkbook[],
  files: readonly AssessmentText[],
): SafeParseResult<AppraisedFile[]> {
  const issues: Issue[] = [];
  const bySet = new Map(workbooks.map((w) => [w.set.id, w.set]));
  const read = new Map<string, { file: AssessmentText; assessment: Assessment }[]>();
  for (const f of files) {
    const r = readText(f, bySet);
    if (!r.success) {
      issues.push(...r.issues);
      continue;
    }
    const key = `${r.data.criteriaSetId}\u0000${identityKey(r.data.unit.id)}`;
    read.set(key, [...(read.get(key) ?? []), { file: f, assessment: r.data }]);
  }
  const done = new Map<string, string>();
  const out: AppraisedFile[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.units) {
      const key = `${wb.set.id}\u0000${identityKey(sheet.unitId)}`;
      const where = { file: wb.file, sheet: sheet.sheet };
      const at = (vi: string, en: string): Issue => ({
        code: 'appraisal_conflict',
        path: [sheet.sheet],
        message: vi,
        messageEn: en,
        ...(wb.file === undefined ? {} : { file: wb.file }),
      });
      const earlier = done.get(key);
      if (earlier !== undefined) {
        issues.push(
          at(
            `Đơn vị '${sheet.unitId}' đã có trong ${earlier}: mỗi đơn vị chỉ nhập từ một bảng thẩm định một lần.`,
            `Unit '${sheet.unitId}' is already in ${earlier}: import each unit from one workbook at a time.`,
          ),
        );
        continue;
      }
      done.set(key, `${wb.file ?? ''} (${sheet.sheet})`);
      const candidates = read.get(key) ?? [];
      const [found, second] = candidates;
      if (found === undefined || second !== undefined) {
        const names = candidates.map((c) => c.file.file).join(', ');
        issues.push(
          found === undefined
            ? at(
                `Không có hồ sơ của đơn vị '${sheet.unitId}' (bộ chỉ số ${wb.set.id}) trong các tệp đã cho.`,
                `No assessment file of unit '${sheet.unitId}' (criteria set ${wb.set.id}) among the files given.`,
              )
            : at(
                `Đơn vị '${sheet.unitId}' có nhiều hồ sơ: ${names}. Chỉ đưa một tệp cho mỗi đơn vị.`,
                `Unit '${sheet.unitId}' has several files: ${names}. Give one file per unit.`,
              ),
        );
        continue;
      }
      const merged = mergeAppraisal(found.assessment, sheet, wb.set, { file: where.file });
      if (!merged.success) {
        issues.push(...merged.issues);
        continue;
      }
      const written = writeBack(
        found.file,
        found.assessment,
        merged.data.assessment,
        merged.data.changed,
        wb.set,
      );
      if (!written.success) {
        issues.push(...written.issues);
        continue;
      }
      out.push({ ...written.data, changed: merged.data.changed });
    }
  }
  if (nonEmpty(issues)) return { success: false, issues };
  return { success: true, data: out };
}

function readText(
  f: AssessmentText,
  sets: ReadonlyMap<string, CriteriaSet>,
): SafeParseResult<Assessment> {
  const data = parseDataText(f.text, f.file);
  if (!data.success) return { success: false, issues: inFile(f.file, data.issues) };
  const id = criteriaSetIdOf(data.data);
  const set = id === undefined ? undefined : sets.get(id);
  if (set === undefined) {
    return {
      success: false,
      issues: [
        fileIssue(
          f.file,
          'criteria_set_mismatch',
          `Hồ sơ ghi bộ chỉ số '${id ?? ''}', không phải bộ chỉ số của bảng thẩm định.`,
          `The file names criteria set '${id ?? ''}', not the appraisal workbook's.`,
          ['criteriaSet'],
        ),
      ],
    };
  }
  const parsed = safeParseAssessment(data.data, set);
  return parsed.success ? parsed : { success: false, issues: inFile(f.file, parsed.issues) };
}

/** The merged appraisal written into the file's text, read back and checked. */
function writeBack(
  f: AssessmentText,
  before: Assessment,
  merged: Assessment,
  changed: readonly string[],
  set: CriteriaSet,
): SafeParseResult<Omit<AppraisedFile, 'changed'>> {
  const format = /\.json$/i.test(f.file) ? 'json' : 'yaml';
  const edited = writeAppraisalIntoText(f.text, format, merged, changed, set);
  const refused = (vi: string, en: string): SafeParseResult<never> => ({
    success: false,
    issues: [fileIssue(f.file, 'file_unreadable', vi, en)],
  });
  if (!edited.ok) return refused(...edited.reason);
  const again = readText({ file: f.file, text: edited.text }, new Map([[set.id, set]]));
  const sides = (a: Assessment) => appraisalSides(a);
  const same =
    again.success &&
    declaredFingerprint(again.data) === declaredFingerprint(before) &&
    sameSides(sides(again.data), sides(merged));
  if (!again.success || !same) {
    return refused(
      'Không ghi lại được hồ sơ mà vẫn giữ nguyên những gì đơn vị kê khai (có thể do số có quá nhiều chữ số). Không ghi gì; hãy báo lỗi này kèm tệp.',
      'Cannot write the file back keeping what the unit declared exactly (perhaps numbers with too many digits). Nothing written; please report this with the file.',
    );
  }
  return { success: true, data: { file: f.file, text: edited.text, assessment: again.data } };
}

function sameSides(
  a: ReadonlyMap<
    string,
    ReturnType<typeof appraisalSides> extends Map<string, infer S> ? S : never
  >,
  b: typeof a,
): boolean {
  const codes = new Set([...a.keys(), ...b.keys()]);
  return [...codes].every((c) =>
    SIDE_FIELDS.every((f) => sameField(f, sideField(a.get(c), f), sideField(b.get(c), f))),
  );
}
