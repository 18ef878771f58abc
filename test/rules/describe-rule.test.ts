import { describe, expect, it } from 'vitest';
import type { ScoringRule } from '../../src/model/scoring-rule.js';
import { describeRule } from '../../src/rules/describe-rule.js';
import { ds } from './helpers.js';

type Case = [name: string, rule: ScoringRule, max: string | number, vi: string, en: string];

const cases: Case[] = [
  [
    'direct with a step',
    { kind: 'direct', step: ds('0.25') },
    '2',
    'Chấm trực tiếp từ 0 đến 2 điểm (bước 0,25)',
    'Scored directly from 0 to 2 points (step 0.25)',
  ],
  [
    'direct without a step',
    { kind: 'direct' },
    1,
    'Chấm trực tiếp từ 0 đến 1 điểm',
    'Scored directly from 0 to 1 point',
  ],
  [
    'yes-no',
    { kind: 'yes-no', yes: ds('1'), no: ds('0') },
    '1',
    'Có: 1 điểm; Không: 0 điểm',
    'Yes: 1 point; No: 0 points',
  ],
  [
    'yes-no with partial points',
    { kind: 'yes-no', yes: ds('0.75'), no: ds('0.25') },
    '1',
    'Có: 0,75 điểm; Không: 0,25 điểm',
    'Yes: 0.75 points; No: 0.25 points',
  ],
  [
    'ratio-tiers higher-better',
    {
      kind: 'ratio-tiers',
      direction: 'higher-better',
      tiers: [
        { at: ds('100'), points: ds('1') },
        { at: ds('80'), points: ds('0.5') },
      ],
      otherwise: ds('0'),
    },
    '1',
    'Tỷ lệ từ 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; dưới 80 %: 0 điểm',
    'Ratio 100% or more: 1 point; 80% to under 100%: 0.5 points; under 80%: 0 points',
  ],
  [
    'ratio-tiers with three tiers',
    {
      kind: 'ratio-tiers',
      direction: 'higher-better',
      tiers: [
        { at: ds('100'), points: ds('2') },
        { at: ds('90'), points: ds('1.5') },
        { at: ds('80'), points: ds('1') },
      ],
      otherwise: ds('0'),
    },
    '2',
    'Tỷ lệ từ 100 %: 2 điểm; từ 90 % đến dưới 100 %: 1,5 điểm; từ 80 % đến dưới 90 %: 1 điểm; dưới 80 %: 0 điểm',
    'Ratio 100% or more: 2 points; 90% to under 100%: 1.5 points; 80% to under 90%: 1 point; under 80%: 0 points',
  ],
  [
    'ratio-tiers lower-better',
    {
      kind: 'ratio-tiers',
      direction: 'lower-better',
      tiers: [
        { at: ds('0'), points: ds('1') },
        { at: ds('5'), points: ds('0.5') },
      ],
      otherwise: ds('0'),
    },
    '1',
    'Tỷ lệ đến 0 %: 1 điểm; trên 0 % đến 5 %: 0,5 điểm; trên 5 %: 0 điểm',
    'Ratio up to 0%: 1 point; over 0% up to 5%: 0.5 points; over 5%: 0 points',
  ],
  [
    'ratio-tiers without tiers',
    { kind: 'ratio-tiers', direction: 'higher-better', tiers: [], otherwise: ds('0.25') },
    '1',
    'Mọi tỷ lệ: 0,25 điểm',
    'Any ratio: 0.25 points',
  ],
  [
    'ratio-linear with defaults',
    { kind: 'ratio-linear', lower: ds('0'), upper: ds('100'), origin: 'zero' },
    '2',
    'Tỷ lệ từ 100 %: 2 điểm; dưới 100 %: 2 điểm × tỷ lệ / 100 %',
    'Ratio 100% or more: 2 points; under 100%: 2 points × ratio / 100%',
  ],
  [
    'ratio-linear from a lower bound',
    { kind: 'ratio-linear', lower: ds('50'), upper: ds('100'), origin: 'lower' },
    '1',
    'Tỷ lệ từ 100 %: 1 điểm; từ 50 % đến dưới 100 %: 1 điểm × (tỷ lệ − 50 %) / 50 %; dưới 50 %: 0 điểm',
    'Ratio 100% or more: 1 point; 50% to under 100%: 1 point × (ratio − 50%) / 50%; under 50%: 0 points',
  ],
  [
    'ratio-linear with a lower bound, origin zero',
    { kind: 'ratio-linear', lower: ds('50'), upper: ds('80'), origin: 'zero' },
    '1',
    'Tỷ lệ từ 80 %: 1 điểm; từ 50 % đến dưới 80 %: 1 điểm × tỷ lệ / 80 %; dưới 50 %: 0 điểm',
    'Ratio 80% or more: 1 point; 50% to under 80%: 1 point × ratio / 80%; under 50%: 0 points',
  ],
  [
    'deduction',
    { kind: 'deduction', perItem: ds('0.25'), floor: ds('0'), freeItems: 0 },
    '2',
    'Tối đa 2 điểm; mỗi trường hợp trừ 0,25 điểm, thấp nhất 0 điểm',
    'Up to 2 points; minus 0.25 points per case, down to 0 points',
  ],
  [
    'deduction with one free item and a floor',
    { kind: 'deduction', perItem: ds('0.25'), floor: ds('0.5'), freeItems: 1 },
    '2',
    'Tối đa 2 điểm; không trừ 1 trường hợp đầu, mỗi trường hợp tiếp theo trừ 0,25 điểm, thấp nhất 0,5 điểm',
    'Up to 2 points; the first case is free, then minus 0.25 points per case, down to 0.5 points',
  ],
  [
    'deduction with two free items',
    { kind: 'deduction', perItem: ds('1.005'), floor: ds('0'), freeItems: 2 },
    '1234.5',
    'Tối đa 1.234,5 điểm; không trừ 2 trường hợp đầu, mỗi trường hợp tiếp theo trừ 1,005 điểm, thấp nhất 0 điểm',
    'Up to 1,234.5 points; the first 2 cases are free, then minus 1.005 points per case, down to 0 points',
  ],
  [
    'deadline',
    { kind: 'deadline', tiers: [{ daysLate: 5, points: ds('0.5') }], otherwise: ds('0') },
    '1',
    'Đúng hạn: 1 điểm; chậm đến 5 ngày: 0,5 điểm; chậm hơn: 0 điểm',
    'On time: 1 point; up to 5 days late: 0.5 points; later: 0 points',
  ],
  [
    'deadline with a due date and two tiers',
    {
      kind: 'deadline',
      due: '2023-11-30',
      tiers: [
        { daysLate: 1, points: ds('0.5') },
        { daysLate: 10, points: ds('0.25') },
      ],
      otherwise: ds('0'),
    },
    '1',
    'Đúng hạn (hạn 30/11/2023): 1 điểm; chậm đến 1 ngày: 0,5 điểm; chậm trên 1 ngày đến 10 ngày: 0,25 điểm; chậm hơn: 0 điểm',
    'On time (due 2023-11-30): 1 point; up to 1 day late: 0.5 points; over 1 day up to 10 days late: 0.25 points; later: 0 points',
  ],
  [
    'deadline without tiers',
    { kind: 'deadline', tiers: [], otherwise: ds('0') },
    '0.5',
    'Đúng hạn: 0,5 điểm; chậm: 0 điểm',
    'On time: 0.5 points; late: 0 points',
  ],
  [
    'survey-options',
    {
      kind: 'survey-options',
      options: [
        { code: 'A', label: 'Rất hài lòng', weight: ds('100') },
        { code: 'B', weight: ds('60') },
        { code: 'C', weight: ds('20') },
        { code: 'D', weight: ds('0') },
      ],
    },
    '2',
    'A (Rất hài lòng) 100 %, B 60 %, C 20 %, D 0 % số điểm',
    'A (Rất hài lòng) 100%, B 60%, C 20%, D 0% of the points',
  ],
  [
    'survey-scale',
    { kind: 'survey-scale', min: ds('1'), max: ds('5') },
    '2',
    'Thang 1–5: điểm trung bình 5 được 2 điểm, 1 được 0 điểm, ở giữa tính theo tỷ lệ',
    'Scale 1–5: a mean of 5 earns 2 points, 1 earns 0 points, proportionally in between',
  ],
];

describe('describeRule', () => {
  it.each(cases)('%s', (_name, rule, max, vi, en) => {
    expect(describeRule(rule, max)).toBe(vi);
    expect(describeRule(rule, max, 'vi')).toBe(vi);
    expect(describeRule(rule, max, 'en')).toBe(en);
  });

  it('writes numbers in full, never rounded (1.005 stays 1,005)', () => {
    const rule: ScoringRule = { kind: 'yes-no', yes: ds('1.005'), no: ds('0.125') };
    expect(describeRule(rule, '2')).toBe('Có: 1,005 điểm; Không: 0,125 điểm');
  });
});
