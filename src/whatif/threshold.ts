import { mul, pow10 } from '../internal/int.js';
import {
  type Q,
  Q0,
  Q100,
  qAdd,
  qCeil,
  qCmp,
  qDiv,
  qInt,
  qMax,
  qMin,
  qMul,
  qRoundScaled,
  qSub,
  type Rounding,
} from '../internal/rational.js';

/** How a target is judged: on the published value (places, mode) or on the exact value. */
export interface Judged {
  readonly on: 'published' | 'exact';
  readonly places: number;
  readonly mode: Rounding;
}

/** The published value of an exact percent, as an exact rational on the 10^−places grid. */
export function published(value: Q, places: number, mode: Rounding): Q {
  return { n: qRoundScaled(value, places, mode), d: pow10(places) };
}

/** True when a percent meets a threshold, judged as the target says. */
export function meets(value: Q, threshold: Q, judged: Judged): boolean {
  const v = judged.on === 'exact' ? value : published(value, judged.places, judged.mode);
  return qCmp(v, threshold) >= 0;
}

/**
 * A percent from which the threshold is met, or just below it: the exact threshold, or for a
 * published value half a unit of the last place below the smallest published value that meets
 * it (half-even may need a hair more: callers check and step once).
 */
function flipPercent(threshold: Q, judged: Judged): Q {
  if (judged.on === 'exact') return threshold;
  const ulp: Q = { n: 1, d: pow10(judged.places) };
  const smallest = qMul(qInt(qCeil(qDiv(threshold, ulp))), ulp);
  return qSub(smallest, { n: 1, d: mul(2, pow10(judged.places)) });
}

/** What a gain is added to: points within [0, cap] (or above 0 only), out of `max`. */
export interface GainBase {
  /** The points before the floor at 0 and the cap (a unit's base + bonus − penalty). */
  readonly raw: Q;
  /** The most the points can reach, if limited. */
  readonly cap?: Q | undefined;
  /** The maximum the percent is taken of (positive). */
  readonly max: Q;
}

/** The points after a gain: raw + gain, never below 0, at most the cap. */
export function pointsAfter(base: GainBase, gain: Q): Q {
  const t = qMax(qAdd(base.raw, gain), Q0);
  return base.cap === undefined ? t : qMin(t, base.cap);
}

/** The percent after a gain. */
export function percentAfter(base: GainBase, gain: Q): Q {
  return qDiv(qMul(pointsAfter(base, gain), Q100), base.max);
}

/**
 * The smallest multiple of `step` (≥ 0) whose addition makes the percent meet the threshold:
 * adding it meets the target, adding one step less does not. When even the cap cannot meet it,
 * the answer is the amount that would have, had there been no cap (the caller reports it as out
 * of reach). Exact.
 */
export function gainToMeet(base: GainBase, threshold: Q, judged: Judged, step: Q): Q {
  if (meets(percentAfter(base, Q0), threshold, judged)) return Q0;
  const points = qSub(qDiv(qMul(flipPercent(threshold, judged), base.max), Q100), base.raw);
  let g = qCmp(points, Q0) <= 0 ? Q0 : qMul(qInt(qCeil(qDiv(points, step))), step);
  const uncapped: GainBase = { raw: base.raw, max: base.max };
  // At most one more step: only a half-even tie at the flip point needs it.
  while (!meets(percentAfter(uncapped, g), threshold, judged)) g = qAdd(g, step);
  return g;
}
