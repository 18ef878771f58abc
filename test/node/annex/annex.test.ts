import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import { buildAnnex } from '../../../src/node/annex/annex-data.js';
import {
  writeAnnexDocx,
  writeAnnexMarkdown,
  writeAnnexWorkbook,
} from '../../../src/node/annex/annex-writers.js';
import { UNIT_A, UNIT_B } from '../../engine/fixtures.js';
import { SMALL_SET, XA_THU } from '../appraisal/fixtures.js';
import { docxParagraphs, zipPart } from '../appraisal/zip-text.js';

// By hand, at the final stage (fields 1 and 2 appraised, field 3 the survey):
// Xã A: declared 2 + 3 + 4.75 + 3.25 = 13; appraised 2 + 1.5 + 4.5 + 3.25 = 11.25; survey 3.1;
//   bonus 1 − penalty 0.5 = 0.5; total 14.85 of 18 (2.2 not applicable): 82.5 % → Tốt, rank 1.
// Xã Thử (no appraisal): 13 declared and appraised; survey 3.1; total 16.1: 89.444… % → Tốt.
// Xã B (field totals): 6 + 4.4 = 10.4 declared and appraised; survey 3; 13.4 of 20: 67 % → TB.
const results = [UNIT_A, XA_THU, UNIT_B].map((a) => scoreAssessment(SMALL_SET, a));
const annex = buildAnnex(results, { criteriaSets: [SMALL_SET] });

describe('buildAnnex', () => {
  it('one block, units in rank order, parts from the tree and totals from the engine', () => {
    expect(annex.periods).toEqual(['2023']);
    expect(annex.blocks).toHaveLength(1);
    const b = annex.blocks[0];
    expect(
      b?.rows.map((r) => [
        r.stt,
        r.unit.id,
        r.self,
        r.appraised,
        r.survey,
        r.adjustments,
        r.total,
        r.shown.index,
        r.rank,
        r.band?.code,
      ]),
    ).toEqual([
      [1, 'xa-thu', '13', '13', '3.1', '0', '16.1', '89.44', 1, 'tot'],
      [2, 'a', '13', '11.25', '3.1', '0.5', '14.85', '82.50', 2, 'tot'],
      [3, 'b', '10.4', '10.4', '3', '0', '13.4', '67.00', 3, 'tb'],
    ]);
    expect(b?.hasAdjustments).toBe(true);
  });

  it('block averages (exact, published half-up) and units per band, zero counts included', () => {
    const b = annex.blocks[0];
    // self (13 + 13 + 10.4) / 3 = 12.1333…; appraised (13 + 11.25 + 10.4) / 3 = 11.55;
    // survey 9.2 / 3 = 3.0666…; adjustments 0.5 / 3; total 44.35 / 3 = 14.7833…;
    // index (89.444… + 82.5 + 67) / 3 = 79.648148…
    expect(b?.averages.shown).toEqual({
      self: '12.13',
      appraised: '11.55',
      survey: '3.07',
      adjustments: '0.17',
      total: '14.78',
      index: '79.65',
    });
    expect(b?.bands.map((x) => [x.code, x.count])).toEqual([
      ['tot', 2],
      ['kha', 0],
      ['tb', 1],
      ['yeu', 0],
    ]);
  });

  it('Markdown: one table per block with the averages in bold and the band counts', () => {
    const md = writeAnnexMarkdown(annex);
    expect(md).toContain('# PHỤ LỤC: KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023\n');
    expect(md).toContain('## I. KHỐI XÃ (3 đơn vị)');
    expect(md).toContain('| 2 | Xã A | 13,00 | 11,25 | 3,10 | 0,50 | 14,85 | 82,50 | 2 | Tốt |');
    expect(md).toContain(
      '|  | **Bình quân của khối** | **12,13** | **11,55** | **3,07** | **0,17** | **14,78** | **79,65** |  |  |',
    );
    expect(md).toContain('Số đơn vị theo xếp loại: Tốt: 2; Khá: 0; Trung bình: 1; Yếu: 0.');
    // Parts rounded one by one: 11,25 + 3,10 + 0,50 = 14,85 here, but not always, so it is said.
    expect(md).toContain('cộng lại có thể lệch 0,01 so với tổng điểm.');
    // Without bonus or penalty in the block, no such column.
    const plain = writeAnnexMarkdown(buildAnnex([scoreAssessment(SMALL_SET, XA_THU)]), {
      lang: 'en',
    });
    expect(plain).toContain('| 1 | Xã Thử | 13.00 | 13.00 | 3.10 | 16.10 | 89.44 | 1 | Good |');
  });

  it('Word: A4 landscape, title and subtitle as given, the table with decimal commas', async () => {
    const bytes = await writeAnnexDocx(annex, {
      title: 'KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 CỦA UBND CẤP XÃ',
      subtitle: '(Kèm theo Quyết định số 123/QĐ-UBND ngày 31/12/2023)',
    });
    expect(await zipPart(bytes, 'word/document.xml')).toMatch(/w:orient="landscape"/);
    const text = await docxParagraphs(bytes);
    expect(text.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 CỦA UBND CẤP XÃ',
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 31/12/2023)',
    ]);
    for (const cell of ['Xã A', '14,85', '82,50', 'Bình quân của khối', '79,65'])
      expect(text).toContain(cell);
    expect(await zipPart(bytes, 'word/document.xml')).toContain('<w:tblHeader/>');
  });

  it('xlsx: a sheet per block, A4 landscape one page wide, numbers as published', async () => {
    const bytes = await writeAnnexWorkbook(annex);
    const sheet = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(sheet).toMatch(/<v>82\.5<\/v>/);
    expect(sheet).toMatch(/<v>79\.65<\/v>/);
  });
});
