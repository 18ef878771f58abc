import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

/** A set with one leaf per rule kind, for assessment tests. */
export const SET = parseCriteriaSet({
  id: 'kind-set',
  title: 'Bộ thử các loại quy tắc',
  level: 'commune',
  provenance: 'illustrative',
  fields: [
    {
      code: '1',
      name: 'Lĩnh vực',
      max: 10,
      children: [
        { code: '1.1', name: 'Có/Không', max: 1, rule: { kind: 'yes-no' } },
        { code: '1.2', name: 'Tỷ lệ', max: 2, rule: { kind: 'ratio-linear' } },
        { code: '1.3', name: 'Trừ điểm', max: 1, rule: { kind: 'deduction', perItem: 0.25 } },
        {
          code: '1.4',
          name: 'Hạn',
          max: 1,
          rule: { kind: 'deadline', due: '2023-11-30', tiers: [{ daysLate: 5, points: 0.5 }] },
        },
        {
          code: '1.5',
          name: 'Khảo sát',
          max: 2,
          rule: {
            kind: 'survey-options',
            options: [
              { code: 'A', weight: 100 },
              { code: 'B', weight: 60 },
            ],
          },
        },
        { code: '1.6', name: 'Thang đo', max: 1, rule: { kind: 'survey-scale', min: 1, max: 5 } },
        { code: '1.7', name: 'Trực tiếp', max: 1, rule: { kind: 'direct', step: 0.25 } },
        { code: '1.8', name: 'Hạn không ngày', max: 1, rule: { kind: 'deadline' } },
      ],
    },
  ],
  adjustments: [{ id: 'init', name: 'Sáng kiến', kind: 'bonus', cap: 1 }],
});

/** The smallest valid assessment header for {@link SET}. */
export const HEAD = {
  criteriaSet: 'kind-set',
  unit: { id: 'an-phu', name: 'Xã An Phú', block: 'xã' },
  period: '2023',
} as const;
