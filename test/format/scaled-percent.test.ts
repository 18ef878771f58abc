import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/format/number-format.js';
import { formatScaledPercent } from '../../src/format/scaled-percent.js';
import { scaledToFixed } from '../../src/internal/rational.js';

describe('formatScaledPercent', () => {
  it('writes a published percent as people read it', () => {
    // 7450 hundredths is 74.50 %; 5 hundredths 0.05 %; 3 places: 66666 thousandths 66.666 %.
    expect(formatScaledPercent(7450, 2, 'vi')).toBe('74,50 %');
    expect(formatScaledPercent(7450, 2, 'en')).toBe('74.50%');
    expect(formatScaledPercent(5, 2, 'vi')).toBe('0,05 %');
    expect(formatScaledPercent(0, 2, 'en')).toBe('0.00%');
    expect(formatScaledPercent(66666, 3, 'vi')).toBe('66,666 %');
    expect(formatScaledPercent(75, 0, 'vi')).toBe('75 %');
    expect(formatScaledPercent(123456, 2, 'vi')).toBe('1.234,56 %');
    expect(formatScaledPercent(-150, 2, 'en')).toBe('-1.50%');
    expect(formatScaledPercent(10n ** 20n, 2, 'en')).toBe('1,000,000,000,000,000,000.00%');
  });

  it('writes what formatPercent writes for the same decimal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -2e6, max: 2e6 }),
          fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
        ),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>,
        (n, places, lang) => {
          const int = typeof n === 'bigint' && n <= 2n ** 52n && n >= -(2n ** 52n) ? Number(n) : n;
          expect(formatScaledPercent(int, places, lang)).toBe(
            formatPercent(scaledToFixed(int, places), { places, lang }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
