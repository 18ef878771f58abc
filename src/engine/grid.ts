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

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/**
 * Puts a non-negative plain decimal string (validated input) on the grid of `places` decimals
 * without building a rational: the digits beyond the grid are cut (a floor) and reported.
 *
 * @returns `out`, or undefined for anything but a non-negative plain decimal.
 */
export function decimalOnGrid(
  text: string,
  places: number,
  scale: number,
  out: OnGrid,
): OnGrid | undefined {
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const whole = m[1] as string;
  const frac = m[2] ?? '';
  const kept = frac.length <= places ? frac.padEnd(places, '0') : frac.slice(0, places);
  out.v = Number(whole) * scale + (places === 0 ? 0 : Number(kept));
  out.exact = frac.length <= places || /^0*$/.test(frac.slice(places));
  return out;
}
