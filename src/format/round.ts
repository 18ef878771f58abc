import { D, dec, toDs } from '../internal/decimal.js';
import { qDec, qToFixed } from '../internal/rational.js';
import type { DecimalString } from '../model/decimal-string.js';

const PLAIN = /^-?\d+(\.\d+)?$/;

/** Rounding of the last shown digit. */
export type RoundingMode = 'half-up' | 'half-even';

/**
 * Rounds an exact decimal for display, keeping trailing zeros (`"74.40"`).
 * Round only what is shown: totals are computed from unrounded parts.
 *
 * @param value - An exact decimal string (or number).
 * @param places - Decimal places, 2 by default.
 * @param mode - `half-up` (default: 0.005 → 0.01) or `half-even`.
 * @returns The rounded value with exactly `places` decimals and a dot separator.
 * @example
 * roundDecimal('84.575'); // '84.58'
 * roundDecimal('1.005', 2); // '1.01' (a float would give 1.00)
 */
export function roundDecimal(
  value: DecimalString | string | number,
  places = 2,
  mode: RoundingMode = 'half-up',
): string {
  // Plain decimal strings (every value the library prints) are rounded exactly without
  // decimal.js: this runs for every number shown in texts and reports.
  if (typeof value === 'string' && PLAIN.test(value) && Number.isInteger(places) && places >= 0) {
    return qToFixed(qDec(value), places, mode);
  }
  const r = dec(value).toDecimalPlaces(
    places,
    mode === 'half-up' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN,
  );
  // Avoid "-0.00" when a tiny negative rounds to zero.
  return r.isZero() ? dec(0).toFixed(places) : r.toFixed(places);
}

/** Rounds and returns a {@link DecimalString} without trailing zeros. */
export function roundToDecimalString(
  value: DecimalString | string | number,
  places = 2,
  mode: RoundingMode = 'half-up',
): DecimalString {
  return toDs(dec(roundDecimal(value, places, mode)));
}
