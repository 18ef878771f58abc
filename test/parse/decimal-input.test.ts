import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, readDecimal } from '../../src/parse/decimal-input.js';

describe('parseDecimal', () => {
  it.each([
    ['74,42', '74.42'],
    ['74.42', '74.42'],
    [74.42, '74.42'],
    ['1.234,5', '1234.5'],
    ['95%', '95'],
    ['95,5 %', '95.5'],
    ['\u00a03\u202f', '3'],
    [-0, '0'],
    ['-0', '0'],
    ['-0,25', '-0.25'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    ['007', '7'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    [Number.parseFloat('1e309'), 'not_finite'], // JSON 1e309 overflows to Infinity
    ['NaN', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['1e309', 'not_a_number'], // exponents are refused in text
    ['abc', 'not_a_number'],
    ['', 'not_a_number'],
    ['1.234.567', 'not_a_number'],
    [null, 'not_a_number'],
    [true, 'not_a_number'],
    ['1234567890123456789012345678901234567890', 'too_many_digits'], // 40 digits
    ['0.1234567890123456789012345678901234567890', 'too_many_digits'],
    [1e21, 'too_many_digits'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseDecimal(input)).toBeUndefined();
    expect(readDecimal(input)).toEqual({ ok: false, problem });
  });

  it('flags a percent sign', () => {
    expect(readDecimal('95%')).toEqual({ ok: true, value: '95', percentSign: true });
    expect(readDecimal('95')).toEqual({ ok: true, value: '95', percentSign: false });
  });

  it('reads every safe integer and its decimal-comma form exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (i, f) => {
          const frac = String(f).padStart(2, '0');
          const sign = i < 0 ? '-' : '';
          const text = `${sign}${Math.abs(i)},${frac}`;
          const expected = `${sign}${Math.abs(i)}.${frac}`.replace(/\.?0+$/, '') || '0';
          const r = parseDecimal(text);
          expect(r === '-0' ? '0' : r).toBe(expected === '-0' || expected === '' ? '0' : expected);
        },
      ),
    );
  });
});
