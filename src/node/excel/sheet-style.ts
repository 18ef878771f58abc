import type { Borders, Fill } from 'exceljs';

// One look for every sheet a clerk types into (the self-assessment template, the appraisal
// workbook): the same colour means the same thing in both.

/** Cells to type into: light yellow. */
export const INPUT_FILL: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};
/** Cells the sheet computes: light blue. */
export const COMPUTED_FILL: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
/** Header cells: dark blue (with white bold text). */
export const HEAD_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
/** A thin grey border on all four sides. */
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points: two decimals, up to four when the value has them (`0,75`, `1,125`). */
export const POINTS_FORMAT = '0.00##';
