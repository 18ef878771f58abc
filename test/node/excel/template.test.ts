import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeAssessmentTemplate } from '../../../src/node/excel/template.js';
import { tinySet } from './tiny-set.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('writeAssessmentTemplate', () => {
  it('writes the self-assessment sheet, the guide and a very hidden metadata sheet', async () => {
    const wb = await load(await writeAssessmentTemplate(tinySet()));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Tự chấm điểm', 'visible'],
      ['Hướng dẫn', 'visible'],
      ['par-index', 'veryHidden'],
    ]);
    const meta = sheet(wb, 'par-index');
    const values = meta
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(values).toEqual([
      ['format', 'par-index/assessment-template'],
      ['version', 2],
      ['criteriaSet', 'thu-excel-2024'],
      ['fingerprint', expect.stringMatching(/^[0-9a-f]{8}$/)],
      ['lang', 'vi'],
    ]);
    const guide = sheet(wb, 'Hướng dẫn');
    expect(guide.getCell('A1').value).toBe('HƯỚNG DẪN ĐIỀN BIỂU TỰ CHẤM ĐIỂM');
    expect(String(guide.getCell('A2').value)).toContain('thu-excel-2024');
  });

  it('has Vietnamese headers, a header block and one row per node in tree order', async () => {
    const wb = await load(
      await writeAssessmentTemplate(tinySet(), {
        unit: { id: 'an-phu', name: 'Xã An Phú', block: 'xã' },
        period: '2024',
      }),
    );
    const ws = sheet(wb, 'Tự chấm điểm');
    const headers = 'ABCDEFGHN'.split('').map((c) => ws.getCell(`${c}9`).value);
    expect(headers).toEqual([
      'Mã',
      'Nội dung tiêu chí',
      'Điểm tối đa',
      'Cách chấm điểm',
      'Giá trị',
      'Điểm tự chấm',
      'Điểm tính (như par-index)',
      'Không áp dụng (lý do)',
      'Giải trình',
    ]);
    expect(ws.getCell('I9').value).toBe('Tài liệu kiểm chứng');
    expect('IJKLM'.split('').map((c) => ws.getCell(`${c}10`).value)).toEqual([
      'Số, ký hiệu',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Trích yếu',
      'Trang/mục',
    ]);
    expect(['C3', 'C4', 'C5', 'C6', 'C7'].map((a) => ws.getCell(a).value)).toEqual([
      'Xã An Phú',
      'an-phu',
      'xã',
      '2024',
      'thu-excel-2024',
    ]);
    const codes = [11, 12, 13, 14, 15, 16, 17, 18, 19].map((r) => ws.getCell(`A${r}`).value);
    expect(codes).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '3', '3.1', '3.2']);
    expect(ws.getCell('B11').alignment?.indent ?? 0).toBe(0);
    expect(ws.getCell('B12').alignment?.indent).toBe(1);
    expect(ws.getCell('C13').value).toBe(2);
    expect(ws.getCell('C13').numFmt).toBe('0.00##');
    expect(ws.getCell('D12').value).toBe('Có: 1 điểm; Không: 0 điểm');
    expect(ws.getCell('D11').value).toBe('Tổng điểm các tiêu chí thành phần');
    // Parents and the total add the "Điểm tính" column (G), or say the sheet cannot.
    expect(ws.getCell('F11').value).toBeNull();
    expect(ws.getCell('G11').value).toEqual({
      formula: 'IF(COUNT(G12,G13)=2,ROUND(SUM(G12,G13),10),"chấm bằng par-index")',
    });
    expect(ws.getCell('B20').value).toBe('TỔNG ĐIỂM CÁC LĨNH VỰC (chưa gồm điểm thưởng, điểm trừ)');
    expect(ws.getCell('C20').value).toBe(10);
    expect(ws.getCell('G20').value).toEqual({
      formula: 'IF(COUNT(G11,G14,G17)=3,ROUND(SUM(G11,G14,G17),10),"chấm bằng par-index")',
    });
    // Leaves: N/A 0, else a typed self-score, else nothing 0, else the rule (yes-no: Có 1, Không 0).
    expect(ws.getCell('G12').value).toEqual({
      formula:
        'IF(LEN(TRIM(H12))>0,0,IF(ISNUMBER(F12),F12,IF(LEN(TRIM(F12))>0,"chấm bằng par-index",IF(LEN(TRIM(E12))=0,0,IF(ISNUMBER(E12),"chấm bằng par-index",IF(OR(TRIM(E12)="Có",TRIM(E12)="Yes"),1,IF(OR(TRIM(E12)="Không",TRIM(E12)="No"),0,"chấm bằng par-index")))))))',
    });
    // Survey answers per option: only par-index scores them.
    expect(String((ws.getCell('G18').value as { formula: string }).formula)).toMatch(
      /,"chấm bằng par-index"\)\)\)\)$/,
    );
    // The ratio row reads its percentage in the hidden helper column O; ratio cells stay text.
    expect(ws.getColumn('O').hidden).toBe(true);
    expect(ws.getCell('O15').value).toHaveProperty('formula');
    expect(ws.getCell('E15').numFmt).toBe('@');
    expect(ws.getCell('A22').value).toBe('ĐIỂM THƯỞNG, ĐIỂM TRỪ');
    expect(ws.getCell('A23').value).toBe('initiative');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 10 });
    expect(ws.getColumn('B').width).toBe(48);
  });

  it('prints on A4 landscape, one page wide, headers on every page; rows fit their texts', async () => {
    const ws = sheet(await load(await writeAssessmentTemplate(tinySet())), 'Tự chấm điểm');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '9:10',
    });
    // 2.1's rule "Tỷ lệ từ 100 %: 2 điểm; từ 80 % đến dưới 100 %: 1 điểm; dưới 80 %: 0 điểm"
    // is 70 characters in a 36-character column: 3 lines of 15 points, and a little room.
    expect(String(ws.getCell('D15').value).length).toBeGreaterThan(2 * 34);
    expect(ws.getRow(15).height).toBe(3 * 15 + 3);
    // A one-line row stays one line high.
    expect(ws.getRow(12).height).toBe(18);
  });

  it('adds drop-downs and number checks matching each rule', async () => {
    const ws = sheet(await load(await writeAssessmentTemplate(tinySet())), 'Tự chấm điểm');
    expect(ws.getCell('E12').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Có,Không"'],
    });
    expect(ws.getCell('F12').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1],
    });
    expect(ws.getCell('E13').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 1000000],
    });
    expect(ws.getCell('F13').dataValidation).toMatchObject({ formulae: [0, 2] });
    expect(ws.getCell('E15').dataValidation).toMatchObject({
      type: 'custom',
      promptTitle: 'Tỷ lệ',
    });
    expect(ws.getCell('E16').dataValidation).toBeUndefined();
    expect(ws.getCell('E18').dataValidation?.prompt).toBe('Ví dụ: A=10; B=20; C=30; D=40');
    expect(ws.getCell('E19').dataValidation).toMatchObject({ type: 'decimal', formulae: [1, 5] });
    expect(ws.getCell('F23').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 1] });
  });

  it('protects the sheet without a password and unlocks only the inputs', async () => {
    const ws = sheet(await load(await writeAssessmentTemplate(tinySet())), 'Tự chấm điểm');
    const protection = (
      ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } }
    ).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true });
    expect(protection.hashValue).toBeUndefined();
    const locked = (a: string) => ws.getCell(a).protection?.locked !== false;
    // Leaf 1.1 (row 12): value, score, N/A, evidence, explanation are inputs.
    expect(['E12', 'F12', 'H12', 'I12', 'J12', 'M12', 'N12'].map(locked)).toEqual(
      Array(7).fill(false),
    );
    // Code, name, max, rule; the direct rule's value cell; the parent's SUM.
    expect(['A12', 'B12', 'C12', 'D12', 'E16', 'E11', 'F11', 'C7'].map(locked)).toEqual(
      Array(8).fill(true),
    );
    expect(['C3', 'C4', 'C5', 'C6', 'F23', 'N23'].map(locked)).toEqual(Array(6).fill(false));
  });

  it('writes English labels when asked', async () => {
    const wb = await load(await writeAssessmentTemplate(tinySet(), { lang: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Self-assessment',
      'Instructions',
      'par-index',
    ]);
    const ws = sheet(wb, 'Self-assessment');
    expect(ws.getCell('A9').value).toBe('Code');
    expect(ws.getCell('B11').value).toBe('Leadership');
    expect(ws.getCell('B14').value).toBe('Cải cách thủ tục hành chính');
    expect(ws.getCell('D12').value).toBe('Yes: 1 point; No: 0 points');
    expect(ws.getCell('E12').dataValidation?.formulae).toEqual(['"Yes,No"']);
    expect(ws.getCell('C6').value).toBe('2024');
  });
});
