import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { readAssessmentWorkbook } from '../../../src/node/excel/import.js';
import { writeAssessmentTemplate } from '../../../src/node/excel/template.js';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';
import { editWorkbook, setCells, sheetOf } from './fill.js';
import { tinySet } from './tiny-set.js';

const SHEET = 'Tự chấm điểm';
// Rows of the tiny set's template: 1 (11), 1.1 (12), 1.2 (13), 2 (14), 2.1 (15), 2.2 (16),
// 3 (17), 3.1 (18), 3.2 (19), total (20), bonus header (22), initiative (23).

async function filled(set: CriteriaSet, cells: Record<string, ExcelJS.CellValue>) {
  return editWorkbook(await writeAssessmentTemplate(set), (wb) =>
    setCells(sheetOf(wb, SHEET), cells),
  );
}

const FULL: Record<string, ExcelJS.CellValue> = {
  C3: 'Xã An Phú',
  C5: 'xã',
  C6: 2024,
  E12: 'Có',
  F12: 1,
  I12: '12/KH-UBND\n05/QĐ-UBND',
  J12: '10/01/2024\n15/02/2024',
  K12: 'UBND xã An Phú',
  L12: 'Kế hoạch CCHC năm 2024\nQuyết định kiện toàn',
  M12: '\nMục II',
  E13: 2,
  F13: 1,
  N13: 'Chậm 2 báo cáo quý',
  E15: '45/50',
  F15: 1,
  F16: '1,75',
  E18: 'A=120; B=30; C=5; D=0',
  H19: 'Không thực hiện khảo sát năm 2024',
  F23: 0.5,
  N23: 'Sáng kiến được công nhận',
};

// The same data written directly in the assessment format (docs/assessment-format.md).
const DIRECT = {
  criteriaSet: 'thu-excel-2024',
  unit: { id: 'xa-an-phu', name: 'Xã An Phú', block: 'xã' },
  period: '2024',
  entries: [
    {
      code: '1.1',
      value: 'Có',
      selfScore: 1,
      evidence: [
        {
          number: '12/KH-UBND',
          date: '2024-01-10',
          issuer: 'UBND xã An Phú',
          title: 'Kế hoạch CCHC năm 2024',
        },
        {
          number: '05/QĐ-UBND',
          date: '2024-02-15',
          title: 'Quyết định kiện toàn',
          section: 'Mục II',
        },
      ],
    },
    { code: '1.2', value: 2, selfScore: 1, explanation: 'Chậm 2 báo cáo quý' },
    { code: '2.1', value: '45/50', selfScore: 1 },
    // 2.2 is scored directly: its self-score is the points given.
    { code: '2.2', points: '1.75' },
    { code: '3.1', value: { A: 120, B: 30, C: 5, D: 0 } },
    { code: '3.2', notApplicable: 'Không thực hiện khảo sát năm 2024' },
  ],
  adjustments: [{ id: 'initiative', points: 0.5, reason: 'Sáng kiến được công nhận' }],
};

describe('readAssessmentWorkbook: round trip', () => {
  it('reads back every value, score, reason, document and explanation', async () => {
    const set = tinySet();
    const r = await readAssessmentWorkbook(await filled(set, FULL), set, { file: 'an-phu.xlsx' });
    expect(r.success ? [] : r.issues).toEqual([]);
    if (!r.success) return;
    expect(r.data).toEqual(parseAssessment(DIRECT, set));
    // A few values checked by hand against the model.
    const byCode = new Map(r.data.entries.map((e) => [e.code, e]));
    expect(byCode.get('1.1')?.value).toEqual({ kind: 'yes-no', value: true });
    expect(byCode.get('1.1')?.evidence[1]).toEqual({
      number: '05/QĐ-UBND',
      date: '2024-02-15',
      title: 'Quyết định kiện toàn',
      section: 'Mục II',
    });
    expect(byCode.get('2.2')?.points).toBe('1.75');
    expect(byCode.get('3.2')?.notApplicable).toEqual({
      reason: 'Không thực hiện khảo sát năm 2024',
    });
    expect(byCode.has('1')).toBe(false); // the parent's SUM formula is not a declared score
  });

  it('scores the imported assessment exactly as the same data parsed directly', async () => {
    const set = tinySet();
    const r = await readAssessmentWorkbook(await filled(set, FULL), set);
    if (!r.success) throw new Error(r.issues[0].message);
    const fromExcel = scoreAssessment(set, r.data, { stage: 'self' });
    expect(fromExcel).toEqual(
      scoreAssessment(set, parseAssessment(DIRECT, set), { stage: 'self' }),
    );
    // By hand: 1 + 1 + 1 + 1.75 + 2 × (120×100 + 30×60 + 5×20) / (100 × 155) = 4.75 + 1.7935483…
    // plus the 0.5 bonus; 3.2 is not applicable, so the maximum is 10 − 1 = 9.
    expect(fromExcel.basePoints.startsWith('6.54354838709677419354')).toBe(true);
    expect(fromExcel.points.startsWith('7.04354838709677419354')).toBe(true);
    expect(fromExcel.max).toBe('9');
  });

  it('reads an English template, percent-formatted cells and a completion written as text', async () => {
    const set = tinySet();
    const bytes = await editWorkbook(await writeAssessmentTemplate(set, { lang: 'en' }), (wb) => {
      const ws = sheetOf(wb, 'Self-assessment');
      setCells(ws, { C3: 'Ward 1', C4: 'w1', C5: 'ward', E12: 'No', E15: 0.95, F16: '0.5' });
      ws.getCell('E15').numFmt = '0%';
    });
    const r = await readAssessmentWorkbook(bytes, set);
    expect(r.success ? [] : r.issues).toEqual([]);
    if (!r.success) return;
    expect(r.data.unit).toEqual({ id: 'w1', name: 'Ward 1', block: 'ward' });
    expect(r.data.period).toBe('2024');
    expect(r.data.entries.map((e) => [e.code, e.value, e.selfScore, e.points])).toEqual([
      ['1.1', { kind: 'yes-no', value: false }, undefined, undefined],
      ['2.1', { kind: 'percent', percent: '95' }, undefined, undefined],
      ['2.2', undefined, undefined, '0.5'],
    ]);
  });

  it('reads a date typed as a date serial in the evidence column', async () => {
    const set = tinySet();
    // Serial 45301 = 45301 − 25569 = 19 732 days after 1970-01-01 = 2024-01-10.
    const bytes = await filled(set, { C3: 'Xã B', C5: 'xã', I13: 'Số 1', J13: 45301 });
    const r = await readAssessmentWorkbook(bytes, set);
    expect(r.success && r.data.entries[0]?.evidence).toEqual([
      { number: 'Số 1', date: '2024-01-10' },
    ]);
  });
});

describe('readAssessmentWorkbook: problems at their cells', () => {
  it('reports text in a number cell with the cell, in Vietnamese', async () => {
    const set = tinySet();
    const bytes = await filled(set, { ...FULL, F12: 'abc' });
    const r = await readAssessmentWorkbook(bytes, set, { file: 'an-phu.xlsx' });
    expect(r.success ? [] : r.issues).toEqual([
      {
        code: 'invalid_number',
        path: [SHEET, 'F12'],
        message: "Ô F12: 'abc' không phải là số.",
        messageEn: "Cell F12: 'abc' is not a number.",
        file: 'an-phu.xlsx',
      },
    ]);
  });

  it('reports every problem of the workbook at once, each at its cell', async () => {
    const set = tinySet();
    const bytes = await filled(set, {
      ...FULL,
      F12: 'abc',
      E18: 'nhiều',
      A19: '9.9',
      J12: 'hôm qua',
    });
    const r = await readAssessmentWorkbook(bytes, set, { file: 'x.xlsx' });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('!')])).toEqual([
      ['invalid_number', `${SHEET}!F12`],
      ['invalid_value', `${SHEET}!E18`],
      ['unknown_criterion', `${SHEET}!A19`],
      ['invalid_date', `${SHEET}!J12`],
    ]);
    if (!r.success) expect(r.issues.every((i) => i.file === 'x.xlsx')).toBe(true);
  });

  it('reports a formula error in a value cell', async () => {
    const set = tinySet();
    const bytes = await filled(set, {
      ...FULL,
      E13: { formula: '1/0', result: { error: '#DIV/0!' } },
    });
    const r = await readAssessmentWorkbook(bytes, set);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('!'), i.message])).toEqual([
      ['invalid_value', `${SHEET}!E13`, 'Ô E13: lỗi công thức #DIV/0!.'],
    ]);
  });

  it('moves the checks against the criteria set onto cells', async () => {
    const set = tinySet();
    const bytes = await filled(set, { ...FULL, F13: 5, E12: 'Có lẽ' });
    const r = await readAssessmentWorkbook(bytes, set, { file: 'x.xlsx' });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('!')])).toEqual(
      expect.arrayContaining([
        ['points_above_max', `${SHEET}!F13`],
        ['wrong_value_kind', `${SHEET}!E12`],
      ]),
    );
    const f13 = r.success ? undefined : r.issues.find((i) => i.path[1] === 'F13');
    expect(f13?.message.startsWith('Ô F13: ')).toBe(true);
    expect(f13?.messageEn.startsWith('Cell F13: ')).toBe(true);
    expect(f13?.file).toBe('x.xlsx');
  });

  it('reports an empty header cell at its cell', async () => {
    const set = tinySet();
    const r = await readAssessmentWorkbook(await filled(set, { ...FULL, C5: null }), set);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('!')])).toEqual([
      ['missing_field', `${SHEET}!C5`],
    ]);
  });

  it('refuses a workbook without the self-assessment sheet, naming it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const r = await readAssessmentWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), tinySet(), {
      file: 'sai.xlsx',
    });
    expect(r.success ? [] : r.issues).toEqual([
      {
        code: 'invalid_value',
        path: [],
        file: 'sai.xlsx',
        message: 'Không có trang tính "Tự chấm điểm" (biểu tự chấm điểm). Tệp có: "Sheet1".',
        messageEn: 'No "Tự chấm điểm" (or "Self-assessment") worksheet. The file has: "Sheet1".',
      },
    ]);
  });

  it('refuses a template made for another criteria set or another version of it', async () => {
    const set = tinySet();
    const other = parseCriteriaSet({ ...authoringOf(set), id: 'bo-khac' });
    const r1 = await readAssessmentWorkbook(await filled(other, {}), set);
    expect(r1.success ? [] : r1.issues.map((i) => [i.code, i.path.join('!')])).toEqual([
      ['criteria_set_mismatch', `${SHEET}!C7`],
    ]);
    const changed = parseCriteriaSet({ ...authoringOf(set), adjustments: [] });
    const r2 = await readAssessmentWorkbook(await filled(changed, {}), set);
    expect(r2.success ? [] : r2.issues.map((i) => [i.code, i.path.join('!')])).toEqual([
      ['criteria_set_mismatch', `${SHEET}!C7`],
    ]);
  });

  it.each([
    ['truncated', (b: Uint8Array) => b.slice(0, Math.floor(b.length * 0.7))],
    ['random bytes', (b: Uint8Array) => b.map((_, i) => (i * 31 + 7) % 256)],
    [
      'encrypted',
      (b: Uint8Array) => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...b]),
    ],
  ])('refuses a %s file as file_unreadable', async (_, damage) => {
    const set = tinySet();
    const r = await readAssessmentWorkbook(damage(await filled(set, FULL)), set, {
      file: 'f.xlsx',
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.file])).toEqual([
      ['file_unreadable', 'f.xlsx'],
    ]);
  });
});

// A criteria set back in its authoring shape (enough of it for parseCriteriaSet).
function authoringOf(set: CriteriaSet): Record<string, unknown> {
  const { max: _max, ...rest } = set;
  return rest;
}

describe('readAssessmentWorkbook: what other tools and Excel itself put in cells', () => {
  it('a formula without a computed value: simple arithmetic is read, anything else reported', async () => {
    const set = tinySet();
    // exceljs writes formulas without cached values, like the tools that produce such files.
    const ok = await filled(set, { C3: 'Xã C', C5: 'xã', F16: { formula: '0.5+0.5' } });
    const r = await readAssessmentWorkbook(ok, set);
    expect(r.success ? r.data.entries.map((e) => [e.code, e.points]) : r.issues).toEqual([
      ['2.2', '1'],
    ]);
    const bad = await filled(set, { C3: 'Xã C', C5: 'xã', F16: { formula: 'F13*2' } });
    const r2 = await readAssessmentWorkbook(bad, set);
    expect(r2.success).toBe(false);
    if (r2.success) return;
    expect(r2.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'invalid_value',
        "Ô F16: công thức '=F13*2' chưa có giá trị tính sẵn (tệp được ghi bởi chương trình không tính công thức). Hãy nhập số trực tiếp, hoặc mở tệp bằng Excel/LibreOffice, lưu lại rồi nhập lại.",
      ],
    ]);
  });

  it('a ratio Excel turned into a date gets a hint, naming what was probably typed', async () => {
    const set = tinySet();
    // "9/10" typed in a General cell becomes 9 October (day/month) in Vietnamese Excel.
    // (The template keeps ratio cells as text, so this takes a cell formatted otherwise.)
    const bytes = await editWorkbook(await writeAssessmentTemplate(set), (wb) => {
      const ws = sheetOf(wb, SHEET);
      setCells(ws, { C3: 'Xã D', C5: 'xã', E15: new Date(Date.UTC(2024, 9, 9)) });
      ws.getCell('E15').numFmt = 'dd/mm/yyyy';
    });
    const r = await readAssessmentWorkbook(bytes, set);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('wrong_value_kind');
    expect(r.issues[0]?.message).toContain('Ô E15: ô chứa ngày 09/10/2024');
    expect(r.issues[0]?.message).toContain("Excel đã tự đổi '9/10' (hoặc '10/9') thành ngày");
  });

  it('survey answers written with commas are read like those with semicolons', async () => {
    const set = tinySet();
    for (const text of [
      'A=120, B=30, C=5, D=0',
      'A=120; B=30; C=5; D=0',
      'A: 120\nB: 30\nC: 5\nD: 0',
    ]) {
      const r = await readAssessmentWorkbook(
        await filled(set, { C3: 'Xã E', C5: 'xã', E18: text }),
        set,
      );
      expect(r.success ? r.data.entries[0]?.value : r.issues, text).toEqual({
        kind: 'answers',
        counts: { A: '120', B: '30', C: '5', D: '0' },
      });
    }
    // Without any separator the message names the separators it knows.
    const r = await readAssessmentWorkbook(
      await filled(set, { C3: 'Xã E', C5: 'xã', E18: 'A 120 B 30' }),
      set,
    );
    expect(r.success ? [] : r.issues.map((i) => i.message)).toEqual([
      "Ô E18: 'A 120 B 30' không đúng dạng số phiếu theo phương án, ví dụ 'A=120; B=30' (mỗi phương án cách nhau bằng dấu chấm phẩy, dấu phẩy hoặc xuống dòng).",
    ]);
  });
});
