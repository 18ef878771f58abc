import { isZero, mul, quot, rem } from '../internal/int.js';
import type { Q } from '../internal/rational.js';

/** A value placed on the grid: ⌊value × scale⌋, and whether that is the value exactly. */
export interface OnGrid {
  v: number;
  exact: boolean;
}

/** Puts a non-negative rational on the grid (into `out`, to spare an allocation). */
export function qOnGrid(value: Q, scale: number, out: OnGrid): OnGrid {
  if (value.d === 1 && typeof value.n === 'number') {
    out.v = value.n * scale;
    out.exact = true;
    return out;
  }
  const n = mul(value.n, scale);
  out.v = Number(quot(n, value.d));
  out.exact = isZero(rem(n, value.d));
  return out;
}

/**
 * Puts a non-negative plain decimal string (validated input) on the grid of `places` decimals
 * without building a rational: the digits beyond the grid are cut (a floor) and reported.
 *
 * @returns `out`, or undefined for anything but a non-negative plain decimal of at most 15
 *   integer digits (the caller then takes the rational path).
 */
export function decimalOnGrid(
  text: string,
  places: number,
  scale: number,
  out: OnGrid,
): OnGrid | undefined {
  let whole = 0;
  let frac = 0;
  let fracDigits = 0;
  let exact = true;
  let seenPoint = false;
  let intDigits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c === -2 && !seenPoint && intDigits > 0) {
      seenPoint = true;
      continue;
    }
    if (c < 0 || c > 9) return undefined;
    if (!seenPoint) {
      if (++intDigits > 15) return undefined;
      whole = whole * 10 + c;
    } else if (fracDigits < places) {
      frac = frac * 10 + c;
      fracDigits++;
    } else if (c !== 0) exact = false;
  }
  if (intDigits === 0 || (seenPoint && text.charCodeAt(text.length - 1) === 46)) return undefined;
  for (let k = fracDigits; k < places; k++) frac *= 10;
  out.v = whole * scale + frac;
  out.exact = exact;
  return out;
}
