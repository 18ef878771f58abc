import { describe, expect, it } from 'vitest';
import { toDs } from '../../src/internal/decimal.js';
import { ratioPercent } from '../../src/rules/ratio.js';
import { ds } from './helpers.js';

describe('ratioPercent', () => {
  it('turns numerator/denominator into an exact percent with words', () => {
    const r = ratioPercent({ kind: 'ratio', numerator: ds('45'), denominator: ds('50') });
    expect(r.empty).toBe(false);
    if (r.empty) return;
    expect(toDs(r.percent)).toBe('90');
    expect(r.inputText).toBe('45/50 = 90 %');
    expect(r.warnings).toEqual([]);
  });

  it('keeps 2/3 to 40 significant digits and shows 2 places', () => {
    const r = ratioPercent({ kind: 'ratio', numerator: ds('2'), denominator: ds('3') });
    if (r.empty) throw new Error('unexpected');
    // 200/3 = 66.666…, 40 significant digits, half-up on the last.
    expect(toDs(r.percent)).toBe('66.66666666666666666666666666666666666667');
    expect(r.inputText).toBe('2/3 = 66,67 %');
    expect(toDs(r.num)).toBe('200');
    expect(toDs(r.den)).toBe('3');
  });

  it('reads decimal parts without float drift (0.57 → 57 %, 0.07 → 7 %)', () => {
    // In floats 0.57 * 100 = 56.99999999999999 and 0.07 * 100 = 7.000000000000001.
    const a = ratioPercent({ kind: 'ratio', numerator: ds('0.57'), denominator: ds('1') });
    const b = ratioPercent({ kind: 'ratio', numerator: ds('0.07'), denominator: ds('1') });
    if (a.empty || b.empty) throw new Error('unexpected');
    expect(toDs(a.percent)).toBe('57');
    expect(toDs(b.percent)).toBe('7');
    expect(a.inputText).toBe('0,57/1 = 57 %');
  });

  it('takes a percent as is', () => {
    const r = ratioPercent({ kind: 'percent', percent: ds('95.5') });
    if (r.empty) throw new Error('unexpected');
    expect(toDs(r.percent)).toBe('95.5');
    expect(r.inputText).toBe('95,5 %');
  });

  it('warns above 100 % and keeps the value', () => {
    const r = ratioPercent({ kind: 'ratio', numerator: ds('60'), denominator: ds('50') });
    if (r.empty) throw new Error('unexpected');
    expect(toDs(r.percent)).toBe('120');
    expect(r.warnings.map((w) => w.code)).toEqual(['ratio_above_100']);
    expect(r.warnings[0]?.message).toContain('120 %');
    expect(r.warnings[0]?.messageEn).toContain('120%');
    const exactly = ratioPercent({ kind: 'percent', percent: ds('100') });
    expect(exactly.warnings).toEqual([]);
  });

  it('reports a zero denominator as empty', () => {
    const r = ratioPercent({ kind: 'ratio', numerator: ds('5'), denominator: ds('0') });
    expect(r.empty).toBe(true);
    expect(r.inputText).toBe('5/0 (mẫu số bằng 0)');
    expect(r.warnings.map((w) => w.code)).toEqual(['empty_denominator']);
    expect(r.warnings[0]?.message).toContain('không áp dụng');
    expect(r.warnings[0]?.messageEn).toContain('not applicable');
  });

  it('normalises a negative denominator', () => {
    const r = ratioPercent({ kind: 'ratio', numerator: ds('-45'), denominator: ds('-50') });
    if (r.empty) throw new Error('unexpected');
    expect(toDs(r.percent)).toBe('90');
    expect(toDs(r.den)).toBe('50');
    expect(r.inputText).toBe('-45/-50 = 90 %');
  });
});
