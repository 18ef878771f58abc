import { type ExactTotals, exactTotals, stageScoreOf } from '../engine/result.js';
import { q } from '../internal/rational.js';
import type { ScoreResult } from '../model/score-result.js';

// An engine result never changes, so its reduced totals are kept (the rank and the band gap of
// one answer both ask). A result built by hand is read afresh each time.
const kept = new WeakMap<ScoreResult, ExactTotals>();

/**
 * A result's exact totals in lowest terms, for the gap functions. The engine sums exact points
 * without reducing them (its hot path), so a total with inexact parts can carry 40-digit
 * bigints; reduced once here, every comparison and rounding of a gap search works on small
 * integers. Same values.
 */
export function gapTotals(result: ScoreResult): ExactTotals {
  const hit = kept.get(result);
  if (hit !== undefined) return hit;
  const t = exactTotals(result);
  // The raw total is most often the total itself (no floor, no cap reached), and the cap the
  // maximum: each distinct value is reduced once.
  const total = q(t.total.n, t.total.d);
  const max = q(t.max.n, t.max.d);
  const raw = t.raw === t.total ? total : q(t.raw.n, t.raw.d);
  const cap = t.cap === undefined ? undefined : t.cap === t.max ? max : q(t.cap.n, t.cap.d);
  const reduced: ExactTotals = { raw, total, max, ...(cap !== undefined ? { cap } : {}) };
  if (stageScoreOf(result) !== undefined) kept.set(result, reduced);
  return reduced;
}
