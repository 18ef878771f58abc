import { describe, expect, it } from 'vitest';
import type { RatioLinearRule } from '../../src/model/scoring-rule.js';
import type { RatioValue } from '../../src/rules/ratio.js';
import { codes, ds, m, outcome, points } from './helpers.js';

const plain: RatioLinearRule = {
  kind: 'ratio-linear',
  lower: ds('0'),
  upper: ds('100'),
  origin: 'zero',
};
const pc = (p: string): RatioValue => ({ kind: 'percent', percent: ds(p) });
const fr = (n: string, d: string): RatioValue => ({
  kind: 'ratio',
  numerator: ds(n),
  denominator: ds(d),
});

describe('evaluateRatioLinear', () => {
  it('gives points in proportion to the ratio', () => {
    const o = outcome(plain, m(2), fr('45', '50'));
    expect(points(o)).toBe('1.8'); // 2 × 90 / 100
    expect(o.inputText).toBe('45/50 = 90 %');
    expect(o.ruleText).toBe('Tỷ lệ từ 100 %: 2 điểm; dưới 100 %: 2 điểm × tỷ lệ / 100 %');
    expect(points(outcome(plain, m(2), pc('0')))).toBe('0');
    expect(points(outcome(plain, m(2), pc('100')))).toBe('2');
  });

  it('divides once: 2/3 and 1/7 are correct to the 40th digit', () => {
    // 2 × 200/3 / 100 = 4/3.
    expect(points(outcome(plain, m(2), fr('2', '3')))).toBe(
      '1.333333333333333333333333333333333333333',
    );
    // 1/7 = 0.(142857): 40 significant digits end in …1428, the 41st is 5, so half-up gives …1429.
    expect(points(outcome(plain, m(1), fr('1', '7')))).toBe(
      '0.1428571428571428571428571428571428571429',
    );
  });

  it('1/3 of 3 points is exactly 1, 2/3 exactly 2 (not 0.999…)', () => {
    expect(points(outcome(plain, m(3), fr('1', '3')))).toBe('1');
    expect(points(outcome(plain, m(3), fr('2', '3')))).toBe('2');
  });

  it('33.33 % of 3 points is 0.9999 exactly', () => {
    expect(points(outcome(plain, m(3), pc('33.33')))).toBe('0.9999');
  });

  it('saturates above upper, with a warning above 100 %', () => {
    const o = outcome(plain, m(2), fr('120', '100'));
    expect(points(o)).toBe('2');
    expect(codes(o)).toEqual(['ratio_above_100']);
    const at80: RatioLinearRule = { ...plain, upper: ds('80') };
    expect(points(outcome(at80, m(1), pc('40')))).toBe('0.5');
    expect(points(outcome(at80, m(1), pc('80')))).toBe('1');
    expect(codes(outcome(at80, m(1), pc('90')))).toEqual([]);
  });

  it('gives 0 below lower; origin zero or lower', () => {
    const fromZero: RatioLinearRule = { ...plain, lower: ds('50') };
    expect(points(outcome(fromZero, m(1), pc('49.99')))).toBe('0');
    expect(points(outcome(fromZero, m(1), pc('50')))).toBe('0.5');
    expect(points(outcome(fromZero, m(1), pc('75')))).toBe('0.75');
    const fromLower: RatioLinearRule = { ...fromZero, origin: 'lower' };
    expect(points(outcome(fromLower, m(1), pc('49.99')))).toBe('0');
    expect(points(outcome(fromLower, m(1), pc('50')))).toBe('0');
    expect(points(outcome(fromLower, m(1), pc('75')))).toBe('0.5'); // 25/50
    expect(points(outcome(fromLower, m(1), fr('2', '3')))).toBe(
      // (200/3 − 50)/50 = 1/3
      '0.3333333333333333333333333333333333333333',
    );
  });

  it('gives 0 with a warning for a zero denominator', () => {
    const o = outcome(plain, m(2), fr('3', '0'));
    expect(points(o)).toBe('0');
    expect(codes(o)).toEqual(['empty_denominator']);
  });
});
