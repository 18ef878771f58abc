import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { importCriteriaSheet } from '../../src/node/excel/criteria-import.js';
import { readAssessmentWorkbook } from '../../src/node/excel/import.js';
import { writeAssessmentTemplate } from '../../src/node/excel/template.js';
import { writeResultsCsv } from '../../src/node/reports/results-csv.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { rankResults } from '../../src/ranking/rank-results.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectFailure, expectNoPollution, expectWellFormedIssue } from './helpers.js';

const SET = parseCriteriaSet(setDoc());
afterEach(() => expectNoPollution());

/** Bytes of a zip whose only entry claims to inflate to 4 GB (a zip-bomb header). */
function zipBombHeader(): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, 0, true);
  lv.setUint32(22, 0xfffffff0, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, 0, true);
  cv.setUint32(24, 0xfffffff0, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + eocd.length);
  out.set(local);
  out.set(central, local.length);
  out.set(eocd, local.length + central.length);
  return out;
}

const JUNK: [string, Uint8Array][] = [
  ['empty bytes', new Uint8Array(0)],
  ['text', new TextEncoder().encode('code;name;max\n1;x;1\n')],
  ['random bytes', Uint8Array.from({ length: 10_000 }, (_, i) => (i * 2654435761) % 256)],
  [
    'an OLE (.xls / encrypted) header',
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  ],
  ['a truncated zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ['a zip-bomb header', zipBombHeader()],
];

describe('Excel readers on hostile bytes', () => {
  it.each(JUNK)('readAssessmentWorkbook(%s) fails with coded issues', async (_, bytes) => {
    expectFailure(await readAssessmentWorkbook(bytes, SET, { file: 'x.xlsx' }));
  });

  it.each(JUNK)('importCriteriaSheet(%s) reports problems and no criteria', async (_, bytes) => {
    const r = await importCriteriaSheet(bytes, { file: 'x.xlsx' });
    expect(r.criteria).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expectWellFormedIssue(p);
  });

  it('a 21 MB buffer is refused by size before any parsing', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expectFailure(await readAssessmentWorkbook(big, SET), 'file_too_large');
  });
});

async function filledTemplate(
  cells: (ws: ExcelJS.Worksheet, rowOf: (code: string) => number) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (
      await writeAssessmentTemplate(SET, { unit: { id: 'xa-a', name: 'Xã A', block: 'xã' } })
    ).slice().buffer,
  );
  const ws = wb.worksheets.find((s) => s.name === 'Tự chấm điểm');
  if (ws === undefined) throw new Error('no main sheet');
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const code = row.getCell('A').value;
    if (typeof code === 'string') rows.set(code, n);
  });
  cells(ws, (code) => rows.get(code) ?? 0);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Excel assessment with hostile cells', () => {
  it('formulas, __proto__ text, NaN-ish text and huge numbers give cell issues, never a crash', async () => {
    const bytes = await filledTemplate((ws, rowOf) => {
      ws.getCell(`E${rowOf('1.1')}`).value = '__proto__';
      ws.getCell(`F${rowOf('1.2')}`).value = {
        formula: '1/0',
        result: { error: '#DIV/0!' },
      } as ExcelJS.CellValue;
      ws.getCell(`F${rowOf('1.3')}`).value = 'NaN';
      ws.getCell(`F${rowOf('1.4')}`).value = 1e308;
      ws.getCell(`E${rowOf('2.1')}`).value = 'constructor: 5; __proto__: 3';
      ws.getCell(`M${rowOf('1.5')}`).value = 'x'.repeat(32_000);
    });
    const r = await readAssessmentWorkbook(bytes, SET, { file: 'hostile.xlsx' });
    expectFailure(r);
  });

  it('a header cell holding a prototype name is just text', async () => {
    const bytes = await filledTemplate((ws) => {
      ws.getCell('C4').value = '__proto__';
      ws.getCell('C3').value = '=HYPERLINK("http://evil")';
    });
    const r = await readAssessmentWorkbook(bytes, SET, { file: 'h.xlsx' });
    if (r.success) expect(r.data.unit.id).toBe('__proto__');
    else for (const i of r.issues) expectWellFormedIssue(i);
  });
});

describe('CSV report with hostile unit names', () => {
  it('neutralises formulas, quotes separators and line breaks, keeps diacritics', () => {
    const names = [
      '=HYPERLINK("http://evil","x")',
      '+SUM(A1)',
      '@cmd',
      '-2+3',
      'Xã "A"; B\r\nC',
      'Xa\u0303 D\u202e',
    ];
    const results = names.map((name, i) => {
      const doc = assessmentDoc() as { unit: Record<string, string> };
      doc.unit = { id: `u${i}`, name, block: 'xã' };
      return scoreAssessment(SET, parseAssessment(doc, SET));
    });
    const csv = writeResultsCsv({ results, ranking: rankResults(results), lang: 'vi' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(csv).toContain(`'=HYPERLINK(""http://evil"",""x"")`);
    expect(csv).toContain("'+SUM(A1)");
    expect(csv).toContain("'@cmd");
    expect(csv).toContain("'-2+3");
    expect(csv).toContain('"Xã ""A""; B\r\nC"');
    // header + 6 rows + the quoted line break, then an empty line, the block statistics'
    // header and its one block, and the final empty string
    expect(lines).toHaveLength(9 + 3);
    for (const line of lines) expect(line).not.toMatch(/(^|;)[=+@]/);
  });
});
