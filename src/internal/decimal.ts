import { Decimal } from 'decimal.js';
import type { DecimalString } from '../model/decimal-string.js';

/**
 * The library's own Decimal constructor. A clone, so the host application's global
 * Decimal settings are never read or changed. 40 significant digits keep divisions
 * (ratios, proportions, index) exact far beyond the 2–3 places ever published.
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/** An instance of the library's Decimal clone. */
export type Dec = InstanceType<typeof D>;

export const ZERO: Dec = new D(0);
export const HUNDRED: Dec = new D(100);

/** Decimal → DecimalString (plain notation, no exponent, no negative zero). */
export function toDs(value: Dec): DecimalString {
  const s = value.isZero() ? '0' : value.toFixed();
  return s as DecimalString;
}

/** DecimalString (already validated) → Decimal. */
export function dec(value: DecimalString | string | number): Dec {
  return new D(value);
}

/** Sum of decimals; 0 for none. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Clamp to [lo, hi]. */
export function clamp(value: Dec, lo: Dec, hi: Dec): Dec {
  return value.lessThan(lo) ? lo : value.greaterThan(hi) ? hi : value;
}

/** part ÷ whole × 100, or 0 when whole is 0. */
export function percentOf(part: Dec, whole: Dec): Dec {
  return whole.isZero() ? ZERO : part.dividedBy(whole).times(HUNDRED);
}
