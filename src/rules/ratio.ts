import { isZero, mul, sign } from '../internal/int.js';
import { type Q, Q100, q, qCmp, qDec } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';

/** A raw value that carries a ratio: numerator/denominator or a percent. */
export type RatioValue = Extract<RawValue, { kind: 'ratio' | 'percent' }>;

/** The ratio in percent, exact; `undefined` when the denominator is 0 (nothing to measure). */
export function ratioPercent(value: RatioValue): Q | undefined {
  if (value.kind === 'percent') return qDec(value.percent);
  const n = qDec(value.numerator);
  const d = qDec(value.denominator);
  if (isZero(d.n)) return undefined;
  // (n.n / n.d) / (d.n / d.d) × 100, one normalisation.
  const num = mul(mul(n.n, d.d), 100);
  const den = mul(n.d, d.n);
  return sign(den) < 0 ? q(mul(num, -1), mul(den, -1)) : q(num, den);
}

/** True when a ratio in percent is above 100 % (used as is, but worth a look). */
export function aboveHundred(percent: Q): boolean {
  return qCmp(percent, Q100) > 0;
}
