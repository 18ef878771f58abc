import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appraisalLosses } from '../../../src/node/appraisal/losses.js';
import {
  writeLossesDocx,
  writeLossesMarkdown,
  writeLossesWorkbook,
} from '../../../src/node/appraisal/losses-writers.js';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';
import { SMALL_SET, XA_THU, XA_THU_YAML } from './fixtures.js';
import { docxParagraphs, zipPart } from './zip-text.js';

// Xã Thử after both rounds (see fixtures.ts for the self points): 1.2 3 → 1.5; 1.3 4.75 → 4 →
// 4.5 after its answer; field 2 appraised whole, 3.25 → 3.
const raw = parse(XA_THU_YAML) as { entries: Record<string, unknown>[] };
const APPRAISED = parseAssessment(
  {
    ...raw,
    entries: [
      ...raw.entries.map((e) =>
        e['code'] === '1.2'
          ? { ...e, appraisal: 1.5, appraisalNotes: 'Tỷ lệ 90 % chỉ đạt mức 1,5 điểm' }
          : e['code'] === '1.3'
            ? {
                ...e,
                appraisal: [4, 4.5],
                appraisalNotes: ['Thiếu biên bản kiểm tra', 'Chấp nhận biên bản bổ sung'],
                unitAnswer: 'Đã gửi bổ sung Biên bản 05/BB-UBND',
              }
            : e,
      ),
      { code: '2', appraisal: 3, appraisalNotes: 'Chấm tổng lĩnh vực' },
      // Appraised at the self-score: not a loss, not listed.
      { code: '1.1', appraisal: 2 },
    ].filter((e, i, all) => all.findIndex((x) => x['code'] === e['code']) === i),
  },
  SMALL_SET,
);

describe('appraisalLosses', () => {
  const l = appraisalLosses(SMALL_SET, APPRAISED);

  it('lists the nodes appraised differently, in tree order, with both rounds and the reasons', () => {
    expect(l.rows.map((r) => [r.code, r.self, r.round1, r.round2, r.final, r.lost])).toEqual([
      ['1.2', '3', '1.5', undefined, '1.5', '1.5'],
      ['1.3', '4.75', '4', '4.5', '4.5', '0.25'],
      ['2', '3.25', '3', undefined, '3', '0.25'],
    ]);
    expect(l.rows[1]).toMatchObject({
      note1: 'Thiếu biên bản kiểm tra',
      note2: 'Chấp nhận biên bản bổ sung',
      answer: 'Đã gửi bổ sung Biên bản 05/BB-UBND',
      explanation: 'Đã kiểm tra 4/5 đơn vị',
    });
    // Field 2's maximum without its not-applicable criterion.
    expect(l.rows[2]?.max).toBe('4');
  });

  it('totals by field and overall: 16.1 declared, 13.6 after round 1, 14.1 after round 2', () => {
    expect(l.fields.map((f) => [f.code, f.self, f.round1, f.final, f.lost])).toEqual([
      ['1', '9.75', '7.5', '8', '1.75'],
      ['2', '3.25', '3', '3', '0.25'],
      ['3', '3.1', '3.1', '3.1', '0'],
    ]);
    expect(l.totals.self.points).toBe('16.1');
    expect(l.totals.round1.points).toBe('13.6');
    expect(l.totals.final.points).toBe('14.1');
    expect(l.lost).toBe('2');
    // 16.1 / 18 = 89.444… %, 14.1 / 18 = 78.333… %: from "Tốt" to "Khá".
    expect(l.totals.self.shown.index).toBe('89.44');
    expect(l.totals.final.shown.index).toBe('78.33');
    expect(l.totals.self.band?.label).toBe('Tốt');
    expect(l.totals.final.band?.label).toBe('Khá');
  });

  it('a unit without appraisal lost nothing', () => {
    const none = appraisalLosses(SMALL_SET, XA_THU);
    expect(none.rows).toEqual([]);
    expect(none.lost).toBe('0');
  });

  it('Markdown: decimal commas, the reasons and the answer on the criterion line', () => {
    const md = writeLossesMarkdown([l]);
    expect(md).toContain('# ĐIỂM BỊ TRỪ KHI THẨM ĐỊNH — Xã Thử\n');
    expect(md).toContain(
      '| 1.3 | Kiểm tra CCHC | 5,00 | 4,75 | 4,00 | 4,50 | 0,25 | Thiếu biên bản kiểm tra | Đã gửi bổ sung Biên bản 05/BB-UBND | Chấp nhận biên bản bổ sung |',
    );
    expect(md).toContain(
      '| **Tổng các lĩnh vực** | **18,00** | **16,10** | **13,60** | **14,10** | **2,00** |',
    );
    expect(md).toContain(
      'Tự đánh giá 16,10 điểm (chỉ số 89,44 %); sau thẩm định lần 1 13,60 điểm; sau thẩm định 14,10 điểm (chỉ số 78,33 %, xếp loại Khá). Bị trừ 2,00 điểm ở 3 tiêu chí.',
    );
    expect(writeLossesMarkdown([l], { lang: 'en' })).toContain(
      '| 1.2 | Tỷ lệ hồ sơ trực tuyến | 3.00 | 3.00 | 1.50 |  | 1.50 |',
    );
  });

  it('Word: A4 landscape, the criterion line and the field total in the document', async () => {
    const bytes = await writeLossesDocx([l, appraisalLosses(SMALL_SET, XA_THU)]);
    const xml = await zipPart(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const text = await docxParagraphs(bytes);
    expect(text).toContain('ĐIỂM BỊ TRỪ KHI THẨM ĐỊNH — Xã Thử');
    expect(text).toContain('Thiếu biên bản kiểm tra');
    expect(text).toContain('14,10');
    // The second unit starts on a new page and says it lost nothing.
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(text).toContain('Không có tiêu chí nào được thẩm định khác điểm tự chấm.');
  });

  it('xlsx: published values as numbers in the three sheets', async () => {
    const bytes = await writeLossesWorkbook([l]);
    const sheet1 = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    // 1.3's round 2 (4.5) and the lost 0.25 are numbers.
    expect(sheet1).toMatch(/<v>4\.5<\/v>/);
    expect(sheet1).toMatch(/<v>0\.25<\/v>/);
    const workbook = await zipPart(bytes, 'xl/workbook.xml');
    for (const name of ['Tiêu chí bị trừ', 'Theo lĩnh vực', 'Tổng hợp'])
      expect(workbook).toContain(name);
  });
});
