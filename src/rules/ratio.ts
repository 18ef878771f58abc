import { isZero, mul, sign } from '../internal/int.js';
import { type Q, Q100, q, qCmp, readDecimal } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';

/** A raw value that carries a ratio: numerator/denominator or a percent. */
export type RatioValue = Extract<RawValue, { kind: 'ratio' | 'percent' }>;

/** A rational the ratio rules write into (`Q`'s fields, writable). */
export interface QSlot {
  n: Q['n'];
  d: Q['d'];
}

// The denominator while a ratio is read (read and used at once, never kept).
const den: QSlot = { n: 0, d: 1 };

/**
 * The ratio in percent into `out`, exact but not reduced (n·100 / d over the decimals'
 * denominators; a percent as written): for the rules, which only compare it or combine it, and
 * would otherwise allocate rationals per leaf. Returns false when the denominator is 0.
 */
export function ratioPercentInto(value: RatioValue, out: QSlot): boolean {
  if (value.kind === 'percent') {
    readDecimal(value.percent, out);
    return true;
  }
  readDecimal(value.numerator, out);
  readDecimal(value.denominator, den);
  if (isZero(den.n)) return false;
  // (n.n / n.d) / (d.n / d.d) × 100, one normalisation.
  const num = mul(mul(out.n, den.d), 100);
  const d = mul(out.d, den.n);
  out.n = sign(d) < 0 ? mul(num, -1) : num;
  out.d = sign(d) < 0 ? mul(d, -1) : d;
  return true;
}

/** The ratio in percent, exact; `undefined` when the denominator is 0 (nothing to measure). */
export function ratioPercent(value: RatioValue): Q | undefined {
  const out: QSlot = { n: 0, d: 1 };
  if (!ratioPercentInto(value, out)) return undefined;
  // A percent as written stays as read; a ratio is reduced.
  return value.kind === 'percent' ? out : q(out.n, out.d);
}

/** True when a ratio in percent is above 100 % (used as is, but worth a look). */
export function aboveHundred(percent: Q): boolean {
  return qCmp(percent, Q100) > 0;
}
