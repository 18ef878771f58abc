import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';
import { SMALL_SET } from '../../engine/fixtures.js';

export { SMALL_SET };

/**
 * A unit of the 20-point test set, as its office wrote it (a comment, flow maps, quoted codes).
 * Self points by hand: 1.1 Có → 2; 1.2 declared 3 (the rule would give 1.5 for 90 %); 1.3 4.75;
 * field 1 = 9.75. 2.1: 4 − 3 × 0.25 = 3.25; 2.2 not applicable: field 2 = 3.25 of 4. Field 3
 * 3.1. Total 16.1 of 18 (2.2's 2 points leave the maximum).
 */
export const XA_THU_YAML = `# Hồ sơ tự đánh giá của Xã Thử (hư cấu)
criteriaSet: test-small
unit: { id: xa-thu, name: Xã Thử, block: xã }
period: "2023"
entries:
  - code: "1.1"
    value: Có # đã ban hành
    evidence:
      - { number: 12/KH-UBND, date: 2023-01-10 }
  - code: "1.2"
    value: 45/50
    selfScore: 3
  - code: "1.3"
    points: 4.75
    explanation: Đã kiểm tra 4/5 đơn vị
  - code: "2.1"
    value: 3
  - code: "2.2"
    notApplicable: Không có đơn vị sự nghiệp
  - code: "3"
    points: 3.1
`;

/** The same unit as a JSON file with a 4-space indent. */
export const XA_THU_JSON = `${JSON.stringify(parse(XA_THU_YAML), null, 4)}\n`;

/** The unit parsed. */
export const XA_THU = parseAssessment(parse(XA_THU_YAML), SMALL_SET);

/** Cell values to type in, by node code and column letter. */
export type Typed = Record<string, Record<string, string | number | null>>;

/**
 * Types values into a unit's sheet of a workbook, found by the code in column A, as a clerk
 * would (exceljs here; the end-to-end test uses openpyxl, an independent writer).
 */
export async function typeInto(
  bytes: Uint8Array,
  sheet: string,
  typed: Typed,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const ws = wb.getWorksheet(sheet);
  if (ws === undefined) throw new Error(`no sheet ${sheet}`);
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const code = row.getCell('A').value;
    if (typeof code === 'string' && n >= 10) rows.set(code, n);
  });
  for (const [code, cells] of Object.entries(typed)) {
    const r = rows.get(code);
    if (r === undefined) throw new Error(`no row ${code}`);
    for (const [col, value] of Object.entries(cells)) ws.getCell(`${col}${r}`).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
