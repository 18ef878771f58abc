import { dec } from '../internal/decimal.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { DecimalString } from '../model/decimal-string.js';

/**
 * The band of a percentage: the first level (best first) whose inclusive lower bound it reaches.
 * Compares the unrounded value, as triggers do: 79.996 % is below an 80 % threshold even though
 * it is shown as 80,00 %.
 *
 * @param percent - Unrounded percentage.
 * @param scale - A validated band scale (levels best first, the lowest starting at 0).
 * @returns The level, or `undefined` for a negative percentage.
 * @example
 * classify('84.58', scale)?.label; // 'Tốt' with Tốt ≥ 80
 */
export function classify(
  percent: DecimalString | string | number,
  scale: BandScale,
): BandLevel | undefined {
  const p = dec(percent);
  return scale.levels.find((level) => p.greaterThanOrEqualTo(dec(level.min)));
}
