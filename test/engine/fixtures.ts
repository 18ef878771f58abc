import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

const SCALE = [
  { code: 'tot', label: 'Tốt', labelEn: 'Good', min: 80 },
  { code: 'kha', label: 'Khá', labelEn: 'Fair', min: 70 },
  { code: 'tb', label: 'Trung bình', labelEn: 'Average', min: 60 },
  { code: 'yeu', label: 'Yếu', labelEn: 'Weak', min: 0, weak: true },
];

/** The authoring form of a 20-point set small enough to score by hand. */
export const SMALL_SPEC = {
  id: 'test-small',
  title: 'Bộ chỉ số thử nghiệm',
  level: 'commune',
  year: 2023,
  provenance: 'illustrative',
  fields: [
    {
      code: '1',
      name: 'Chỉ đạo điều hành',
      nameEn: 'Leadership',
      max: 10,
      tags: ['leadership'],
      children: [
        { code: '1.1', name: 'Kế hoạch CCHC', max: 2, rule: { kind: 'yes-no' } },
        {
          code: '1.2',
          name: 'Tỷ lệ hồ sơ trực tuyến',
          max: 3,
          rule: {
            kind: 'ratio-tiers',
            tiers: [
              { at: 100, points: 3 },
              { at: 80, points: 1.5 },
            ],
          },
        },
        { code: '1.3', name: 'Kiểm tra CCHC', max: 5, rule: { kind: 'direct', step: 0.25 } },
      ],
    },
    {
      code: '2',
      name: 'Cải cách thủ tục hành chính',
      max: 6,
      tags: ['tthc'],
      children: [
        {
          code: '2.1',
          name: 'Báo cáo đúng hạn',
          max: 4,
          rule: { kind: 'deduction', perItem: 0.25 },
        },
        { code: '2.2', name: 'Đơn vị sự nghiệp', max: 2 },
      ],
    },
    { code: '3', name: 'Khảo sát hài lòng', max: 4, method: 'survey' },
  ],
  bands: { levels: SCALE },
  criterionRating: { depth: 2, levels: SCALE },
  adjustments: [
    { id: 'b', name: 'Sáng kiến', kind: 'bonus', cap: 1 },
    { id: 'p', name: 'Vi phạm', kind: 'penalty', cap: 2 },
  ],
  triggers: [
    {
      id: 'remediation',
      label: 'Phải có kế hoạch khắc phục',
      labelEn: 'Remediation plan required',
      due: '2023-04-10',
      when: {
        kind: 'any',
        conditions: [
          { kind: 'band-in', bands: ['tb', 'yeu'] },
          { kind: 'node-below', node: { tag: 'tthc' }, percent: 75 },
        ],
      },
    },
  ],
};

/** {@link SMALL_SPEC}, parsed. */
export const SMALL_SET = parseCriteriaSet(SMALL_SPEC);

const EVIDENCE = [{ number: '12/KH-UBND', date: '2023-01-10', issuer: 'UBND xã (hư cấu)' }];

/** Unit A: rule values, declared self-scores, two appraisal rounds, N/A, bonus and penalty. */
export const UNIT_A = parseAssessment(
  {
    criteriaSet: 'test-small',
    unit: { id: 'a', name: 'Xã A', block: 'xã' },
    period: '2023',
    entries: [
      { code: '1.1', value: 'Có', evidence: EVIDENCE },
      { code: '1.2', value: '45/50', selfScore: 3, appraisal: 1.5 },
      { code: '1.3', points: 4.75, appraisal: [4, 4.5], evidence: EVIDENCE },
      { code: '2.1', value: 3, evidence: EVIDENCE },
      { code: '2.2', notApplicable: 'Không có đơn vị sự nghiệp' },
      { code: '3', points: 3.1 },
    ],
    adjustments: [
      { id: 'b', points: 1 },
      { id: 'p', points: 0.5 },
    ],
  },
  SMALL_SET,
);

/** Unit B: only field totals, as published results list them. */
export const UNIT_B = parseAssessment(
  {
    criteriaSet: 'test-small',
    unit: { id: 'b', name: 'Xã B', block: 'xã' },
    period: '2023',
    entries: [
      { code: '1', points: 6, explanation: 'Kết quả công bố' },
      { code: '1.1', value: 'Không' },
      { code: '2', points: 4.4, explanation: 'Kết quả công bố' },
      { code: '3', points: 3 },
    ],
  },
  SMALL_SET,
);
