import { describe, expect, it } from 'vitest';
import type { RatioTiersRule } from '../../src/model/scoring-rule.js';
import type { RatioValue } from '../../src/rules/ratio.js';
import { codes, ds, m, outcome, points } from './helpers.js';

const higher: RatioTiersRule = {
  kind: 'ratio-tiers',
  direction: 'higher-better',
  tiers: [
    { at: ds('100'), points: ds('1') },
    { at: ds('80'), points: ds('0.5') },
  ],
  otherwise: ds('0'),
};

// Late dossiers: 0 % late → 1; up to 5 % → 0.5; more → 0.
const lower: RatioTiersRule = {
  kind: 'ratio-tiers',
  direction: 'lower-better',
  tiers: [
    { at: ds('0'), points: ds('1') },
    { at: ds('5'), points: ds('0.5') },
  ],
  otherwise: ds('0'),
};

const pc = (p: string): RatioValue => ({ kind: 'percent', percent: ds(p) });
const fr = (n: string, d: string): RatioValue => ({
  kind: 'ratio',
  numerator: ds(n),
  denominator: ds(d),
});

describe('evaluateRatioTiers, higher-better', () => {
  it('picks the first tier whose threshold is reached', () => {
    const o = outcome(higher, m(1), fr('45', '50'));
    expect(points(o)).toBe('0.5');
    expect(o.inputText).toBe('45/50 = 90 %');
    expect(o.ruleText).toBe(
      'Tỷ lệ từ 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; dưới 80 %: 0 điểm',
    );
    expect(o.warnings).toEqual([]);
  });

  it('treats thresholds as inclusive lower bounds', () => {
    expect(points(outcome(higher, m(1), pc('100')))).toBe('1');
    expect(points(outcome(higher, m(1), pc('99.99')))).toBe('0.5');
    expect(points(outcome(higher, m(1), pc('80')))).toBe('0.5');
    expect(points(outcome(higher, m(1), fr('40', '50')))).toBe('0.5');
    expect(points(outcome(higher, m(1), pc('79.99')))).toBe('0');
    // 39.999/50 = 79.998 %: just below.
    expect(points(outcome(higher, m(1), fr('39.999', '50')))).toBe('0');
    expect(points(outcome(higher, m(1), pc('0')))).toBe('0');
  });

  it('is exact where floats are not (0.57 × 100 = 56.99999999999999 in floats)', () => {
    const r: RatioTiersRule = { ...higher, tiers: [{ at: ds('57'), points: ds('1') }] };
    expect(points(outcome(r, m(1), fr('0.57', '1')))).toBe('1');
    // 2/3 = 66.67 % only when rounded: a 66.67 % threshold is not reached.
    const t: RatioTiersRule = { ...higher, tiers: [{ at: ds('66.67'), points: ds('1') }] };
    expect(points(outcome(t, m(1), fr('2', '3')))).toBe('0');
    expect(points(outcome(t, m(1), fr('6667', '10000')))).toBe('1');
  });

  it('saturates above 100 % with a warning', () => {
    const o = outcome(higher, m(1), fr('60', '50'));
    expect(points(o)).toBe('1');
    expect(codes(o)).toEqual(['ratio_above_100']);
    expect(o.inputText).toBe('60/50 = 120 %');
  });

  it('gives 0 with a warning for a zero denominator', () => {
    const o = outcome(higher, m(1), fr('0', '0'));
    expect(points(o)).toBe('0');
    expect(codes(o)).toEqual(['empty_denominator']);
    expect(o.ruleText).toContain('Tỷ lệ từ 100 %');
    expect(o.inputText).toBe('0/0 (mẫu số bằng 0)');
  });

  it('clamps tier and otherwise points to [0, max]', () => {
    const r: RatioTiersRule = {
      kind: 'ratio-tiers',
      direction: 'higher-better',
      tiers: [{ at: ds('50'), points: ds('5') }],
      otherwise: ds('-1'),
    };
    expect(points(outcome(r, m('0.75'), pc('60')))).toBe('0.75');
    expect(points(outcome(r, m('0.75'), pc('40')))).toBe('0');
  });

  it('uses otherwise when there are no tiers', () => {
    const r: RatioTiersRule = { ...higher, tiers: [], otherwise: ds('0.25') };
    expect(points(outcome(r, m(1), pc('100')))).toBe('0.25');
  });
});

describe('evaluateRatioTiers, lower-better', () => {
  it('picks the first tier whose threshold is not exceeded', () => {
    expect(points(outcome(lower, m(1), pc('0')))).toBe('1');
    expect(points(outcome(lower, m(1), pc('0.01')))).toBe('0.5');
    expect(points(outcome(lower, m(1), fr('3', '100')))).toBe('0.5');
    expect(points(outcome(lower, m(1), fr('1', '20')))).toBe('0.5'); // exactly 5 %
    expect(points(outcome(lower, m(1), pc('5.01')))).toBe('0');
    expect(points(outcome(lower, m(1), pc('100')))).toBe('0');
  });

  it('is exact where floats are not (0.07 × 100 = 7.000000000000001 in floats)', () => {
    const r: RatioTiersRule = { ...lower, tiers: [{ at: ds('7'), points: ds('1') }] };
    expect(points(outcome(r, m(1), fr('0.07', '1')))).toBe('1');
  });
});
