import { describe, expect, it } from 'vitest';
import type { SurveyOptionsRule } from '../../src/model/scoring-rule.js';
import { codes, ds, m, outcome, points } from './helpers.js';

const rule: SurveyOptionsRule = {
  kind: 'survey-options',
  options: [
    { code: 'A', label: 'Rất hài lòng', weight: ds('100') },
    { code: 'B', weight: ds('60') },
    { code: 'C', weight: ds('20') },
    { code: 'D', weight: ds('0') },
  ],
};
const answers = (counts: Record<string, string>) =>
  ({ kind: 'answers', counts: counts as Record<string, ReturnType<typeof ds>> }) as const;

describe('evaluateSurveyOptions', () => {
  it('weights the answers 100/60/20/0 % (A120 B30 C5 D0 of 2 points)', () => {
    // 2 × (120·100 + 30·60 + 5·20) / (100 · 155) = 27800 / 15500, 40 significant digits.
    const o = outcome(rule, m(2), answers({ A: '120', B: '30', C: '5', D: '0' }));
    expect(points(o)).toBe('1.793548387096774193548387096774193548387');
    expect(o.inputText).toBe('A: 120, B: 30, C: 5, D: 0');
    expect(o.ruleText).toBe('A (Rất hài lòng) 100 %, B 60 %, C 20 %, D 0 % số điểm');
    expect(o.warnings).toEqual([]);
  });

  it('gives the extremes for unanimous answers and counts missing options as 0', () => {
    expect(points(outcome(rule, m(2), answers({ A: '7' })))).toBe('2');
    expect(points(outcome(rule, m(2), answers({ D: '7' })))).toBe('0');
    expect(outcome(rule, m(2), answers({ B: '1' })).inputText).toBe('A: 0, B: 1, C: 0, D: 0');
  });

  it('accepts shares and thirds exactly', () => {
    // 1 × (0.5·100 + 0.5·60) / 100 = 0.8
    expect(points(outcome(rule, m(1), answers({ A: '0.5', B: '0.5' })))).toBe('0.8');
    // 1/3 each of A, B, C on 3 points: 3 × 180 / 300 = 1.8; A1 D2: 3 × 100 / 300 = 1.
    expect(points(outcome(rule, m(3), answers({ A: '1', B: '1', C: '1' })))).toBe('1.8');
    expect(points(outcome(rule, m(3), answers({ A: '1', D: '2' })))).toBe('1');
    const o = outcome(rule, m(1), answers({ A: '0.25', C: '0.75' }));
    expect(o.inputText).toBe('A: 0,25, B: 0, C: 0,75, D: 0');
  });

  it('sums ten shares of 0.1 exactly', () => {
    // Σ shares = 1 (floats: 0.9999999999999999); Σ share × weight = 0.1 × (0 + 10 + … + 90) = 45.
    const ten: SurveyOptionsRule = {
      kind: 'survey-options',
      options: Array.from({ length: 10 }, (_, i) => ({
        code: `O${i}`,
        weight: ds(String(i * 10)),
      })),
    };
    const counts = Object.fromEntries(ten.options.map((o) => [o.code, '0.1']));
    expect(points(outcome(ten, m(1), answers(counts)))).toBe('0.45');
  });

  it('gives 0 with a warning when there are no answers', () => {
    const o = outcome(rule, m(2), answers({ A: '0', B: '0' }));
    expect(points(o)).toBe('0');
    expect(codes(o)).toEqual(['empty_denominator']);
    expect(codes(outcome(rule, m(2), answers({})))).toEqual(['empty_denominator']);
  });

  it('ignores an option the rule does not have (validation reports it)', () => {
    expect(points(outcome(rule, m(2), answers({ E: '1' })))).toBe('0');
    expect(codes(outcome(rule, m(2), answers({ E: '1' })))).toEqual(['empty_denominator']);
  });

  it('clamps weights above 100 %', () => {
    const r: SurveyOptionsRule = {
      kind: 'survey-options',
      options: [{ code: 'A', weight: ds('150') }],
    };
    expect(points(outcome(r, m(2), answers({ A: '3' })))).toBe('2');
  });
});
