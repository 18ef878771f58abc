import { describe, expect, it } from 'vitest';
import { writeResultsMarkdown } from '../../../src/node/reports/results-markdown.js';
import { INPUT, RANKING, RESULTS } from './fixtures.js';

describe('writeResultsMarkdown', () => {
  const md = writeResultsMarkdown(INPUT);
  const lines = md.split('\n');

  it('starts with the title and the source line', () => {
    expect(lines[0]).toBe('# Kết quả Chỉ số CCHC cấp xã năm 2023');
    expect(lines[2]).toBe(
      '_Bộ chỉ số: Bộ chỉ số CCHC cấp xã tỉnh Minh Sơn (minh họa) (không phải số liệu chính thức) · Kỳ đánh giá: 2023_',
    );
  });

  it('writes one ranking table per block with Vietnamese numbers and rank changes', () => {
    const at = lines.indexOf('### Khối xã (3 đơn vị)');
    expect(lines.slice(at + 2, at + 7)).toEqual([
      '| Thứ hạng | Đơn vị | Điểm đạt được | Điểm tối đa | Chỉ số | Xếp loại | Thay đổi thứ hạng |',
      '|---:|---|---:|---:|---:|---|---|',
      '| 1/3 | Xã Cẩm Hưng | 90,05 | 100,00 | 90,05 % | Hoàn thành xuất sắc nhiệm vụ | tăng 1 bậc |',
      '| 2/3 | Xã Thạch Lỗi | 84,58 | 100,00 | 84,58 % | Hoàn thành tốt nhiệm vụ | tăng 1 bậc |',
      '| 3/3 | Xã Lương Điền | 70,25 | 100,00 | 70,25 % | Hoàn thành nhiệm vụ | giảm 2 bậc |',
    ]);
  });

  it('escapes the hostile name so it cannot break the table or inject HTML', () => {
    expect(md).toContain(
      `| 1/2 | '=cmd\\|' /C calc'!A0 \\<b\\>"Phường" & 'X'\\</b\\>; a,b | 95,00 | 100,00 | 95,00 % | Hoàn thành xuất sắc nhiệm vụ | mới |`,
    );
    expect(md).not.toContain('<b>');
  });

  it('counts units per band per block', () => {
    expect(md).toContain('| xã | Hoàn thành nhiệm vụ | 1 | Xã Lương Điền |');
    expect(md).toContain('| Khối | Xếp loại | Số đơn vị | Đơn vị |');
  });

  it('gives each block its statistics (hand figures in test/ranking/block-summary.test.ts)', () => {
    const at = lines.indexOf('### Khối xã', lines.indexOf('## Thống kê theo khối'));
    expect(at).toBeGreaterThan(0);
    const block = lines.slice(at, at + 22);
    for (const line of [
      '| Số đơn vị | 3 |',
      '| Điểm tự đánh giá bình quân | 83,29 |',
      '| Điểm đạt được bình quân | 81,63 |',
      '| Chỉ số bình quân (%) | 81,63 % |',
      '| Tổng điểm bị trừ khi thẩm định | 5,00 |',
      '| Điểm bị trừ bình quân mỗi đơn vị | 1,67 |',
      '| Số đơn vị theo xếp loại: Hoàn thành nhiệm vụ | 1 |',
      '| 1. Công tác chỉ đạo, điều hành CCHC | 3 | 8,08 | 80,83 |',
    ]) {
      expect(block).toContain(line);
    }
  });

  it('lists the trigger with its due date, reasons and action', () => {
    const line = lines.find((l) => l.startsWith('- **Xã Lương Điền**'));
    expect(line).toBe(
      `- **Xã Lương Điền** (xã): Phải xây dựng kế hoạch khắc phục (hạn 10/04/2023). Lý do: ${RESULTS[2]?.triggers[0]?.reasons.join('; ')}. Việc phải làm: Gửi kế hoạch khắc phục về Phòng Nội vụ.`,
    );
  });

  it('sums points lost at appraisal by field', () => {
    // Field 1: 0.5 (Cẩm Hưng) + 0.25 (Lương Điền); field 2: 0.25 + 1; field 3: 1.5 + 0.5 + 1.
    expect(md).toContain('| 1 | Công tác chỉ đạo, điều hành CCHC | 0,75 | 2 |');
    expect(md).toContain('| 2 | Cải cách thủ tục hành chính | 1,25 | 2 |');
    expect(md).toContain('| 3 | Xây dựng chính quyền điện tử, chính quyền số | 3,00 | 3 |');
    expect(md).toContain('| 4 | Điều tra xã hội học | 0,00 | 0 |');
    expect(md.endsWith('| 4 | Điều tra xã hội học | 0,00 | 0 |\n')).toBe(true);
  });

  it('writes English with English names and no rank change column without a previous ranking', () => {
    const en = writeResultsMarkdown({ results: RESULTS, ranking: RANKING, lang: 'en' });
    expect(en.split('\n')[0]).toBe('# PAR Index results');
    expect(en).toContain('| 1/3 | Xã Cẩm Hưng | 90.05 | 100.00 | 90.05% | Excellent |');
    expect(en).toContain('| 2 | Administrative procedures | 1.25 | 2 |');
    expect(en).toContain('(due 2023-04-10)');
    expect(en).toContain(`Reason: ${RESULTS[2]?.triggers[0]?.reasonsEn.join('; ')}.`);
  });

  it('says there are no triggers when none fired', () => {
    const calm = RESULTS.filter((r) => r.triggers.length === 0);
    const out = writeResultsMarkdown({ results: calm, ranking: RANKING });
    expect(out).toContain('## Cảnh báo kích hoạt\n\nKhông có.');
  });
});
