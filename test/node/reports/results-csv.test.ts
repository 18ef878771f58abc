import { describe, expect, it } from 'vitest';
import { writeResultsCsv } from '../../../src/node/reports/results-csv.js';
import { rankResults } from '../../../src/ranking/rank-results.js';
import { HOSTILE_NAME, INPUT, RANKING, RESULTS } from './fixtures.js';

describe('writeResultsCsv', () => {
  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const bytes = Buffer.from(writeResultsCsv(INPUT), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    // Only CRLF line ends: no bare LF (the hostile name holds none).
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Header, 5 units, an empty line, the statistics header and 2 blocks, then the final CRLF.
    expect(text.split('\r\n')).toHaveLength(1 + 5 + 1 + 1 + 2 + 1);
  });

  it('writes the Vietnamese table with ; and decimal commas, diacritics intact', () => {
    const lines = writeResultsCsv(INPUT).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Khối;Hạng;Số đơn vị trong khối;Đơn vị;Điểm đạt được;Điểm tối đa;Chỉ số (%);Xếp loại;Hạng kỳ trước;Thay đổi thứ hạng;Cảnh báo kích hoạt',
    );
    // Tân Bình: 78.32 of 94 (3.2 not applicable) = 83.3191… → 83,32; 1/1 in 2022 → down 1.
    expect(lines[2]).toBe(
      'phường;2;2;Phường Tân Bình;78,32;94,00;83,32;Hoàn thành tốt nhiệm vụ;1;giảm 1 bậc;',
    );
    expect(lines[5]).toBe(
      'xã;3;3;Xã Lương Điền;70,25;100,00;70,25;Hoàn thành nhiệm vụ;1;giảm 2 bậc;Phải xây dựng kế hoạch khắc phục',
    );
  });

  it('neutralises the "=cmd" cell and quotes it (RFC 4180: separator and quotes inside)', () => {
    const lines = writeResultsCsv(INPUT).slice(1).split('\r\n');
    const quoted = `"'${HOSTILE_NAME.replace(/"/g, '""')}"`;
    expect(lines[1]).toBe(
      `phường;1;2;${quoted};95,00;100,00;95,00;Hoàn thành xuất sắc nhiệm vụ;;mới;`,
    );
  });

  it('uses , and decimal points in English, quoting the field that holds a comma', () => {
    const csv = writeResultsCsv({ results: RESULTS, ranking: RANKING, lang: 'en' });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Block,Rank,Units in block,Unit,Points,Maximum,Index (%),Band,Triggers fired',
    );
    expect(lines[2]).toBe('phường,2,2,Phường Tân Bình,78.32,94.00,83.32,Good,');
    expect(lines[1]?.split(',"')[0]).toBe('phường,1,2');
  });

  it('adds the ranked sub-index column when ranking by a field', async () => {
    const byTthc = rankResults(RESULTS, { by: { kind: 'node', code: '2' } });
    const lines = writeResultsCsv({ results: RESULTS, ranking: byTthc }).slice(1).split('\r\n');
    expect(lines[0]).toContain('Chỉ số (%);Chỉ số thành phần 2 (%);Xếp loại');
    // Field 2 of Cẩm Hưng: 14.25 / 14.5 = 98.2758… → 98,28; Thạch Lỗi 13.5 / 14.5 = 93.10.
    expect(lines[3]).toBe(
      'xã;1;3;Xã Cẩm Hưng;90,05;100,00;90,05;98,28;Hoàn thành xuất sắc nhiệm vụ;',
    );
    expect(lines[4]).toContain(';84,58;93,10;');
  });

  it('never writes a rank as "1/12" (a date when opened): rank and block size are numbers', () => {
    const lines = writeResultsCsv(INPUT).slice(1).split('\r\n');
    for (const line of lines.slice(1, 6)) expect(line).not.toMatch(/;\d+\/\d+;/);
  });

  it('keeps text that looks like a number or a date as text (leading apostrophe)', () => {
    const [first, ...rest] = RESULTS;
    if (first === undefined) throw new Error('fixture');
    const renamed = { ...first, unit: { ...first.unit, name: '007' } };
    const results = [renamed, ...rest];
    const csv = writeResultsCsv({ results, ranking: rankResults(results) });
    expect(csv).toContain(";'007;");
    expect(csv).not.toContain(';007;');
  });

  it('appends one line of block statistics per block after an empty line', () => {
    const lines = writeResultsCsv(INPUT).slice(1).split('\r\n');
    expect(lines[6]).toBe('');
    expect(
      lines[7]?.startsWith(
        'Khối;Số đơn vị;Điểm tự đánh giá bình quân;Điểm đạt được bình quân;Chỉ số bình quân (%);',
      ),
    ).toBe(true);
    // xã: self (92.3 + 85.08 + 72.5) / 3 = 83.29; points and index 244.88 / 3 = 81.63; lost 5 and
    // 5 / 3 = 1.67; one unit in each of the three passing bands, none failing; field 1 80.83 %.
    expect(lines[9]?.startsWith('xã;3;83,29;81,63;81,63;5,00;1,67;1;1;1;0;80,83;')).toBe(true);
  });

  it('leaves numbers blank for a ranked unit without a result', () => {
    const lines = writeResultsCsv({ results: [], ranking: RANKING }).slice(1).split('\r\n');
    expect(lines[2]).toBe('phường;2;2;Phường Tân Bình;;;;Hoàn thành tốt nhiệm vụ;');
  });
});
