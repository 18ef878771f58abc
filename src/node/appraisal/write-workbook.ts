import ExcelJS from 'exceljs';
import { scoreAssessment } from '../../engine/score-assessment.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { criteriaFingerprint } from '../excel/fingerprint.js';
import { appraisalSides, declaredFingerprint } from './appraisal-side.js';
import { fillAppraisalGuide } from './guide-sheet.js';
import {
  AMETA,
  APPRAISAL_FORMAT,
  APPRAISAL_SHEETS,
  APPRAISAL_VERSION,
  type AppraisalLang,
} from './layout.js';
import { fillUnitSheet } from './unit-sheet.js';

/** Options of {@link writeAppraisalWorkbook}. */
export interface AppraisalWorkbookOptions {
  /** Language of labels: `vi` (default) or `en`. */
  readonly lang?: AppraisalLang | undefined;
}

/**
 * Writes the appraisal workbook (bảng thẩm định) for one unit or a whole block: one sheet per
 * unit showing, locked, what the unit declared (value, self points, evidence, explanation) beside
 * yellow input cells for round 1 points and reason, the unit's answer (giải trình), round 2
 * points and reason, pre-filled with what the assessments already hold. Points cells accept a
 * number from 0 to the node's maximum (on the step of a criterion scored directly); any node may
 * be appraised, a field total too. A live column shows the points after appraisal.
 *
 * A very hidden sheet records the criteria set (and a fingerprint of its version), each unit with
 * a fingerprint of what it declared, and the appraisal each assessment held when the workbook was
 * made, so that {@link mergeAppraisal} can tell what changed since.
 *
 * @param set - The criteria set every assessment is scored against.
 * @param assessments - The units, in the order of their sheets (at least one; one set, ids unique).
 * @param options - Language.
 * @returns The `.xlsx` file's bytes.
 * @throws RangeError when no assessment is given, one names another set or two share an id.
 * @example
 * const bytes = await writeAppraisalWorkbook(set, [hoaBan, suoiTrong]);
 * await writeFile('tham-dinh.xlsx', bytes);
 */
export async function writeAppraisalWorkbook(
  set: CriteriaSet,
  assessments: readonly Assessment[],
  options: AppraisalWorkbookOptions = {},
): Promise<Uint8Array> {
  if (assessments.length === 0) throw new RangeError('writeAppraisalWorkbook: no assessment');
  const ids = new Set<string>();
  for (const a of assessments) {
    if (a.criteriaSetId !== set.id) {
      throw new RangeError(`writeAppraisalWorkbook: ${a.unit.id} is not scored against ${set.id}`);
    }
    if (ids.has(a.unit.id)) throw new RangeError(`writeAppraisalWorkbook: ${a.unit.id} twice`);
    ids.add(a.unit.id);
  }
  const lang = options.lang ?? 'vi';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'par-index';
  // A fixed date keeps the file reproducible for the same input.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  wb.calcProperties.fullCalcOnLoad = true;
  const names = new Set<string>([APPRAISAL_SHEETS.guide[lang], APPRAISAL_SHEETS.meta]);
  for (const a of assessments) {
    const ws = wb.addWorksheet(sheetName(a.unit.name, names), {
      properties: { tabColor: { argb: 'FF7F6000' } },
    });
    fillUnitSheet(ws, {
      set,
      assessment: a,
      self: scoreAssessment(set, a, { stage: 'self' }),
      lang,
    });
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  const guide = wb.addWorksheet(APPRAISAL_SHEETS.guide[lang]);
  fillAppraisalGuide(guide, set, lang);
  await guide.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  const meta = wb.addWorksheet(APPRAISAL_SHEETS.meta, { state: 'veryHidden' });
  meta.addRow([AMETA.format, APPRAISAL_FORMAT]);
  meta.addRow([AMETA.version, APPRAISAL_VERSION]);
  meta.addRow([AMETA.criteriaSet, set.id]);
  meta.addRow([AMETA.fingerprint, criteriaFingerprint(set)]);
  meta.addRow([AMETA.lang, lang]);
  for (const a of assessments) {
    meta.addRow([AMETA.unit, a.unit.id, a.period, declaredFingerprint(a)]);
  }
  for (const a of assessments) {
    for (const [code, side] of appraisalSides(a)) {
      meta.addRow([
        AMETA.base,
        a.unit.id,
        code,
        side.rounds[0] ?? '',
        side.rounds[1] ?? '',
        side.notes[0] ?? '',
        side.notes[1] ?? '',
        side.answer ?? '',
      ]);
    }
  }
  // Every value of the metadata is text: "0.50" must come back as written.
  meta.eachRow((row) => {
    row.eachCell((cell) => {
      cell.numFmt = '@';
      if (typeof cell.value === 'number') cell.value = String(cell.value);
    });
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** A sheet name from the unit's name: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(unitName: string, taken: Set<string>): string {
  const base =
    unitName
      .replace(/[[\]:*?/\\\p{Cc}]/gu, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Đơn vị';
  let name = base.slice(0, 31).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
