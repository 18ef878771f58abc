import { describe, expect, it } from 'vitest';
import type { DeductionRule } from '../../src/model/scoring-rule.js';
import { ds, m, outcome, points } from './helpers.js';

const rule: DeductionRule = {
  kind: 'deduction',
  perItem: ds('0.25'),
  floor: ds('0'),
  freeItems: 0,
};
const count = (n: number) => ({ kind: 'count', count: n }) as const;

describe('evaluateDeduction', () => {
  it('deducts per item from the maximum', () => {
    const o = outcome(rule, m(2), count(3));
    expect(points(o)).toBe('1.25'); // 2 − 3 × 0.25
    expect(o.inputText).toBe('3 trường hợp');
    expect(o.ruleText).toBe('Tối đa 2 điểm; mỗi trường hợp trừ 0,25 điểm, thấp nhất 0 điểm');
    expect(points(outcome(rule, m(2), count(0)))).toBe('2');
    expect(points(outcome(rule, m(2), count(8)))).toBe('0');
  });

  it('never goes below the floor, nor below 0', () => {
    expect(points(outcome(rule, m(2), count(10)))).toBe('0');
    const floored: DeductionRule = { ...rule, floor: ds('0.5') };
    expect(points(outcome(floored, m(2), count(10)))).toBe('0.5');
    expect(points(outcome(floored, m(2), count(5)))).toBe('0.75');
  });

  it('tolerates free items', () => {
    const free: DeductionRule = { ...rule, freeItems: 2 };
    expect(points(outcome(free, m(2), count(1)))).toBe('2');
    expect(points(outcome(free, m(2), count(2)))).toBe('2');
    const o = outcome(free, m(2), count(3));
    expect(points(o)).toBe('1.75');
    expect(o.inputText).toBe('3 trường hợp (không trừ 2 trường hợp đầu)');
  });

  it('sums many 0.1 deductions exactly', () => {
    // 5 − 33 × 0.1 = 1.7 (floats give 1.6999999999999997 for 5 - 0.1*33).
    const tenth: DeductionRule = { ...rule, perItem: ds('0.1') };
    expect(points(outcome(tenth, m(5), count(33)))).toBe('1.7');
    expect(points(outcome(tenth, m(1), count(3)))).toBe('0.7');
  });

  it('clamps a floor above the maximum', () => {
    const high: DeductionRule = { ...rule, floor: ds('3') };
    expect(points(outcome(high, m(2), count(1)))).toBe('2');
  });
});
