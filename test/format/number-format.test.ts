import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRounded } from '../../src/format/number-format.js';

describe('formatNumber', () => {
  it('groups thousands with dots and uses a decimal comma in Vietnamese', () => {
    expect(formatNumber('1234567.891')).toBe('1.234.567,89');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber('1234.5')).toBe('1.234,50');
    expect(formatNumber('999')).toBe('999,00');
    expect(formatNumber('1000')).toBe('1.000,00');
    expect(formatNumber('100000')).toBe('100.000,00');
    expect(formatNumber('74.42')).toBe('74,42');
    expect(formatNumber('0')).toBe('0,00');
  });

  it('uses commas and a decimal point in English', () => {
    expect(formatNumber('1234567.891', { lang: 'en' })).toBe('1,234,567.89');
    expect(formatNumber('1234.5', { lang: 'en' })).toBe('1,234.50');
    expect(formatNumber('74.42', { lang: 'en' })).toBe('74.42');
  });

  it('rounds at the places and mode given', () => {
    expect(formatNumber('1234.5', { places: 0 })).toBe('1.235');
    expect(formatNumber('0.1235', { places: 3 })).toBe('0,124');
    expect(formatNumber('2.665')).toBe('2,67');
    expect(formatNumber('2.665', { mode: 'half-even' })).toBe('2,66');
    expect(formatNumber('1234567.891', { places: 1, lang: 'en' })).toBe('1,234,567.9');
  });

  it('signs negatives, and never shows -0', () => {
    expect(formatNumber('-1234567.891')).toBe('-1.234.567,89');
    expect(formatNumber('-1234567.891', { lang: 'en' })).toBe('-1,234,567.89');
    expect(formatNumber('-0.5')).toBe('-0,50');
    expect(formatNumber('-0.001')).toBe('0,00');
    expect(formatNumber('-0.001', { lang: 'en' })).toBe('0.00');
  });

  it('trims trailing zeros on request', () => {
    expect(formatNumber('0.5', { trimZeros: true })).toBe('0,5');
    expect(formatNumber('1.10', { trimZeros: true })).toBe('1,1');
    expect(formatNumber('12', { trimZeros: true })).toBe('12');
    expect(formatNumber('1234.001', { trimZeros: true })).toBe('1.234');
    expect(formatNumber('1234.5', { trimZeros: true, lang: 'en' })).toBe('1,234.5');
  });
});

describe('formatRounded', () => {
  it('separates and trims a rounded text as splitting it at the point would', () => {
    // Reference: the split-and-regex way of writing it.
    const reference = (t: string, lang: 'vi' | 'en', trim: boolean): string => {
      const negative = t.startsWith('-');
      const [intPart = '0', fracRaw = ''] = (negative ? t.slice(1) : t).split('.');
      const frac = trim ? fracRaw.replace(/0+$/, '') : fracRaw;
      const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
      const point = lang === 'vi' ? ',' : '.';
      return `${negative ? '-' : ''}${grouped}${frac.length > 0 ? point + frac : ''}`;
    };
    const digits = fc.stringMatching(/^\d{1,12}$/);
    fc.assert(
      fc.property(
        fc.boolean(),
        digits,
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        fc.constantFrom('vi' as const, 'en' as const),
        fc.boolean(),
        (negative, int, frac, lang, trimZeros) => {
          const t = `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`;
          expect(formatRounded(t, { lang, trimZeros })).toBe(reference(t, lang, trimZeros));
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatRounded('-1234.500', { trimZeros: true })).toBe('-1.234,5');
    expect(formatRounded('10.000', { trimZeros: true, lang: 'en' })).toBe('10');
  });
});

describe('formatPercent', () => {
  it('writes "84,58 %" in Vietnamese and "84.58%" in English', () => {
    expect(formatPercent('84.575')).toBe('84,58 %');
    expect(formatPercent('84.575', { lang: 'en' })).toBe('84.58%');
    expect(formatPercent('100')).toBe('100,00 %');
    expect(formatPercent('90', { trimZeros: true })).toBe('90 %');
    expect(formatPercent('81.33333', { places: 3 })).toBe('81,333 %');
    expect(formatPercent('-0.001')).toBe('0,00 %');
  });
});
