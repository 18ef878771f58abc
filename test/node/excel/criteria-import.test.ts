import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCriteriaSheet } from '../../../src/node/excel/criteria-import.js';
import { safeParseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';

async function book(
  sheet: string,
  rows: ExcelJS.CellValue[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
  });
  edit?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const direct = { kind: 'direct' };

describe('importCriteriaSheet', () => {
  it('reads roman fields, arabic and letter numbering, merged cells and decimal commas', async () => {
    const bytes = await book(
      'Bộ chỉ số',
      [
        ['BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2024'],
        [],
        [
          'STT',
          'Nội dung tiêu chí'.normalize('NFD'),
          'ĐIỂM TỐI ĐA',
          'Tài liệu kiểm chứng',
          'Ghi chú',
        ],
        ['I', 'CÔNG TÁC CHỈ ĐẠO', 3],
        ['1', 'Kế hoạch CCHC', '1,5', 'Kế hoạch năm'],
        [2, 'Báo cáo định kỳ', 1.5],
        ['a', 'Báo cáo quý', '0,75'],
        ['b)', 'Báo cáo năm', '0,75 điểm', null, 'Trước 15/12'],
        ['II.', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 4],
        ['3', 'Giải quyết hồ sơ', 4],
        [null, null, null, 'dòng nối của ô gộp'],
        ['-', 'Đúng hạn 100 %: 4 điểm'],
        [null, 'Tổng cộng', 7],
      ],
      (ws) => {
        ws.mergeCells('A1:E1');
        ws.mergeCells('A10:A11');
        ws.mergeCells('B10:B11');
        ws.mergeCells('C10:C11');
      },
    );
    const { criteria, problems } = await importCriteriaSheet(bytes, { file: 'Bộ chỉ số xã.xlsx' });
    expect(problems).toEqual([]);
    expect(criteria).toEqual({
      id: 'bo-chi-so-xa',
      title: 'BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2024',
      level: 'other',
      provenance: 'illustrative',
      provenanceNote: expect.stringContaining('Bộ chỉ số xã.xlsx'),
      fields: [
        {
          code: 'I',
          name: 'CÔNG TÁC CHỈ ĐẠO',
          max: '3',
          children: [
            {
              code: '1',
              name: 'Kế hoạch CCHC',
              max: '1.5',
              description: 'Tài liệu kiểm chứng: Kế hoạch năm',
              rule: direct,
            },
            {
              code: '2',
              name: 'Báo cáo định kỳ',
              max: '1.5',
              children: [
                { code: '2.a', name: 'Báo cáo quý', max: '0.75', rule: direct },
                {
                  code: '2.b',
                  name: 'Báo cáo năm',
                  max: '0.75',
                  description: 'Ghi chú: Trước 15/12',
                  rule: direct,
                },
              ],
            },
          ],
        },
        {
          code: 'II',
          name: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
          max: '4',
          children: [
            {
              code: '3',
              name: 'Giải quyết hồ sơ',
              max: '4',
              description: 'Đúng hạn 100 %: 4 điểm',
              rule: direct,
            },
          ],
        },
      ],
    });
    // Once its placeholders are accepted, the draft is a valid criteria set of 7 points.
    const parsed = safeParseCriteriaSet(criteria);
    expect(parsed.success && parsed.data.max).toBe('7');
  });

  it('reports what it cannot understand, at each cell, and keeps the rest', async () => {
    const bytes = await book('Sheet1', [
      ['TT', 'Tiêu chí', 'Điểm', 'Ghi chú'],
      ['1', 'Lĩnh vực A', 3],
      ['1.1', 'Có điểm', 1],
      ['1.2', 'Không có điểm'],
      ['2', 'Lĩnh vực B', 2],
      ['2.1.1', 'Nhảy cấp', 'abc'],
      ['2.2', 'Tiêu chí', 1],
      ['Z1', 'Số lạ', 1],
      [null, 'Dòng không số', '0,5'],
      ['3', 'Lĩnh vực C', 5],
      ['3.1', 'x', 2],
      ['3.2', 'y', 2],
      [null, 'Tổng số', 9],
    ]);
    const { criteria, problems } = await importCriteriaSheet(bytes, { file: 't.xlsx' });
    expect(problems.map((p) => [p.code, p.path.join('!')])).toEqual([
      ['invalid_number', 'Sheet1!C6'],
      ['invalid_value', 'Sheet1!A6'],
      ['invalid_value', 'Sheet1!A8'],
      ['invalid_value', 'Sheet1!A9'],
      ['missing_field', 'Sheet1!C4'],
      ['max_mismatch', 'Sheet1!C10'],
      // 3 + 2 + 5 = 10 (the stated maxima of the fields), not 9.
      ['max_mismatch', 'Sheet1!C13'],
    ]);
    expect(problems.every((p) => p.file === 't.xlsx')).toBe(true);
    expect(problems[0]?.message).toBe("Ô C6: 'abc' không phải là số điểm.");
    expect(problems[5]?.message).toBe(
      'Ô C10: điểm tối đa của 3 là 5 nhưng tổng các tiêu chí con là 4.',
    );
    const fields = (criteria as { fields: { code: string; children: { code: string }[] }[] })
      .fields;
    expect(fields.map((f) => [f.code, f.children.map((c) => c.code)])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1.1', '2.2']],
      ['3', ['3.1', '3.2']],
    ]);
  });

  it('finds a two-row merged header and numbering written in the content cell', async () => {
    const bytes = await book(
      'Biểu',
      [
        ['Số thứ tự', 'Lĩnh vực, tiêu chí', 'Thang điểm', null],
        [null, null, null, 'Tự chấm'],
        ['I. CHỈ ĐẠO ĐIỀU HÀNH', null, 2],
        ['1', 'Kế hoạch', 2],
      ],
      (ws) => {
        ws.mergeCells('A1:A2');
        ws.mergeCells('B1:B2');
        ws.mergeCells('C1:C2');
        ws.mergeCells('A3:B3');
      },
    );
    const { criteria, problems } = await importCriteriaSheet(bytes);
    expect(problems).toEqual([]);
    expect(criteria).toMatchObject({
      id: 'bo-chi-so-moi',
      title: 'Cần điền tên bộ chỉ số',
      fields: [
        { code: 'I', name: 'CHỈ ĐẠO ĐIỀU HÀNH', max: '2', children: [{ code: '1', max: '2' }] },
      ],
    });
  });

  it('takes the "(1) (2) (3)" row numbering the columns as part of the header', async () => {
    const rows = (numbers: ExcelJS.CellValue[]) =>
      book('Phụ lục', [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tài liệu kiểm chứng'],
        numbers,
        ['I', 'CHỈ ĐẠO', 2],
        ['1', 'Kế hoạch', 2],
      ]);
    for (const numbers of [
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 2, 3, 4],
    ]) {
      const { criteria, problems } = await importCriteriaSheet(await rows(numbers));
      expect(problems, String(numbers)).toEqual([]);
      const fields = (criteria as { fields: { code: string; max: string }[] }).fields;
      expect(fields.map((f) => [f.code, f.max])).toEqual([['I', '2']]);
    }
    // Two numbers are not a column-number row: "1 | 2" is read (and reported) as data.
    const { problems } = await importCriteriaSheet(await rows(['(1)', '(2)']));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses a missing sheet, a sheet without the header, and an unreadable file', async () => {
    const bytes = await book('Dữ liệu', [['a', 'b']]);
    const wrong = await importCriteriaSheet(bytes, { sheet: 'Tiêu chí', file: 'a.xlsx' });
    expect(wrong).toEqual({
      criteria: undefined,
      problems: [
        {
          code: 'invalid_value',
          path: [],
          file: 'a.xlsx',
          message: 'Không có trang tính "Tiêu chí". Tệp có: "Dữ liệu".',
          messageEn: 'No worksheet "Tiêu chí". The file has: "Dữ liệu".',
        },
      ],
    });
    const noHeader = await importCriteriaSheet(bytes, { sheet: 'dữ liệu' });
    expect(noHeader.problems.map((p) => [p.code, p.path.join('!')])).toEqual([
      ['invalid_value', 'Dữ liệu'],
    ]);
    const none = await importCriteriaSheet(bytes);
    expect(none.problems.map((p) => p.code)).toEqual(['invalid_value']);
    const broken = await importCriteriaSheet(bytes.slice(0, 100), { file: 'b.xlsx' });
    expect(broken.criteria).toBeUndefined();
    expect(broken.problems.map((p) => [p.code, p.file])).toEqual([['file_unreadable', 'b.xlsx']]);
  });
});

describe('importCriteriaSheet on a hand-made file', () => {
  it('reads test/fixtures/excel/criteria-table.xlsx (raw XML, inline strings, stored zip)', async () => {
    const bytes = new Uint8Array(
      await readFile(new URL('../../fixtures/excel/criteria-table.xlsx', import.meta.url)),
    );
    const { criteria, problems } = await importCriteriaSheet(bytes, {
      file: 'criteria-table.xlsx',
    });
    expect(problems).toEqual([]);
    expect(criteria).toMatchObject({
      id: 'criteria-table',
      title: 'PHỤ LỤC: BỘ TIÊU CHÍ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CẤP XÃ (minh họa)',
      fields: [
        {
          code: 'I',
          max: '2.5',
          children: [
            {
              code: '1',
              max: '1',
              description:
                'Tài liệu kiểm chứng: Kế hoạch\nCách chấm điểm: Ban hành trước 31/12: 1 điểm',
            },
            {
              code: '2',
              max: '1.5',
              children: [
                { code: '2.1', max: '0.5' },
                { code: '2.2', max: '1' },
              ],
            },
          ],
        },
        {
          code: 'II',
          name: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
          max: '3',
          children: [
            {
              code: '3',
              children: [
                { code: '3.a', max: '1.25' },
                { code: '3.b', max: '1.75' },
              ],
            },
          ],
        },
      ],
    });
    const parsed = safeParseCriteriaSet(criteria);
    expect(parsed.success && parsed.data.max).toBe('5.5');
  });
});
