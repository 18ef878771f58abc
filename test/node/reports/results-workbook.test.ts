import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeResultsWorkbook } from '../../../src/node/reports/results-workbook.js';
import { rankResults } from '../../../src/ranking/rank-results.js';
import { HOSTILE_NAME, INPUT, RANKING, RESULTS } from './fixtures.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like Buffer; hand it a copy of exactly these bytes.
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Row values from column A on (exceljs row.values is 1-based). */
function row(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const values = ws.getRow(n).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

describe('writeResultsWorkbook', async () => {
  const bytes = await writeResultsWorkbook(INPUT);
  const wb = await load(bytes);

  it('is a zip (xlsx) with the six sheets in order', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Xếp hạng',
      'Thống kê khối',
      'Chỉ số thành phần',
      'Điểm chi tiết',
      'Điểm bị trừ',
      'Cảnh báo',
    ]);
  });

  describe('Xếp hạng', () => {
    const ws = sheet(wb, 'Xếp hạng');

    it('has title, source line and header', () => {
      expect(ws.getCell('A1').value).toBe('Kết quả Chỉ số CCHC cấp xã năm 2023');
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect(row(ws, 3)).toEqual([
        'Khối',
        'Hạng',
        'Thứ hạng',
        'Đơn vị',
        'Điểm đạt được',
        'Điểm tối đa',
        'Chỉ số (%)',
        'Xếp loại',
        'Hạng kỳ trước',
        'Thay đổi thứ hạng',
        'Cảnh báo kích hoạt',
      ]);
      const h = ws.getCell('A3');
      expect(h.font?.bold).toBe(true);
      expect(h.fill).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FF1F4E78' },
      });
    });

    it('writes blocks in order, units by rank, published values as numbers', () => {
      expect(row(ws, 5)).toEqual([
        'phường',
        2,
        '2/2',
        'Phường Tân Bình',
        78.32,
        94,
        83.32, // 78.32 / 94 = 83.3191…
        'Hoàn thành tốt nhiệm vụ',
        1,
        'giảm 1 bậc',
        '',
      ]);
      expect(row(ws, 8)).toEqual([
        'xã',
        3,
        '3/3',
        'Xã Lương Điền',
        70.25,
        100,
        70.25,
        'Hoàn thành nhiệm vụ',
        1,
        'giảm 2 bậc',
        'Phải xây dựng kế hoạch khắc phục',
      ]);
      for (const col of ['E', 'F', 'G']) expect(ws.getCell(`${col}5`).numFmt).toBe('0.00');
    });

    it('neutralises the hostile unit name; the new unit has no previous rank', () => {
      expect(ws.getCell('D4').value).toBe(`'${HOSTILE_NAME}`);
      expect(ws.getCell('I4').value).toBeNull();
      expect(ws.getCell('J4').value).toBe('mới');
    });

    const fill = (ref: string) => (ws.getCell(ref).fill as ExcelJS.FillPattern).fgColor?.argb;

    it("colours band cells in the set's band order: best green, the passing htnv orange", () => {
      expect(fill('H4')).toBe('FFC6EFCE'); // htxs
      expect(fill('H6')).toBe('FFC6EFCE'); // htxs
      expect(fill('H5')).toBe('FFE2F0D9'); // htt: second band, light green
      // htnv: third of four bands, a pass: orange (red is for the failing khtnv), as in the HTML.
      expect(fill('H8')).toBe('FFFCD5B4');
    });

    it('prints a legend of the set under the table: every band in order, in its colour', () => {
      // Table rows 3–8; the legend starts two rows below, in the unit column.
      expect(ws.getCell('D10').value).toBe(
        'Màu xếp loại: Bộ chỉ số CCHC cấp xã tỉnh Minh Sơn (minh họa)',
      );
      expect([11, 12, 13, 14].map((r) => [ws.getCell(`D${r}`).value, fill(`D${r}`)])).toEqual([
        ['Hoàn thành xuất sắc nhiệm vụ', 'FFC6EFCE'],
        ['Hoàn thành tốt nhiệm vụ', 'FFE2F0D9'],
        ['Hoàn thành nhiệm vụ', 'FFFCD5B4'],
        ['Không hoàn thành nhiệm vụ', 'FFFFC7CE'],
      ]);
    });

    it('prints on A4 landscape, one page wide, with the title and header rows on every page', () => {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:3',
      });
    });

    it('freezes the header and the unit column, filters the table, sets widths', () => {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 3 });
      expect(ws.autoFilter).toBe('A3:K8');
      expect(ws.columns.map((c) => c.width)).toEqual([12, 8, 11, 28, 12, 12, 12, 22, 12, 14, 32]);
    });
  });

  it('Thống kê khối: one line per block, averages as numbers', () => {
    const ws = sheet(wb, 'Thống kê khối');
    expect(row(ws, 3).slice(0, 7)).toEqual([
      'Khối',
      'Số đơn vị',
      'Điểm tự đánh giá bình quân',
      'Điểm đạt được bình quân',
      'Chỉ số bình quân (%)',
      'Tổng điểm bị trừ khi thẩm định',
      'Điểm bị trừ bình quân mỗi đơn vị',
    ]);
    // xã (hand figures in test/ranking/block-summary.test.ts); then units per band (1, 1, 1, 0).
    expect(row(ws, 5).slice(0, 11)).toEqual(['xã', 3, 83.29, 81.63, 81.63, 5, 1.67, 1, 1, 1, 0]);
  });

  it('Chỉ số thành phần: each unit × field sub-index, N/A as text', () => {
    const ws = sheet(wb, 'Chỉ số thành phần');
    expect(row(ws, 3)).toEqual([
      'Khối',
      'Đơn vị',
      'Chỉ số (%)',
      '1. Công tác chỉ đạo, điều hành CCHC (%)',
      '2. Cải cách thủ tục hành chính (%)',
      '3. Xây dựng chính quyền điện tử, chính quyền số (%)',
      '4. Điều tra xã hội học (%)',
    ]);
    // Tân Bình: 10/10, 14/14.5 = 96.55, 8/9.5 (3.2 N/A) = 84.21, 46.32/60 = 77.2.
    expect(row(ws, 5)).toEqual(['phường', 'Phường Tân Bình', 83.32, 100, 96.55, 84.21, 77.2]);
    // Cẩm Hưng: 9.5/10, 14.25/14.5 = 98.2758…, 14/15.5 = 90.3225…, 52.3/60 = 87.1666….
    expect(row(ws, 6)).toEqual(['xã', 'Xã Cẩm Hưng', 90.05, 95, 98.28, 90.32, 87.17]);
    expect(ws.getCell('G6').numFmt).toBe('0.00');
  });

  it('Điểm chi tiết: every node × unit, fields bold, not applicable marked', () => {
    const ws = sheet(wb, 'Điểm chi tiết');
    expect(row(ws, 3)).toEqual([
      'Mã',
      'Tên',
      'Cấp',
      'Điểm tối đa',
      `'${HOSTILE_NAME}`,
      'Phường Tân Bình',
      'Xã Cẩm Hưng',
      'Xã Thạch Lỗi',
      'Xã Lương Điền',
    ]);
    expect(ws.getColumn(1).values.slice(4)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '3',
      '3.1',
      '3.2',
      '4',
    ]);
    expect(row(ws, 8)).toEqual([
      '2.1',
      'Công khai thủ tục hành chính',
      'Tiêu chí',
      6.5,
      6.5,
      6,
      6.25,
      6.5,
      4,
    ]);
    expect(row(ws, 12)).toEqual([
      '3.2',
      'Sử dụng chữ ký số',
      'Tiêu chí',
      6,
      6,
      'Không áp dụng',
      6,
      5,
      4,
    ]);
    expect(ws.getCell('B4').font?.bold).toBe(true);
    expect(ws.getCell('B5').alignment?.indent).toBe(1);
    expect(ws.getCell('G8').numFmt).toBe('0.00');
  });

  it('Điểm bị trừ: nodes with points lost at appraisal, then the unit total', () => {
    const ws = sheet(wb, 'Điểm bị trừ');
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => row(ws, i + 4));
    // Cẩm Hưng: 1.2 6 → 5.5; 2.1 6.5 → 6 → 6.25 (round 2); 3.1 9.5 → 8; self total 40 + 52.3.
    expect(rows.slice(0, 7)).toEqual([
      ['xã', 'Xã Cẩm Hưng', '1', 'Công tác chỉ đạo, điều hành CCHC', 'Lĩnh vực', 10, 9.5, 0.5],
      ['xã', 'Xã Cẩm Hưng', '1.2', 'Báo cáo CCHC đúng hạn', 'Tiêu chí', 6, 5.5, 0.5],
      ['xã', 'Xã Cẩm Hưng', '2', 'Cải cách thủ tục hành chính', 'Lĩnh vực', 14.5, 14.25, 0.25],
      ['xã', 'Xã Cẩm Hưng', '2.1', 'Công khai thủ tục hành chính', 'Tiêu chí', 6.5, 6.25, 0.25],
      [
        'xã',
        'Xã Cẩm Hưng',
        '3',
        'Xây dựng chính quyền điện tử, chính quyền số',
        'Lĩnh vực',
        15.5,
        14,
        1.5,
      ],
      ['xã', 'Xã Cẩm Hưng', '3.1', 'Dịch vụ công trực tuyến', 'Tiêu chí', 9.5, 8, 1.5],
      ['xã', 'Xã Cẩm Hưng', '', 'Tổng', '', 92.3, 90.05, 2.25],
    ]);
    expect(rows[9]).toEqual(['xã', 'Xã Thạch Lỗi', '', 'Tổng', '', 85.08, 84.58, 0.5]);
    expect(rows).toHaveLength(17);
    expect(ws.getCell('H4').numFmt).toBe('0.00');
  });

  it('Cảnh báo: the trigger with reasons and due date, then warnings', () => {
    const ws = sheet(wb, 'Cảnh báo');
    const reasons = RESULTS[2]?.triggers[0]?.reasons ?? [];
    expect(reasons).toHaveLength(3);
    expect(row(ws, 4)).toEqual([
      'xã',
      'Xã Lương Điền',
      'Cảnh báo',
      'remediation-plan',
      '',
      'Phải xây dựng kế hoạch khắc phục',
      reasons.join('\n'),
      'Gửi kế hoạch khắc phục về Phòng Nội vụ',
      new Date(Date.UTC(2023, 3, 10)),
    ]);
    expect(ws.getCell('I4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('G4').alignment?.wrapText).toBe(true);
    expect(row(ws, 5).slice(0, 5)).toEqual([
      'xã',
      'Xã Thạch Lỗi',
      'Lưu ý',
      'missing_evidence',
      '1.2',
    ]);
  });

  it('writes English sheet names and headers, and the ranked sub-index column', async () => {
    const byField = rankResults(RESULTS, { by: { kind: 'node', code: '3' } });
    const en = await load(
      await writeResultsWorkbook({ results: RESULTS, ranking: byField, lang: 'en' }),
    );
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Ranking',
      'Block statistics',
      'Field sub-indices',
      'Detailed points',
      'Points lost',
      'Alerts',
    ]);
    const ws = sheet(en, 'Ranking');
    expect(row(ws, 3)).toEqual([
      'Block',
      'Rank',
      'Position',
      'Unit',
      'Points',
      'Maximum',
      'Index (%)',
      'Sub-index 3 (%)',
      'Band',
      'Triggers fired',
    ]);
    // Field 3 in the wards: hostile 15.5/15.5 = 100; Tân Bình 8/9.5 = 84.21.
    expect(row(ws, 5).slice(3, 9)).toEqual(['Phường Tân Bình', 78.32, 94, 83.32, 84.21, 'Good']);
    expect(sheet(en, 'Alerts').getCell('I4').numFmt).toBe('yyyy-mm-dd');
  });

  it('handles a ranking with units that have no result', async () => {
    const wb2 = await load(await writeResultsWorkbook({ results: [], ranking: RANKING }));
    const ws = sheet(wb2, 'Xếp hạng');
    expect(row(ws, 4).slice(0, 4)).toEqual(['phường', 1, '1/2', `'${HOSTILE_NAME}`]);
    expect(ws.getCell('E4').value).toBeNull();
    expect(sheet(wb2, 'Điểm bị trừ').rowCount).toBe(3);
  });
});
