import type { Assessment, AssessmentEntry } from '../../src/model/assessment.js';
import type { BandScale } from '../../src/model/bands.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { criteriaNode, ds } from '../support/model.js';

export { ds };

/** Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 60, Yếu (weak) below. */
export const SCALE: BandScale = {
  levels: [
    { code: 'tot', label: 'Tốt', labelEn: 'Good', min: ds('80'), weak: false },
    { code: 'kha', label: 'Khá', labelEn: 'Fair', min: ds('70'), below: ds('80'), weak: false },
    {
      code: 'tb',
      label: 'Trung bình',
      labelEn: 'Average',
      min: ds('60'),
      below: ds('70'),
      weak: false,
    },
    { code: 'yeu', label: 'Yếu', labelEn: 'Weak', min: ds('0'), below: ds('60'), weak: true },
  ],
};

const leaf = criteriaNode;

/** A 20-point set: field 1 (1.1 yes-no 2, 1.2 direct 8), field 2 (2.1, 6, tag tthc), survey 3 (4). */
export const SET: CriteriaSet = {
  id: 'whatif-test',
  title: 'Bộ thử nghiệm what-if',
  level: 'commune',
  provenance: 'illustrative',
  partial: false,
  decisions: [],
  rounding: { places: 2, mode: 'half-up' },
  classifyOn: 'published',
  totalCap: 'max',
  fields: [
    {
      ...leaf('1', 'Chỉ đạo điều hành', '10'),
      children: [
        leaf('1.1', 'Kế hoạch CCHC', '2', { rule: { kind: 'yes-no', yes: ds('2'), no: ds('0') } }),
        leaf('1.2', 'Kiểm tra CCHC', '8'),
      ],
    },
    {
      ...leaf('2', 'Cải cách TTHC', '6', { tags: ['tthc'] }),
      children: [leaf('2.1', 'Hồ sơ đúng hạn', '6')],
    },
    leaf('3', 'Khảo sát hài lòng', '4', { method: 'survey' }),
  ],
  bands: SCALE,
  criterionRating: { depth: 2, scale: SCALE },
  adjustments: [],
  triggers: [
    {
      id: 'remediation',
      label: 'Phải có kế hoạch khắc phục',
      when: {
        kind: 'any',
        conditions: [
          { kind: 'band-in', bands: ['tb', 'yeu'] },
          { kind: 'node-below', node: { tag: 'tthc' }, percent: ds('75') },
        ],
      },
    },
  ],
  max: ds('20'),
};

/** An entry giving points directly. */
export function pointsEntry(code: string, points: string): AssessmentEntry {
  return { code, points: ds(points), appraisal: [], evidence: [] };
}

/** An assessment of {@link SET} with points per leaf (1.1 by a yes-no value). */
export function assessment(
  id: string,
  name: string,
  plan: { yes: boolean; p12: string; p21: string; p3: string },
  block = 'xã',
): Assessment {
  return {
    criteriaSetId: SET.id,
    unit: { id, name, block },
    period: '2024',
    entries: [
      { code: '1.1', value: { kind: 'yes-no', value: plan.yes }, appraisal: [], evidence: [] },
      pointsEntry('1.2', plan.p12),
      pointsEntry('2.1', plan.p21),
      pointsEntry('3', plan.p3),
    ],
    adjustments: [],
  };
}
