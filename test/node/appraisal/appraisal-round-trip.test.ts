import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findNode } from '../../../src/engine/find-node.js';
import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import type { Issue } from '../../../src/errors.js';
import { importAppraisal } from '../../../src/node/appraisal/import.js';
import { readAppraisalWorkbook } from '../../../src/node/appraisal/read-workbook.js';
import { writeAppraisalWorkbook } from '../../../src/node/appraisal/write-workbook.js';
import { writeAssessmentTemplate } from '../../../src/node/excel/template.js';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';
import { SMALL_SPEC } from '../../engine/fixtures.js';
import { SMALL_SET, type Typed, typeInto, XA_THU, XA_THU_JSON, XA_THU_YAML } from './fixtures.js';

const set = SMALL_SET;
const SHEET = 'Xã Thử';

// Round 1 by hand: 1.2 → 1.5 (90 % reaches only the 80 % tier), 1.3 → 4, field 2's total → 3.
const ROUND_1: Typed = {
  '1.2': { H: 1.5, I: 'Tỷ lệ 90 % chỉ đạt mức 1,5 điểm' },
  '1.3': { H: 4, I: 'Thiếu biên bản kiểm tra' },
  '2': { H: 3, I: 'Chấm tổng lĩnh vực: báo cáo thiếu số liệu' },
};
// Round 2 after the unit's answer on 1.3: 4.5.
const ROUND_2: Typed = {
  '1.3': { J: 'Đã gửi bổ sung Biên bản 05/BB-UBND', K: 4.5, L: 'Chấp nhận biên bản bổ sung' },
};

async function workbook(): Promise<Uint8Array> {
  return writeAppraisalWorkbook(set, [XA_THU]);
}

async function run(bytes: Uint8Array, files: { file: string; text: string }[]) {
  const wb = await readAppraisalWorkbook(bytes, [set], { file: 'tham-dinh.xlsx' });
  if (!wb.success) return wb;
  return importAppraisal([wb.data], files);
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code} ${i.path.join('!')}`);
}

async function roundOne() {
  const filled = await typeInto(await workbook(), SHEET, ROUND_1);
  const r = await run(filled, [{ file: 'xa-thu.yaml', text: XA_THU_YAML }]);
  if (!r.success) throw new Error(codes(r.issues).join('\n'));
  return { filled, result: r.data };
}

describe('appraisal workbook', () => {
  it('one sheet per unit: declared locked, the five inputs open, points limited to [0, max]', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook()).slice().buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEET, 'visible'],
      ['Hướng dẫn', 'visible'],
      ['par-index', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet(SHEET);
    if (ws === undefined) throw new Error('sheet');
    expect(ws.getCell('C4').value).toBe('xa-thu');
    const row = (code: string) => {
      let found = 0;
      ws.eachRow((r, n) => {
        if (r.getCell('A').value === code) found = n;
      });
      return found;
    };
    const r12 = row('1.2');
    expect(ws.getCell(`D${r12}`).value).toBe('45/50 = 90 %');
    expect(ws.getCell(`E${r12}`).value).toBe(3);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
      expect(ws.getCell(`${col}${r12}`).protection?.locked, col).not.toBe(false);
    }
    for (const col of ['H', 'I', 'J', 'K', 'L']) {
      expect(ws.getCell(`${col}${r12}`).protection?.locked, col).toBe(false);
    }
    expect(ws.getCell(`H${r12}`).dataValidation).toMatchObject({
      type: 'decimal',
      formulae: [0, 3],
    });
    // 1.3 is scored directly on a 0.25 step: the check says so.
    const v13 = ws.getCell(`H${row('1.3')}`).dataValidation;
    expect(v13.type).toBe('custom');
    expect(String(v13.formulae?.[0])).toContain(`H${row('1.3')}/0.25`);
    // A field total may be appraised too; a not-applicable criterion may not.
    expect(ws.getCell(`H${row('2')}`).protection?.locked).toBe(false);
    expect(ws.getCell(`H${row('2.2')}`).protection?.locked).not.toBe(false);
    expect(ws.getCell(`D${row('2.2')}`).value).toBe('Không áp dụng: Không có đơn vị sự nghiệp');
    // Printed on A4 landscape.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('round 1 goes into the YAML file: comments kept, a field total entry in tree order', async () => {
    const { result } = await roundOne();
    expect(result).toHaveLength(1);
    const [merged] = result;
    if (merged === undefined) throw new Error('none');
    expect([...merged.changed].sort()).toEqual(['1.2', '1.3', '2']);
    const text = merged.text;
    expect(text.startsWith('# Hồ sơ tự đánh giá của Xã Thử (hư cấu)\n')).toBe(true);
    expect(text).toContain('value: Có # đã ban hành');
    expect(text).toContain(
      '  - code: "1.2"\n    value: 45/50\n    selfScore: 3\n    appraisal: [ 1.5 ]\n    appraisalNotes:\n      - Tỷ lệ 90 % chỉ đạt mức 1,5 điểm\n',
    );
    // The field's own entry sits between 1.3 and 2.1.
    expect(text.indexOf('code: "2"')).toBeGreaterThan(text.indexOf('code: "1.3"'));
    expect(text.indexOf('code: "2"')).toBeLessThan(text.indexOf('code: "2.1"'));
    // What the unit declared is untouched: the text minus the new lines is the original.
    const removed = text
      .split('\n')
      .filter((l) => !/appraisal|^\s+- "?(Tỷ lệ|Thiếu|Chấm)|code: "2"$/.test(l))
      .join('\n');
    expect(removed).toBe(XA_THU_YAML);
    // Scored by hand: 2 + 1.5 + 4 = 7.5; field 2's total 3; survey 3.1: 13.6 of 18.
    const a = parseAssessment(parse(text), set);
    const r = scoreAssessment(set, a, { stage: 'final' });
    expect(r.points).toBe('13.6');
    expect(r.lostAtAppraisal).toBe('2.5');
    expect(findNode(r, '2')?.source).toBe('appraisal-1');
    expect(findNode(r, '2.1')?.status).toBe('overridden');
  });

  it('the same workbook, with the answer and round 2, imports again into the round 1 file', async () => {
    const { filled, result } = await roundOne();
    const second = await typeInto(filled, SHEET, ROUND_2);
    const r = await run(second, [{ file: 'vong-1/xa-thu.yaml', text: result[0]?.text ?? '' }]);
    if (!r.success) throw new Error(codes(r.issues).join('\n'));
    expect(r.data[0]?.changed).toEqual(['1.3']);
    const a = r.data[0]?.assessment;
    if (a === undefined) throw new Error('none');
    const e13 = a.entries.find((e) => e.code === '1.3');
    expect(e13?.appraisal).toEqual(['4', '4.5']);
    expect(e13?.appraisalNotes).toEqual(['Thiếu biên bản kiểm tra', 'Chấp nhận biên bản bổ sung']);
    expect(e13?.unitAnswer).toBe('Đã gửi bổ sung Biên bản 05/BB-UBND');
    expect(e13?.explanation).toBe('Đã kiểm tra 4/5 đơn vị');
    // 2 + 1.5 + 4.5 + 3 + 3.1 = 14.1 of 18: 78.333… %, published 78,33.
    const final = scoreAssessment(set, a, { stage: 'final' });
    expect(final.points).toBe('14.1');
    expect(final.shown.index).toBe('78.33');
    expect(scoreAssessment(set, a, { stage: 'appraisal' }).points).toBe('13.6');
    // Importing it once more changes nothing and writes the same text.
    const again = await run(second, [{ file: 'vong-2/xa-thu.yaml', text: r.data[0]?.text ?? '' }]);
    expect(again.success && again.data[0]?.changed).toEqual([]);
    expect(again.success && again.data[0]?.text).toBe(r.data[0]?.text);
  });

  it('JSON files stay JSON, with their indentation', async () => {
    const filled = await typeInto(await workbook(), SHEET, ROUND_1);
    const r = await run(filled, [{ file: 'xa-thu.json', text: XA_THU_JSON }]);
    if (!r.success) throw new Error(codes(r.issues).join('\n'));
    const text = r.data[0]?.text ?? '';
    expect(text).toContain('\n    "entries": [\n');
    const data = JSON.parse(text) as { entries: Record<string, unknown>[] };
    expect(data.entries.map((e) => e['code'])).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2',
      '2.1',
      '2.2',
      '3',
    ]);
    expect(Object.keys(data.entries[1] ?? {})).toEqual([
      'code',
      'value',
      'selfScore',
      'appraisal',
      'appraisalNotes',
    ]);
    expect(scoreAssessment(set, r.data[0]?.assessment ?? XA_THU).points).toBe('13.6');
  });

  it('clearing a round: from a workbook made after it, yes; from the old one, a conflict', async () => {
    const { filled, result } = await roundOne();
    const text = result[0]?.text ?? '';
    const roundOneFile = result[0]?.assessment ?? XA_THU;
    const fresh = await writeAppraisalWorkbook(set, [roundOneFile]);
    const cleared = await typeInto(fresh, SHEET, { '2': { H: null, I: null } });
    const r = await run(cleared, [{ file: 'xa-thu.yaml', text }]);
    if (!r.success) throw new Error(codes(r.issues).join('\n'));
    expect(r.data[0]?.text).not.toContain('Chấm tổng lĩnh vực');
    expect(r.data[0]?.text).not.toContain('code: "2"\n');
    // Field 2 from its criterion again: 2 + 1.5 + 4 + 3.25 + 3.1.
    expect(scoreAssessment(set, r.data[0]?.assessment ?? XA_THU).points).toBe('13.85');
    // The workbook made before round 1 cannot tell its own round from someone else's.
    const old = await run(await typeInto(filled, SHEET, { '2': { H: null, I: null } }), [
      { file: 'xa-thu.yaml', text },
    ]);
    expect(!old.success && codes(old.issues)).toEqual([
      `appraisal_conflict ${SHEET}!H14`,
      `appraisal_conflict ${SHEET}!I14`,
    ]);
  });
});

describe('appraisal import: problems, all at once, nothing merged', () => {
  it('cells: not a number, above the maximum, off the step, round 2 alone, reasons alone', async () => {
    const filled = await typeInto(await workbook(), SHEET, {
      '1.1': { H: 'hai' },
      '1.2': { H: 3.5 },
      '1.3': { H: 4.1 },
      '2.1': { K: 3 },
      '3': { I: 'Lý do không có điểm' },
    });
    const r = await run(filled, [{ file: 'xa-thu.yaml', text: XA_THU_YAML }]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(codes(r.issues)).toEqual([
      `invalid_number ${SHEET}!H11`,
      `points_above_max ${SHEET}!H12`,
      `step_mismatch ${SHEET}!H13`,
      `invalid_value ${SHEET}!K15`,
      `invalid_value ${SHEET}!I17`,
    ]);
    expect(r.issues[0]?.message).toBe("Ô H11: 'hai' không phải là số.");
    expect(r.issues[0]?.file).toBe('tham-dinh.xlsx');
  });

  it('a field total and a criterion below it: one of them', async () => {
    const filled = await typeInto(await workbook(), SHEET, { '1': { H: 8 }, '1.2': { H: 1.5 } });
    const r = await run(filled, [{ file: 'xa-thu.yaml', text: XA_THU_YAML }]);
    expect(!r.success && codes(r.issues)).toEqual([`invalid_value ${SHEET}!H10`]);
    expect(!r.success && r.issues[0]?.message).toContain("'1.2' (H12)");
  });

  it('a field total above its applicable maximum (a criterion not applicable) names the cell', async () => {
    const filled = await typeInto(await workbook(), SHEET, { '2': { H: 5 } });
    const r = await run(filled, [{ file: 'xa-thu.yaml', text: XA_THU_YAML }]);
    expect(!r.success && codes(r.issues)).toEqual([`points_above_max ${SHEET}!H14`]);
  });

  it('the unit declared something else since the workbook was made', async () => {
    const filled = await typeInto(await workbook(), SHEET, ROUND_1);
    const text = XA_THU_YAML.replace('    value: 3\n', '    value: 2\n');
    const r = await run(filled, [{ file: 'xa-thu.yaml', text }]);
    expect(!r.success && codes(r.issues)).toEqual([`appraisal_conflict ${SHEET}`]);
    expect(!r.success && r.issues[0]?.message).toContain(
      'đã thay đổi kể từ khi tạo bảng thẩm định',
    );
  });

  it('a round changed in the file meanwhile, differently: a conflict at its cell', async () => {
    const { filled, result } = await roundOne();
    const edited = (result[0]?.text ?? '').replace('appraisal: [ 1.5 ]', 'appraisal: [ 2 ]');
    const r = await run(await typeInto(filled, SHEET, ROUND_2), [
      { file: 'xa-thu.yaml', text: edited },
    ]);
    // The workbook recorded nothing for 1.2 when made, the file now says 2, the workbook 1.5.
    expect(!r.success && codes(r.issues)).toEqual([`appraisal_conflict ${SHEET}!H12`]);
  });

  it('a unit without a file, a file of another unit, two files for one unit', async () => {
    const filled = await typeInto(await workbook(), SHEET, ROUND_1);
    const other = XA_THU_YAML.replace('id: xa-thu', 'id: xa-khac');
    const none = await run(filled, [{ file: 'khac.yaml', text: other }]);
    expect(!none.success && codes(none.issues)).toEqual([`appraisal_conflict ${SHEET}`]);
    expect(!none.success && none.issues[0]?.message).toContain(
      "Không có hồ sơ của đơn vị 'xa-thu'",
    );
    const two = await run(filled, [
      { file: 'a.yaml', text: XA_THU_YAML },
      { file: 'b.yaml', text: XA_THU_YAML },
    ]);
    expect(!two.success && two.issues[0]?.message).toContain('a.yaml, b.yaml');
  });

  it('a self-assessment template is not an appraisal workbook', async () => {
    const r = await readAppraisalWorkbook(await writeAssessmentTemplate(set), [set]);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(['unsupported_format']);
    expect(!r.success && r.issues[0]?.message).toContain('biểu tự chấm điểm');
  });

  it('a workbook made from another version of the set is refused', async () => {
    const bytes = await workbook();
    // The same id, field 3 worth 5 points instead of 4.
    const changed = parseCriteriaSet({
      ...SMALL_SPEC,
      fields: SMALL_SPEC.fields.map((f) => (f.code === '3' ? { ...f, max: 5 } : f)),
    });
    const r = await readAppraisalWorkbook(bytes, [changed]);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(['criteria_set_mismatch']);
  });
});
