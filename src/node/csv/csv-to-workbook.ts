import ExcelJS from 'exceljs';
import type { CsvRows } from './parse-csv.js';

/**
 * One-sheet workbook holding CSV rows as text, so that a criteria table saved as CSV goes
 * through the same reader as the spreadsheet provinces send (`importCriteriaSheet`).
 */
export async function csvToWorkbook(rows: CsvRows, sheetName = 'CSV'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
