import ExcelJS from 'exceljs';
import { buildReportView } from './report-data.js';
import type { ReportInput } from './report-input.js';
import { addAlertsSheet, addDetailSheet, addLostSheet } from './workbook-detail-sheets.js';
import {
  addBlockStatsSheet,
  addFieldIndicesSheet,
  addRankingSheet,
} from './workbook-ranking-sheets.js';

/**
 * Writes the results workbook (.xlsx) a provincial office can file as is: sheets "Xếp hạng"
 * (ranking per block with points, index, band, rank change, triggers, and a band legend per
 * criteria set), "Thống kê khối" (block statistics), "Chỉ số thành phần"
 * (field sub-indices), "Điểm chi tiết" (every node's points per unit), "Điểm bị trừ" (points
 * lost at appraisal) and "Cảnh báo" (triggers fired and scoring warnings). Sheet names and
 * headers follow `input.lang`.
 *
 * Numbers are stored as numbers converted from the rounded decimal string, with a number format
 * of the published places, so each cell shows and holds the published value. Text cells that
 * could start a formula are prefixed with an apostrophe (see {@link neutraliseCell}).
 *
 * @param input - Results, ranking and options.
 * @returns The .xlsx file bytes.
 * @example
 * const bytes = await writeResultsWorkbook({ results, ranking: rankResults(results) });
 * await writeFile('ket-qua.xlsx', bytes);
 */
export async function writeResultsWorkbook(input: ReportInput): Promise<Uint8Array> {
  const view = buildReportView(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'par-index';
  workbook.title = view.title;
  // A fixed date keeps the file reproducible for the same input.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addRankingSheet(workbook, view);
  addBlockStatsSheet(workbook, view);
  addFieldIndicesSheet(workbook, view);
  addDetailSheet(workbook, view);
  addLostSheet(workbook, view);
  addAlertsSheet(workbook, view);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
