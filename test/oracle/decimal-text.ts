// The oracle's own decimal printer and rounding (docs/scoring.md, "Exactness" and "The published
// value"). Independent of decimal.js and of src/format.
import { cmp, floorQ, type Q, q, terminates } from './rational.js';

/** Significant digits of an unrounded value that has no finite decimal form. */
export const SIGNIFICANT_DIGITS = 40;

function digitsWithPoint(intDigits: bigint, scale: number): string {
  // intDigits × 10^-scale, intDigits ≥ 0, printed without trailing zeros after the point.
  if (scale <= 0) return (intDigits * 10n ** BigInt(-scale)).toString();
  const s = intDigits.toString().padStart(scale + 1, '0');
  const intPart = s.slice(0, s.length - scale);
  const frac = s.slice(s.length - scale).replace(/0+$/, '');
  return frac === '' ? intPart : `${intPart}.${frac}`;
}

/**
 * The model's decimal string of an unrounded value: exact when its decimal expansion terminates
 * ("68.15", "8.368", "0"); otherwise correctly rounded to 40 significant digits
 * ("33.33333333333333333333333333333333333333"). No trailing zeros, no exponent, "-" for
 * negatives. Choice (the docs are silent): trailing zeros of a 40-digit rounding are dropped too
 * (a value like 0.99…9|7 that rounds to 1 prints "1"); it cannot be exactly on a half, since it
 * does not terminate, so no tie rule is needed.
 */
export function toDecimalString(a: Q): string {
  const negative = a.n < 0n;
  const abs = negative ? q(-a.n, a.d) : a;
  let body: string;
  if (terminates(abs)) {
    // d = 2^a 5^b divides 10^max(a, b)
    let d = abs.d;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos += 1;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives += 1;
    }
    const k = Math.max(twos, fives);
    body = digitsWithPoint((abs.n * 10n ** BigInt(k)) / abs.d, k);
  } else {
    // e = number of digits before the point: 10^(e-1) ≤ abs < 10^e (e may be ≤ 0).
    let e = abs.n >= abs.d ? (abs.n / abs.d).toString().length : 0;
    if (e === 0) {
      // count leading zeros after the point
      let x = abs;
      while (x.n * 10n < x.d) {
        x = q(x.n * 10n, x.d);
        e -= 1;
      }
    }
    let scale = SIGNIFICANT_DIGITS - e;
    let scaled = roundHalfUpNonNegative(abs, scale);
    if (scaled >= 10n ** BigInt(SIGNIFICANT_DIGITS)) {
      // 99…9|5… rounded up to 10^40: one digit fewer after the point
      scale -= 1;
      scaled /= 10n;
    }
    body = digitsWithPoint(scaled, scale);
  }
  return negative && body !== '0' ? `-${body}` : body;
}

function roundHalfUpNonNegative(a: Q, scale: number): bigint {
  const x = scale >= 0 ? q(a.n * 10n ** BigInt(scale), a.d) : q(a.n, a.d * 10n ** BigInt(-scale));
  const f = floorQ(x);
  const twiceRemainder = 2n * (x.n - f * x.d);
  return twiceRemainder >= x.d ? f + 1n : f;
}

/** Rounding modes of a criteria set. */
export type Mode = 'half-up' | 'half-even';

/**
 * `a` rounded to `places` decimals, on the exact value. half-up rounds a half away from zero
 * (84.575 → 84.58); half-even to the even last digit (84.575 → 84.58, 84.585 → 84.58).
 * Choice: for negative numbers half-up means away from zero (only non-negative values are ever
 * published, so this does not matter).
 */
export function roundQ(a: Q, places: number, mode: Mode): Q {
  const scale = 10n ** BigInt(places);
  const x = q(a.n * scale, a.d);
  const negative = x.n < 0n;
  const ax = negative ? q(-x.n, x.d) : x;
  const f = floorQ(ax);
  const c = cmp(q(2n * (ax.n - f * ax.d), ax.d), q(1n)); // compare the remainder with 1/2
  let r = f;
  if (c > 0) r = f + 1n;
  else if (c === 0) r = mode === 'half-up' ? f + 1n : f % 2n === 0n ? f : f + 1n;
  return q(negative ? -r : r, scale);
}

/** A rounded value printed with exactly `places` decimals ("80.00"): the published text. */
export function toFixedString(a: Q, places: number): string {
  const scale = 10n ** BigInt(places);
  const x = q(a.n * scale, a.d);
  if (x.d !== 1n) throw new RangeError('oracle: toFixedString of an unrounded value');
  const negative = x.n < 0n;
  const digits = (negative ? -x.n : x.n).toString().padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places);
  const body = places === 0 ? intPart : `${intPart}.${digits.slice(digits.length - places)}`;
  return negative ? `-${body}` : body;
}

/** The published text of an unrounded value: rounded by the set's rule, fixed places. */
export function publishedText(a: Q, places: number, mode: Mode): string {
  return toFixedString(roundQ(a, places, mode), places);
}
