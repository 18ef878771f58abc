import { formatNumber } from '../format/number-format.js';
import { D, type Dec, ZERO } from '../internal/decimal.js';
import { type Q, qDec, qToFixed, qToString } from '../internal/rational.js';
import type { DecimalInput, DecimalString } from '../model/decimal-string.js';
import { parseDecimal } from '../parse/decimal-input.js';

// A plain decimal string as the library itself outputs (no exponent, dot separator).
const EXACT = /^-?\d+(\.\d+)?$/;

/**
 * Reads a decimal input (`"74,42"`, `74.42`) or throws a RangeError naming the function.
 * Exact results carry up to 40 significant digits, so plain decimal strings are taken whole.
 */
export function readNum(value: DecimalInput, what: string, fn: string): Dec {
  if (typeof value === 'string' && EXACT.test(value)) return new D(value);
  const parsed = parseDecimal(value);
  if (parsed === undefined)
    throw new RangeError(`${fn}: ${what} is not a number: ${String(value)}`);
  return new D(parsed);
}

/** Reads a positive grid step (default 0.01). */
export function readStep(step: DecimalInput | undefined, fn: string): Dec {
  const s = readNum(step ?? '0.01', 'step', fn);
  if (!s.greaterThan(0)) throw new RangeError(`${fn}: step must be positive`);
  return s;
}

/** Reads decimal places: a non-negative integer (default 2). */
export function readPlaces(places: number | undefined, fn: string): number {
  const p = places ?? 2;
  if (!Number.isInteger(p) || p < 0)
    throw new RangeError(`${fn}: places must be a non-negative integer`);
  return p;
}

/** The smallest multiple of `step` that is ≥ `value` (0 for a value ≤ 0). */
export function ceilToStep(value: Dec, step: Dec): Dec {
  if (!value.greaterThan(0)) return ZERO;
  return value.dividedBy(step).ceil().times(step);
}

/** Available points: the given value, else `max − points`, never below 0. */
export function readAvailable(
  available: DecimalInput | undefined,
  max: Dec,
  points: Dec,
  fn: string,
): Dec {
  const a = available === undefined ? max.minus(points) : readNum(available, 'available', fn);
  return a.isNegative() ? ZERO : a;
}

/** Points for people: Vietnamese or English separators, trailing zeros dropped. */
export function pts(value: Dec, lang: 'vi' | 'en', places = 2): string {
  return formatNumber(value.toFixed(), { lang, trimZeros: true, places });
}

/** Decimal places of a step, used to show amounts on its grid (at least 2). */
export function stepPlaces(step: Dec): number {
  return Math.max(2, step.decimalPlaces());
}

/** {@link readNum} as an exact rational. */
export function readQ(value: DecimalInput, what: string, fn: string): Q {
  if (typeof value === 'string' && EXACT.test(value)) return qDec(value);
  return qDec(readNum(value, what, fn).toFixed());
}

/** {@link readStep} as an exact rational. */
export function readStepQ(step: DecimalInput | undefined, fn: string): Q {
  return qDec(readStep(step, fn).toFixed());
}

/** Points for people from an exact rational (correctly rounded to `places`, zeros dropped). */
export function ptsQ(value: Q, lang: 'vi' | 'en', places = 2): string {
  return formatNumber(qToFixed(value, places, 'half-up'), { lang, trimZeros: true, places });
}

/** Decimal places of a step given as a rational (at least 2). */
export function stepPlacesQ(step: Q): number {
  return stepPlaces(new D(qToString(step)));
}

/** An exact rational as a decimal string. */
export function dsQ(value: Q): DecimalString {
  return qToString(value) as DecimalString;
}
