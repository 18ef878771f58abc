import { type ExactTotals, exactTotals } from '../engine/result.js';
import { type Q, q } from '../internal/rational.js';
import type { ScoreResult } from '../model/score-result.js';

const lowest = (v: Q): Q => q(v.n, v.d);

/**
 * A result's exact totals in lowest terms, for the gap functions. The engine sums exact points
 * without reducing them (its hot path), so a total with inexact parts can carry 40-digit
 * bigints; reduced once here, every comparison and rounding of a gap search works on small
 * integers. Same values.
 */
export function gapTotals(result: ScoreResult): ExactTotals {
  const t = exactTotals(result);
  return {
    raw: lowest(t.raw),
    total: lowest(t.total),
    max: lowest(t.max),
    ...(t.cap !== undefined ? { cap: lowest(t.cap) } : {}),
  };
}
