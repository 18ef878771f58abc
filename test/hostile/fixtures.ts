/**
 * Small valid documents (authoring format) that the hostile tests break in every way.
 * Functions, so each test gets fresh objects it may mutate.
 */

const SCALE = [
  { code: 'tot', label: 'Tốt', min: 80 },
  { code: 'kha', label: 'Khá', min: 70 },
  { code: 'tb', label: 'Trung bình', min: 60 },
  { code: 'yeu', label: 'Yếu', min: 0, weak: true },
];

/** A 10-point set with every rule kind, bands, rating, adjustments and a trigger. */
export function setDoc(): Record<string, unknown> {
  return {
    id: 'hostile-set',
    title: 'Bộ chỉ số thử nghiệm',
    level: 'commune',
    year: 2023,
    provenance: 'illustrative',
    fields: [
      {
        code: '1',
        name: 'Chỉ đạo điều hành',
        max: 6,
        tags: ['tthc'],
        children: [
          { code: '1.1', name: 'Kế hoạch', max: 1, rule: { kind: 'yes-no' } },
          { code: '1.2', name: 'Kiểm tra', max: 1, rule: { kind: 'direct', step: 0.25 } },
          {
            code: '1.3',
            name: 'Hồ sơ đúng hạn',
            max: 1,
            rule: {
              kind: 'ratio-tiers',
              tiers: [
                { at: 100, points: 1 },
                { at: 80, points: 0.5 },
              ],
            },
          },
          { code: '1.4', name: 'Tỷ lệ số hóa', max: 1, rule: { kind: 'ratio-linear' } },
          { code: '1.5', name: 'Báo cáo', max: 1, rule: { kind: 'deduction', perItem: 0.25 } },
          {
            code: '1.6',
            name: 'Ban hành kế hoạch',
            max: 1,
            rule: { kind: 'deadline', due: '2023-01-15', tiers: [{ daysLate: 5, points: 0.5 }] },
          },
        ],
      },
      {
        code: '2',
        name: 'Khảo sát',
        max: 4,
        method: 'survey',
        children: [
          {
            code: '2.1',
            name: 'Hài lòng',
            max: 2,
            rule: {
              kind: 'survey-options',
              options: [
                { code: 'A', weight: 100 },
                { code: 'B', weight: 60 },
                { code: 'C', weight: 0 },
              ],
            },
          },
          {
            code: '2.2',
            name: 'Thang điểm',
            max: 2,
            rule: { kind: 'survey-scale', min: 1, max: 5 },
          },
        ],
      },
    ],
    bands: { levels: SCALE },
    criterionRating: { depth: 2, levels: SCALE },
    adjustments: [
      { id: 'bonus', name: 'Sáng kiến', kind: 'bonus', cap: 1 },
      { id: 'penalty', name: 'Vi phạm', kind: 'penalty', cap: 1 },
    ],
    triggers: [
      {
        id: 'plan',
        label: 'Kế hoạch khắc phục',
        when: { kind: 'node-below', node: { tag: 'tthc' }, percent: 75 },
      },
    ],
  };
}

/**
 * A valid assessment of {@link setDoc}. By hand: 1 + 1 + 1 + 0.9 + (1 − 2 × 0.25) + 1 = 5.4, and
 * 2 × (120·100 + 30·60) / (100·150) = 1.84, 2 × (3.8 − 1) / (5 − 1) = 1.4: total 8.64 of 10.
 */
export function assessmentDoc(): Record<string, unknown> {
  return {
    criteriaSet: 'hostile-set',
    unit: { id: 'xa-a', name: 'Xã A', block: 'xã' },
    period: '2023',
    entries: [
      { code: '1.1', value: 'Có', evidence: [{ number: '1/KH' }] },
      { code: '1.2', points: 1, evidence: [{ number: '2/BC' }] },
      { code: '1.3', value: '50/50', evidence: [{ number: '3/BC' }] },
      { code: '1.4', value: '90 %', evidence: [{ number: '4/BC' }] },
      { code: '1.5', value: 2, evidence: [{ number: '5/BC' }] },
      { code: '1.6', value: '2023-01-10', evidence: [{ number: '6/KH' }] },
      { code: '2.1', value: { A: 120, B: 30, C: 0 } },
      { code: '2.2', value: 3.8 },
    ],
    adjustments: [],
  };
}
