import ExcelJS from 'exceljs';

/** Opens a workbook's bytes, lets `edit` change it as a clerk would, and saves it again. */
export async function editWorkbook(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The worksheet named `name`, or an error (tests only). */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Sets cells of a worksheet: `{ F12: 1, E12: 'Có' }`. */
export function setCells(ws: ExcelJS.Worksheet, cells: Record<string, ExcelJS.CellValue>): void {
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
}
