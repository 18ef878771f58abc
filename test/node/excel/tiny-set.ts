import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { parseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';

/** A tiny criteria set with one leaf per common rule kind (10 points in all). */
export function tinySet(): CriteriaSet {
  return parseCriteriaSet({
    id: 'thu-excel-2024',
    title: 'Bộ chỉ số thử cho Excel',
    titleEn: 'Excel test criteria',
    level: 'commune',
    year: 2024,
    provenance: 'illustrative',
    fields: [
      {
        code: '1',
        name: 'Công tác chỉ đạo, điều hành',
        nameEn: 'Leadership',
        max: 3,
        children: [
          { code: '1.1', name: 'Kế hoạch CCHC năm', max: 1, rule: { kind: 'yes-no' } },
          {
            code: '1.2',
            name: 'Báo cáo định kỳ',
            max: 2,
            rule: { kind: 'deduction', perItem: '0,5' },
          },
        ],
      },
      {
        code: '2',
        name: 'Cải cách thủ tục hành chính',
        max: 4,
        children: [
          {
            code: '2.1',
            name: 'Hồ sơ giải quyết đúng hạn',
            max: 2,
            rule: {
              kind: 'ratio-tiers',
              direction: 'higher-better',
              tiers: [
                { at: 100, points: 2 },
                { at: 80, points: 1 },
              ],
            },
          },
          { code: '2.2', name: 'Công khai thủ tục', max: 2, rule: { kind: 'direct', step: 0.25 } },
        ],
      },
      {
        code: '3',
        name: 'Khảo sát sự hài lòng',
        max: 3,
        method: 'survey',
        children: [
          {
            code: '3.1',
            name: 'Mức độ hài lòng',
            max: 2,
            rule: {
              kind: 'survey-options',
              options: [
                { code: 'A', weight: 100 },
                { code: 'B', weight: 60 },
                { code: 'C', weight: 20 },
                { code: 'D', weight: 0 },
              ],
            },
          },
          {
            code: '3.2',
            name: 'Điểm trung bình',
            max: 1,
            rule: { kind: 'survey-scale', min: 1, max: 5 },
          },
        ],
      },
    ],
    adjustments: [{ id: 'initiative', name: 'Sáng kiến CCHC', kind: 'bonus', cap: 1 }],
  });
}
