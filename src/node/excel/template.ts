import ExcelJS from 'exceljs';
import type { UnitInfo } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { criteriaFingerprint } from './fingerprint.js';
import {
  META_KEYS,
  SHEETS,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
  type TemplateLang,
} from './layout.js';
import { fillGuideSheet } from './template-guide.js';
import { fillMainSheet } from './template-sheet.js';

/** Options of {@link writeAssessmentTemplate}. */
export interface AssessmentTemplateOptions {
  /** Language of labels and rule texts: `vi` (default) or `en`. */
  readonly lang?: TemplateLang | undefined;
  /** Unit to pre-fill in the header block. */
  readonly unit?: UnitInfo | undefined;
  /** Period to pre-fill (defaults to the set's year). */
  readonly period?: string | undefined;
}

/**
 * Writes the self-assessment workbook (biểu tự chấm điểm) a unit fills in for a criteria set.
 *
 * Sheet "Tự chấm điểm" has a header block (unit, period, set id), one row per node of the tree
 * (code, name indented by depth, maximum, scoring rule in words) and input columns: value,
 * self-score, not applicable (reason), evidence (number, date, issuer, title, page/section) and
 * explanation. Inputs carry drop-downs (Có / Không) and number checks (0..max). The sheet is
 * protected without a password, with only input cells unlocked. Sheet "Hướng dẫn" explains
 * how to fill it in; a very hidden sheet stores the set id and a fingerprint of its version,
 * which {@link readAssessmentWorkbook} checks.
 *
 * @param set - A validated criteria set.
 * @param options - Language and pre-filled unit and period.
 * @returns The `.xlsx` file's bytes.
 * @example
 * const bytes = await writeAssessmentTemplate(set, { unit: { id: 'an-phu', name: 'Huyện An Phú', block: 'huyện' } });
 * await writeFile('tu-cham-diem.xlsx', bytes);
 */
export async function writeAssessmentTemplate(
  set: CriteriaSet,
  options: AssessmentTemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'par-index';
  wb.calcProperties.fullCalcOnLoad = true;
  const main = wb.addWorksheet(SHEETS.main[lang], {
    properties: { tabColor: { argb: 'FF1F4E78' } },
  });
  fillMainSheet(main, set, { lang, unit: options.unit, period: options.period });
  await main.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const guide = wb.addWorksheet(SHEETS.guide[lang]);
  fillGuideSheet(guide, set, lang);
  await guide.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  const meta = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const rows: [string, string | number][] = [
    [META_KEYS.format, TEMPLATE_FORMAT],
    [META_KEYS.version, TEMPLATE_VERSION],
    [META_KEYS.criteriaSet, set.id],
    [META_KEYS.fingerprint, criteriaFingerprint(set)],
    [META_KEYS.lang, lang],
  ];
  for (const r of rows) meta.addRow(r);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
