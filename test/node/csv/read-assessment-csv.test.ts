import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../../src/criteria-sets/registry.js';
import {
  checkCsvAssessment,
  csvToAssessmentInput,
} from '../../../src/node/csv/read-assessment-csv.js';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';

const set = getCriteriaSet('illustrative-commune-2023');
if (set === undefined) throw new Error('bundled set missing');

// Vietnamese labels, decimal commas, a survey answer cell, two appraisal rounds, evidence.
const CSV = [
  'Bộ chỉ số;illustrative-commune-2023',
  'Mã đơn vị;xa-thu',
  'Tên đơn vị;Xã Thử (hư cấu)',
  'Khối;xã',
  'Kỳ;2023',
  '',
  'Mã;Giá trị;Điểm;Điểm tự chấm;Thẩm định lần 1;Thẩm định lần 2;Không áp dụng;Giải trình;Tài liệu kiểm chứng',
  '1.1.1;20/01/2023;;;;;;;"12/KH-UBND ngày 20/01/2023"',
  '1.1.2;"45/50";;1,5;0,75;1,5;;Đã bổ sung;',
  '1.1.3;Có;;;;;;;QĐ 5',
  '',
  '1.2.1;3;;;;;;;Báo cáo',
  '1.3;;1,75;;;;;;Biên bản',
  '2.3.1;;;;;;Không phát sinh;;',
  '8.1.1;"A: 120; B: 30; C: 5; D: 0";;;;;;;',
  '8.2.3;3,8;;;;;;;',
].join('\r\n');

const YAML_EQUIVALENT = {
  criteriaSet: 'illustrative-commune-2023',
  unit: { id: 'xa-thu', name: 'Xã Thử (hư cấu)', block: 'xã' },
  period: '2023',
  entries: [
    { code: '1.1.1', value: '20/01/2023', evidence: [{ title: '12/KH-UBND ngày 20/01/2023' }] },
    {
      code: '1.1.2',
      value: '45/50',
      selfScore: '1,5',
      appraisal: ['0,75', '1,5'],
      explanation: 'Đã bổ sung',
    },
    { code: '1.1.3', value: 'Có', evidence: [{ title: 'QĐ 5' }] },
    { code: '1.2.1', value: 3, evidence: [{ title: 'Báo cáo' }] },
    { code: '1.3', points: 1.75, evidence: [{ title: 'Biên bản' }] },
    { code: '2.3.1', notApplicable: 'Không phát sinh' },
    { code: '8.1.1', value: { A: 120, B: 30, C: 5, D: 0 } },
    { code: '8.2.3', value: { mean: 3.8 } },
  ],
};

describe('CSV assessments', () => {
  it('read to the same assessment as the YAML form of the same data', () => {
    const csv = csvToAssessmentInput(CSV, 'xa-thu.csv');
    if (!csv.success) throw new Error(JSON.stringify(csv.issues));
    expect(csv.data.rows).toEqual([8, 9, 10, 12, 13, 14, 15, 16]);
    const checked = checkCsvAssessment(csv.data, set, 'xa-thu.csv');
    if (!checked.success) throw new Error(JSON.stringify(checked.issues));
    expect(checked.data).toEqual(parseAssessment(YAML_EQUIVALENT, set));
  });

  it('report problems at the CSV row people see, with the file', () => {
    const bad = CSV.replace('1.1.3;Có;', '1.1.3;Có lẽ;').replace('1.2.1;3;', '9.9;3;');
    const csv = csvToAssessmentInput(bad, 'bad.csv');
    if (!csv.success) throw new Error('shape');
    const checked = checkCsvAssessment(csv.data, set, 'bad.csv');
    expect(checked.success).toBe(false);
    if (!checked.success) {
      expect(checked.issues.map((i) => [i.code, i.path.join('.'), i.file])).toEqual([
        ['wrong_value_kind', 'row 10.value', 'bad.csv'],
        ['unknown_criterion', 'row 12.code', 'bad.csv'],
      ]);
    }
  });

  it('refuse a file without a table header, an open quote, or too many rows', () => {
    const noHeader = csvToAssessmentInput('Bộ chỉ số;x\n1;2', 'a.csv');
    expect(noHeader.success ? undefined : noHeader.issues[0]?.code).toBe('missing_field');
    const open = csvToAssessmentInput('code;value\n1;"x', 'a.csv');
    expect(open.success ? undefined : open.issues[0]?.code).toBe('invalid_syntax');
    const many = csvToAssessmentInput('x\n'.repeat(20_001), 'a.csv');
    expect(many.success ? undefined : many.issues[0]?.code).toBe('file_too_large');
  });
});
