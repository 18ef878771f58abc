import { formatRounded } from '../format/number-format.js';
import { D, type Dec } from '../internal/decimal.js';
import { type Q, qDec, qInt, qSign, qToFixed, qToString } from '../internal/rational.js';
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

/** Reads decimal places: a non-negative integer (default 2). */
export function readPlaces(places: number | undefined, fn: string): number {
  const p = places ?? 2;
  if (!Number.isInteger(p) || p < 0)
    throw new RangeError(`${fn}: places must be a non-negative integer`);
  return p;
}

/** {@link readNum} as an exact rational. */
export function readQ(value: DecimalInput, what: string, fn: string): Q {
  if (typeof value === 'string' && EXACT.test(value)) return qDec(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return qInt(value || 0); // -0 reads as 0
  const parsed = parseDecimal(value);
  if (parsed === undefined)
    throw new RangeError(`${fn}: ${what} is not a number: ${String(value)}`);
  return qDec(parsed);
}

// The default grid, read once: every gap and plan call asks for it.
const CENT = qDec('0.01');

/** Reads a positive grid step (default 0.01) as an exact rational. */
export function readStepQ(step: DecimalInput | undefined, fn: string): Q {
  if (step === undefined) return CENT;
  const q = readQ(step, 'step', fn);
  if (qSign(q) <= 0) throw new RangeError(`${fn}: step must be positive`);
  return q;
}

/** Points for people from an exact rational (correctly rounded to `places`, zeros dropped). */
export function ptsQ(value: Q, lang: 'vi' | 'en', places = 2): string {
  return formatRounded(qToFixed(value, places, 'half-up'), { lang, trimZeros: true });
}

/** Decimal places of a step given as a rational (at least 2). */
export function stepPlacesQ(step: Q): number {
  // A step read from a decimal terminates, so its exact text has all its places.
  const text = qToString(step);
  const dot = text.indexOf('.');
  return Math.max(2, dot < 0 ? 0 : text.length - dot - 1);
}

/** An exact rational as a decimal string. */
export function dsQ(value: Q): DecimalString {
  return qToString(value) as DecimalString;
}
