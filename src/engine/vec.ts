import type { Int } from '../internal/int.js';

/**
 * Integer numerators of one value per node, over the unit's common denominator: a
 * `Float64Array` of safe integers on the fast path, an array of bigints when the unit's numbers
 * could pass 2⁵³ (decided once per unit, from a proved bound).
 */
export type Vec = Float64Array | bigint[];

/** A zeroed vector of `size` values. */
export function zeros(size: number, big: boolean): Vec {
  return big ? new Array<bigint>(size).fill(0n) : new Float64Array(size);
}

/** The value at `i` as an {@link Int} (a number on the fast path). */
export function at(v: Vec, i: number): Int {
  return v[i] as Int;
}
