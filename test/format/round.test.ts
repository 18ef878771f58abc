import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal, roundToDecimalString } from '../../src/format/round.js';

describe('roundDecimal', () => {
  it('rounds half-up by default, keeping trailing zeros', () => {
    expect(roundDecimal('84.575')).toBe('84.58');
    expect(roundDecimal('84.5749')).toBe('84.57');
    expect(roundDecimal('0.125')).toBe('0.13');
    expect(roundDecimal('74.4')).toBe('74.40');
    expect(roundDecimal('100')).toBe('100.00');
    expect(roundDecimal('81.33333', 3)).toBe('81.333');
    expect(roundDecimal('2.5', 0)).toBe('3');
  });

  it('is exact where binary floats are not', () => {
    // 1.005 is 1.00499999999999989… as a double, so Number#toFixed(2) gives "1.00".
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundDecimal('1.005')).toBe('1.01');
    expect(roundDecimal(1.005)).toBe('1.01');
    expect(roundDecimal('2.675')).toBe('2.68');
  });

  it('rounds half to even on request', () => {
    // The kept digit of 2.675 is 7 (odd) → up to 2.68; of 2.665 it is 6 (even) → stays 2.66.
    expect(roundDecimal('2.675', 2, 'half-even')).toBe('2.68');
    expect(roundDecimal('2.665', 2, 'half-even')).toBe('2.66');
    expect(roundDecimal('2.665', 2, 'half-up')).toBe('2.67');
    expect(roundDecimal('2.5', 0, 'half-even')).toBe('2');
    expect(roundDecimal('3.5', 0, 'half-even')).toBe('4');
    // Only an exact half goes to even.
    expect(roundDecimal('2.66501', 2, 'half-even')).toBe('2.67');
  });

  it('rounds negative halves away from zero (half-up) or to even', () => {
    expect(roundDecimal('-2.675')).toBe('-2.68');
    expect(roundDecimal('-2.674')).toBe('-2.67');
    expect(roundDecimal('-2.665', 2, 'half-even')).toBe('-2.66');
    expect(roundDecimal('-0.005')).toBe('-0.01');
  });

  it('never shows a negative zero', () => {
    expect(roundDecimal('-0.001')).toBe('0.00');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('-0.4', 0)).toBe('0');
    expect(roundDecimal('-0')).toBe('0.00');
  });

  it('agrees with integer rounding on random values (law)', () => {
    // n thousandths rounded to hundredths half-up = floor((|n| + 5) / 10) with the sign of n.
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const abs = Math.abs(n);
        const text = `${n < 0 ? '-' : ''}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
        const hundredths = Math.floor((abs + 5) / 10);
        const sign = n < 0 && hundredths > 0 ? '-' : '';
        const expected = `${sign}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        expect(roundDecimal(text)).toBe(expected);
      }),
    );
  });
});

describe('roundToDecimalString', () => {
  it('rounds and drops trailing zeros', () => {
    expect(roundToDecimalString('74.40')).toBe('74.4');
    expect(roundToDecimalString('84.575')).toBe('84.58');
    expect(roundToDecimalString('100')).toBe('100');
    expect(roundToDecimalString('-0.001')).toBe('0');
    expect(roundToDecimalString('2.665', 2, 'half-even')).toBe('2.66');
    expect(roundToDecimalString('81.33333', 3)).toBe('81.333');
  });
});
