import { describe, expect, it } from 'vitest';
import type { SurveyScaleRule } from '../../src/model/scoring-rule.js';
import { ds, m, outcome, points } from './helpers.js';

const rule: SurveyScaleRule = { kind: 'survey-scale', min: ds('1'), max: ds('5') };
const mean = (v: string) => ({ kind: 'mean', mean: ds(v) }) as const;

describe('evaluateSurveyScale', () => {
  it('maps the mean linearly onto the points', () => {
    const o = outcome(rule, m(2), mean('3.8'));
    expect(points(o)).toBe('1.4'); // 2 × 2.8 / 4
    expect(o.inputText).toBe('trung bình 3,8 (thang 1–5)');
    expect(o.ruleText).toBe(
      'Thang 1–5: điểm trung bình 5 được 2 điểm, 1 được 0 điểm, ở giữa tính theo tỷ lệ',
    );
    expect(points(outcome(rule, m(2), mean('5')))).toBe('2');
    expect(points(outcome(rule, m(2), mean('1')))).toBe('0');
    expect(points(outcome(rule, m(2), mean('3')))).toBe('1');
  });

  it('clamps means outside the scale', () => {
    expect(points(outcome(rule, m(2), mean('0.5')))).toBe('0');
    expect(points(outcome(rule, m(2), mean('6')))).toBe('2');
  });

  it('is exact for thirds', () => {
    const r: SurveyScaleRule = { kind: 'survey-scale', min: ds('1'), max: ds('4') };
    expect(points(outcome(r, m(1), mean('2')))).toBe('0.3333333333333333333333333333333333333333');
    expect(points(outcome(r, m(3), mean('2')))).toBe('1');
  });

  it('refuses an empty scale', () => {
    const r: SurveyScaleRule = { kind: 'survey-scale', min: ds('3'), max: ds('3') };
    expect(() => outcome(r, m(1), mean('3'))).toThrow(/survey-scale rule needs min below max/);
  });
});
