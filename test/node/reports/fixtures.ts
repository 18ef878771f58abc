import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import type { Assessment, AssessmentEntry } from '../../../src/model/assessment.js';
import type { CriteriaNode } from '../../../src/model/criteria-node.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import type { Ranking } from '../../../src/model/ranking.js';
import type { ScoreResult } from '../../../src/model/score-result.js';
import type { ReportInput } from '../../../src/node/reports/report-input.js';
import { rankValues } from '../../../src/ranking/rank.js';
import { rankResults } from '../../../src/ranking/rank-results.js';
import { criteriaNode, ds } from '../../support/model.js';

function node(
  code: string,
  name: string,
  max: string,
  children: CriteriaNode[] = [],
  extra: Partial<CriteriaNode> = {},
): CriteriaNode {
  return criteriaNode(code, name, max, { children, ...extra });
}

/**
 * A tiny illustrative commune set: 3 appraised fields (40 points) and a survey field (60).
 * Bands as Hải Dương's four levels; a remediation trigger as in seed 002 (band HTNV or lower,
 * or the TTHC / digital-government field under 75 % of its maximum).
 */
export const SET: CriteriaSet = {
  id: 'minh-son-commune-2023',
  title: 'Bộ chỉ số CCHC cấp xã tỉnh Minh Sơn (minh họa)',
  level: 'commune',
  year: 2023,
  provenance: 'illustrative',
  partial: false,
  decisions: [],
  rounding: { places: 2, mode: 'half-up' },
  classifyOn: 'published',
  totalCap: 'max',
  fields: [
    node(
      '1',
      'Công tác chỉ đạo, điều hành CCHC',
      '10',
      [
        node('1.1', 'Kế hoạch CCHC năm', '4'),
        node('1.2', 'Báo cáo CCHC đúng hạn', '6', [], { evidenceRequired: true }),
      ],
      { nameEn: 'Leadership and direction' },
    ),
    node(
      '2',
      'Cải cách thủ tục hành chính',
      '14.5',
      [
        node('2.1', 'Công khai thủ tục hành chính', '6.5'),
        node('2.2', 'Giải quyết hồ sơ đúng hạn', '8'),
      ],
      { tags: ['tthc'], nameEn: 'Administrative procedures' },
    ),
    node(
      '3',
      'Xây dựng chính quyền điện tử, chính quyền số',
      '15.5',
      [node('3.1', 'Dịch vụ công trực tuyến', '9.5'), node('3.2', 'Sử dụng chữ ký số', '6')],
      { tags: ['digital-government'], nameEn: 'Digital government' },
    ),
    node('4', 'Điều tra xã hội học', '60', [], { method: 'survey', nameEn: 'Survey' }),
  ],
  bands: {
    name: 'Xếp loại',
    levels: [
      {
        code: 'htxs',
        label: 'Hoàn thành xuất sắc nhiệm vụ',
        labelEn: 'Excellent',
        min: ds('90'),
        weak: false,
      },
      {
        code: 'htt',
        label: 'Hoàn thành tốt nhiệm vụ',
        labelEn: 'Good',
        min: ds('80'),
        below: ds('90'),
        weak: false,
      },
      {
        code: 'htnv',
        label: 'Hoàn thành nhiệm vụ',
        labelEn: 'Fulfilled',
        min: ds('65'),
        below: ds('80'),
        weak: false,
      },
      {
        code: 'khtnv',
        label: 'Không hoàn thành nhiệm vụ',
        labelEn: 'Not fulfilled',
        min: ds('0'),
        below: ds('65'),
        weak: true,
      },
    ],
  },
  adjustments: [],
  triggers: [
    {
      id: 'remediation-plan',
      label: 'Phải xây dựng kế hoạch khắc phục',
      labelEn: 'Remediation plan required',
      action: 'Gửi kế hoạch khắc phục về Phòng Nội vụ',
      due: '2023-04-10',
      when: {
        kind: 'any',
        conditions: [
          { kind: 'band-in', bands: ['htnv', 'khtnv'] },
          { kind: 'node-below', node: { tag: 'tthc' }, percent: ds('75') },
          { kind: 'node-below', node: { tag: 'digital-government' }, percent: ds('75') },
        ],
      },
    },
  ],
  max: ds('100'),
};

/** Points given directly, optional appraisal rounds, evidence only for 1.2. */
function e(code: string, points: string, appraisal: string[] = []): AssessmentEntry {
  return {
    code,
    points: ds(points),
    appraisal: appraisal.map(ds),
    evidence: code === '1.2' ? [{ number: '12/BC-UBND', date: '2023-12-01' }] : [],
  };
}

function assessment(
  id: string,
  name: string,
  block: string,
  entries: AssessmentEntry[],
): Assessment {
  return {
    criteriaSetId: SET.id,
    unit: { id, name, block },
    period: '2023',
    entries,
    adjustments: [],
  };
}

/** A unit name built to break naive writers: formula start, HTML, quotes, ampersand, separators. */
export const HOSTILE_NAME = `=cmd|' /C calc'!A0 <b>"Phường" & 'X'</b>; a,b`;

// Hand totals (final stage), index = points ÷ max × 100:
// Cẩm Hưng: 1: 4+5.5=9.5; 2: 6.25+8=14.25; 3: 8+6=14; 4: 52.3 → 90.05/100 → 90.05 % (htxs);
//   lost at appraisal 0.5 (1.2) + 0.25 (2.1: self 6.5, rounds 6 then 6.25) + 1.5 (3.1) = 2.25.
// Thạch Lỗi: 10 + 13.5 + 14 (3.2: self 5.5, appraised 5) + 47.08 → 84.58 % (htt); lost 0.5;
//   1.2 has points but no evidence → one missing_evidence warning.
// Lương Điền: 4.75 + 10 + 10 + 45.5 = 70.25 % (htnv); field 2 = 10/14.5 = 68.97 %,
//   field 3 = 10/15.5 = 64.52 % → trigger with 3 reasons; lost 0.25 + 1 + 1 = 2.25.
// Hostile ward: 10 + 14.5 + 15.5 + 55 = 95 % (htxs).
// Tân Bình ward: 3.2 not applicable → max 94; 10 + 14 + 8 + 46.32 = 78.32 → 83.3191… → 83.32 % (htt).
export const ASSESSMENTS: readonly Assessment[] = [
  assessment('cam-hung', 'Xã Cẩm Hưng', 'xã', [
    e('1.1', '4'),
    e('1.2', '6', ['5.5']),
    e('2.1', '6.5', ['6', '6.25']),
    e('2.2', '8'),
    e('3.1', '9.5', ['8']),
    e('3.2', '6'),
    e('4', '52.3'),
  ]),
  assessment('thach-loi', 'Xã Thạch Lỗi', 'xã', [
    e('1.1', '4'),
    { ...e('1.2', '6'), evidence: [] },
    e('2.1', '6.5'),
    e('2.2', '7'),
    e('3.1', '9'),
    e('3.2', '5.5', ['5']),
    e('4', '47.08'),
  ]),
  assessment('luong-dien', 'Xã Lương Điền', 'xã', [
    e('1.1', '0'),
    e('1.2', '5', ['4.75']),
    e('2.1', '5', ['4']),
    e('2.2', '6'),
    e('3.1', '7', ['6']),
    e('3.2', '4'),
    e('4', '45.5'),
  ]),
  assessment('hostile', HOSTILE_NAME, 'phường', [
    e('1.1', '4'),
    e('1.2', '6'),
    e('2.1', '6.5'),
    e('2.2', '8'),
    e('3.1', '9.5'),
    e('3.2', '6'),
    e('4', '55'),
  ]),
  assessment('tan-binh', 'Phường Tân Bình', 'phường', [
    e('1.1', '4'),
    e('1.2', '6'),
    e('2.1', '6'),
    e('2.2', '8'),
    e('3.1', '8'),
    { code: '3.2', appraisal: [], evidence: [], notApplicable: { reason: 'Chưa triển khai' } },
    e('4', '46.32'),
  ]),
];

export const RESULTS: readonly ScoreResult[] = ASSESSMENTS.map((a) => scoreAssessment(SET, a));

export const RANKING: Ranking = rankResults(RESULTS);

/** 2022: Lương Điền 1/3, Cẩm Hưng 2/3, Thạch Lỗi 3/3; Tân Bình 1/1 (the hostile ward is new). */
export const PREVIOUS: Ranking = rankValues(
  [
    { unitId: 'luong-dien', unitName: 'Xã Lương Điền', block: 'xã', value: ds('80') },
    { unitId: 'cam-hung', unitName: 'Xã Cẩm Hưng', block: 'xã', value: ds('78') },
    { unitId: 'thach-loi', unitName: 'Xã Thạch Lỗi', block: 'xã', value: ds('70') },
    { unitId: 'tan-binh', unitName: 'Phường Tân Bình', block: 'phường', value: ds('75') },
  ],
  2,
);

/** The full report input, Vietnamese, with the previous ranking. */
export const INPUT: ReportInput = {
  results: RESULTS,
  ranking: RANKING,
  previous: PREVIOUS,
  title: 'Kết quả Chỉ số CCHC cấp xã năm 2023',
  criteriaSets: [SET],
};
