import { describe, expect, it } from 'vitest';
import { type Q, qToString } from '../../src/internal/rational.js';
import type { RawValue } from '../../src/model/assessment.js';
import { describeInput } from '../../src/rules/input-text.js';
import { aboveHundred, ratioPercent } from '../../src/rules/ratio.js';
import { codes, ds, outcome } from './helpers.js';

const tiers = {
  kind: 'ratio-tiers',
  direction: 'higher-better',
  tiers: [],
  otherwise: ds('0'),
} as const;
const text = (v: RawValue) => describeInput(tiers, v);
const exact = (q: Q | undefined) => (q === undefined ? 'empty' : qToString(q));

describe('ratioPercent', () => {
  it('turns numerator/denominator into an exact percent, shown with words', () => {
    const v = { kind: 'ratio', numerator: ds('45'), denominator: ds('50') } as const;
    expect(exact(ratioPercent(v))).toBe('90');
    expect(text(v)).toBe('45/50 = 90 %');
  });

  it('keeps 2/3 exact: 200/3 %, printed to 40 significant digits, shown to 2 places', () => {
    const v = { kind: 'ratio', numerator: ds('2'), denominator: ds('3') } as const;
    const p = ratioPercent(v);
    expect(p !== undefined && BigInt(p.n) * 3n === BigInt(p.d) * 200n).toBe(true);
    // 200/3 = 66.666…, 40 significant digits, correctly rounded.
    expect(exact(p)).toBe('66.66666666666666666666666666666666666667');
    expect(text(v)).toBe('2/3 = 66,67 %');
  });

  it('reads decimal parts without float drift (0.57 → 57 %, 0.07 → 7 %)', () => {
    // In floats 0.57 * 100 = 56.99999999999999 and 0.07 * 100 = 7.000000000000001.
    const a = { kind: 'ratio', numerator: ds('0.57'), denominator: ds('1') } as const;
    const b = { kind: 'ratio', numerator: ds('0.07'), denominator: ds('1') } as const;
    expect(exact(ratioPercent(a))).toBe('57');
    expect(exact(ratioPercent(b))).toBe('7');
    expect(text(a)).toBe('0,57/1 = 57 %');
  });

  it('takes a percent as is', () => {
    const v = { kind: 'percent', percent: ds('95.5') } as const;
    expect(exact(ratioPercent(v))).toBe('95.5');
    expect(text(v)).toBe('95,5 %');
  });

  it('warns above 100 % and keeps the value', () => {
    const v = { kind: 'ratio', numerator: ds('60'), denominator: ds('50') } as const;
    const p = ratioPercent(v);
    expect(exact(p)).toBe('120');
    expect(p !== undefined && aboveHundred(p)).toBe(true);
    expect(codes(outcome({ ...tiers }, '1', v))).toEqual(['ratio_above_100']);
    const hundred = ratioPercent({ kind: 'percent', percent: ds('100') });
    expect(hundred !== undefined && aboveHundred(hundred)).toBe(false);
  });

  it('reports a zero denominator as empty', () => {
    const v = { kind: 'ratio', numerator: ds('0'), denominator: ds('0') } as const;
    expect(ratioPercent(v)).toBeUndefined();
    expect(text(v)).toBe('0/0 (mẫu số bằng 0)');
    expect(codes(outcome(tiers, '1', v))).toEqual(['empty_denominator']);
  });

  it('normalises a negative denominator', () => {
    const v = { kind: 'ratio', numerator: ds('-45'), denominator: ds('-50') } as const;
    expect(exact(ratioPercent(v))).toBe('90');
    expect(text(v)).toBe('-45/-50 = 90 %');
  });
});
