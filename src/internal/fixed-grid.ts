import { type Int, quot } from './int.js';
import type { Q } from './rational.js';

/** A fixed-point grid: values held as ⌊value × scale⌋, scale = 10^places. */
export interface FixedGrid {
  readonly places: number;
  readonly scale: number;
}

// Finer grids only shrink the interval a decision must clear; 12 places is plenty.
const MOST_PLACES = 12;

/** Decimal places of a rational with a power-of-ten denominator, else Infinity. */
function placesOf(q: Q): number {
  let d: Int = q.d;
  let k = 0;
  while (d !== 1 && k <= 40) {
    if (typeof d === 'number' ? d % 10 !== 0 : d % 10n !== 0n) return Number.POSITIVE_INFINITY;
    d = quot(d, 10);
    k++;
  }
  return d === 1 ? k : Number.POSITIVE_INFINITY;
}

/**
 * The finest grid (at most 12 decimals) on which every maximum and cap is exact and where a total up to `bound`,
 * times 100 × 10^places (a percent rounded to the published places), stays below 2^53.
 */
export function fixedGrid(
  exact: readonly Q[],
  bound: Q,
  publishedPlaces: number,
): FixedGrid | undefined {
  const need = Math.max(0, ...exact.map(placesOf));
  const top = Number(quot(bound.n, bound.d)) + 1;
  let places = MOST_PLACES;
  while (places >= need && top * 10 ** (places + publishedPlaces + 2) > Number.MAX_SAFE_INTEGER) {
    places--;
  }
  return places >= need && Number.isFinite(need) ? { places, scale: 10 ** places } : undefined;
}
