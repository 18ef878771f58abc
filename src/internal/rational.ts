import {
  add,
  cmp,
  digits,
  divFloor,
  fromBig,
  gcd,
  type Int,
  isZero,
  mul,
  neg,
  pow10,
  quot,
  rem,
  sign,
  sub,
} from './int.js';

/**
 * An exact rational number n/d with d > 0. Not necessarily reduced: arithmetic skips the gcd
 * (the engine's hot path), {@link q} and the printers reduce.
 */
export interface Q {
  readonly n: Int;
  readonly d: Int;
}

export const Q0: Q = { n: 0, d: 1 };
export const Q1: Q = { n: 1, d: 1 };
export const Q100: Q = { n: 100, d: 1 };

/** n/d reduced to lowest terms with a positive denominator. d must not be 0. */
export function q(n: Int, d: Int = 1): Q {
  if (d === 1) return { n, d };
  let nn = n;
  let dd = d;
  if (dd < 0) {
    nn = neg(nn);
    dd = neg(dd);
  }
  const g = gcd(nn, dd);
  if (g === 1 || g === 0) return { n: nn, d: dd };
  // g divides both exactly: on safe integers the double quotient is exact (never −0: g > 0),
  // with no quotient-and-remainder object to allocate.
  if (typeof nn === 'number' && typeof dd === 'number' && typeof g === 'number') {
    return { n: nn / g, d: dd / g };
  }
  return { n: divFloor(nn, g).q, d: divFloor(dd, g).q };
}

/** An integer as a rational. */
export function qInt(n: Int): Q {
  return { n, d: 1 };
}

/**
 * A plain decimal string (`"-12.345"`, as validated input and {@link DecimalString}s are) as an
 * exact rational n/10^k (not reduced: decimal denominators stay powers of ten).
 *
 * @throws TypeError for anything else (a programmer error: inputs are validated before).
 */
export function qDec(text: string): Q {
  const out = { n: 0 as Int, d: 1 as Int };
  readDecimal(text, out);
  return out;
}

/**
 * {@link qDec} into a caller's object, for the per-leaf paths that only compare or combine the
 * value and would otherwise allocate a rational for each decimal they read.
 *
 * @throws TypeError as {@link qDec}.
 */
export function readDecimal(text: string, out: { n: Int; d: Int }): void {
  // Up to 15 digits, read digit by digit into a safe integer: cheaper than any cache lookup
  // (this runs for every decimal of every unit scored). Longer ones take the bigint path.
  const len = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  const negative = first === 45; // '-'
  if (negative || first === 43) i = 1; // '+'
  let n = 0;
  let count = 0;
  let frac = -1;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++count > 15) {
        const long = parseLongDecimal(text);
        out.n = long.n;
        out.d = long.d;
        return;
      }
      n = n * 10 + (c - 48);
      if (frac >= 0) frac++;
    } else if (c === 46 && frac < 0) frac = 0;
    else throw new TypeError(`qDec: not a plain decimal: ${text}`);
  }
  if (count === 0 || frac === 0) throw new TypeError(`qDec: not a plain decimal: ${text}`);
  out.n = negative && n !== 0 ? -n : n;
  out.d = pow10(Math.max(frac, 0));
}

// Long decimals are rare (computed values written back): parsed once, kept in a bounded cache.
const decimals = new Map<string, Q>();
const MAX_CACHED = 4096;

function parseLongDecimal(text: string): Q {
  const hit = decimals.get(text);
  if (hit !== undefined) return hit;
  const value = parseDecimal(text);
  if (decimals.size >= MAX_CACHED) decimals.clear();
  decimals.set(text, value);
  return value;
}

function parseDecimal(text: string): Q {
  let i = 0;
  const negative = text.charCodeAt(0) === 45; // '-'
  if (negative || text.charCodeAt(0) === 43) i = 1; // '+'
  let digits = '';
  let frac = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && frac < 0) frac = 0;
    else if (c >= 48 && c <= 57) {
      digits += text[i];
      if (frac >= 0) frac++;
    } else throw new TypeError(`qDec: not a plain decimal: ${text}`);
  }
  if (digits === '' || frac === 0) throw new TypeError(`qDec: not a plain decimal: ${text}`);
  const n: Int = digits.length <= 15 ? Number(digits) : fromBig(BigInt(digits));
  return { n: negative ? neg(n) : n, d: pow10(Math.max(frac, 0)) };
}

export function qAdd(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: add(a.n, b.n), d: a.d };
  return { n: add(mul(a.n, b.d), mul(b.n, a.d)), d: mul(a.d, b.d) };
}

export function qSub(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: sub(a.n, b.n), d: a.d };
  return { n: sub(mul(a.n, b.d), mul(b.n, a.d)), d: mul(a.d, b.d) };
}

export function qMul(a: Q, b: Q): Q {
  return { n: mul(a.n, b.n), d: mul(a.d, b.d) };
}

/** a ÷ b; b must not be 0. */
export function qDiv(a: Q, b: Q): Q {
  // Over one denominator (grid values, say) the quotient is n₁/n₂: the product of the
  // denominators would only make the numbers larger, often past safe integers.
  if (a.d === b.d) return sign(b.n) < 0 ? { n: neg(a.n), d: neg(b.n) } : { n: a.n, d: b.n };
  return sign(b.n) < 0
    ? { n: neg(mul(a.n, b.d)), d: neg(mul(a.d, b.n)) }
    : { n: mul(a.n, b.d), d: mul(a.d, b.n) };
}

/** a + b reduced to lowest terms (for long sums, whose denominators would otherwise grow). */
export function qAddReduced(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: add(a.n, b.n), d: a.d };
  return q(add(mul(a.n, b.d), mul(b.n, a.d)), mul(a.d, b.d));
}

export function qCmp(a: Q, b: Q): -1 | 0 | 1 {
  if (a.d === b.d) return cmp(a.n, b.n);
  return cmp(mul(a.n, b.d), mul(b.n, a.d));
}

export function qSign(a: Q): -1 | 0 | 1 {
  return sign(a.n);
}

export function qIsZero(a: Q): boolean {
  return isZero(a.n);
}

export function qMin(a: Q, b: Q): Q {
  return qCmp(a, b) <= 0 ? a : b;
}

export function qMax(a: Q, b: Q): Q {
  return qCmp(a, b) >= 0 ? a : b;
}

/** Clamp to [lo, hi]. */
export function qClamp(a: Q, lo: Q, hi: Q): Q {
  return qCmp(a, lo) < 0 ? lo : qCmp(a, hi) > 0 ? hi : a;
}

/** ⌊a⌋ */
export function qFloor(a: Q): Int {
  return quot(a.n, a.d);
}

/** ⌈a⌉ */
export function qCeil(a: Q): Int {
  const { q: fl, r } = divFloor(a.n, a.d);
  return isZero(r) ? fl : add(fl, 1);
}

/** How the last kept digit is rounded. */
export type Rounding = 'half-up' | 'half-even';

/**
 * n/d rounded to an integer: half-up rounds halves away from zero (as published results do:
 * 84,575 → 84,58; −0,5 → −1), half-even to the even neighbour.
 */
export function roundDiv(n: Int, d: Int, mode: Rounding): Int {
  if (typeof n === 'number' && typeof d === 'number' && n >= 0 && d > 0) {
    const r = n % d;
    const fl = (n - r) / d;
    const twice = r * 2;
    // 2r ≤ 2d − 2 stays exact: d is a safe integer and r < d.
    return twice > d || (twice === d && (mode === 'half-up' || fl % 2 !== 0)) ? fl + 1 : fl;
  }
  const negative = sign(n) * sign(d) < 0;
  const an = sign(n) < 0 ? neg(n) : n;
  const ad = sign(d) < 0 ? neg(d) : d;
  const { q: fl, r } = divFloor(an, ad);
  const twice = cmp(mul(r, 2), ad);
  const up = twice > 0 || (twice === 0 && (mode === 'half-up' || !isZero(divFloor(fl, 2).r)));
  const m = up ? add(fl, 1) : fl;
  return negative ? neg(m) : m;
}

/** a rounded to `places` decimals, as an integer count of 10^−places. */
export function qRoundScaled(a: Q, places: number, mode: Rounding): Int {
  return roundDiv(mul(a.n, pow10(places)), a.d, mode);
}

/** An integer count of 10^−places written as a decimal with exactly `places` decimals. */
export function scaledToFixed(n: Int, places: number): string {
  const negative = sign(n) < 0;
  const s = digits(negative ? neg(n) : n).padStart(places + 1, '0');
  const body = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
  return negative ? `-${body}` : body;
}

/** a rounded to `places` with `mode`, written with exactly `places` decimals (`"84.50"`). */
export function qToFixed(a: Q, places: number, mode: Rounding): string {
  return scaledToFixed(qRoundScaled(a, places, mode), places);
}

// Significant digits of a value whose decimal expansion does not terminate.
const SIGNIFICANT = 40;

/** Strips trailing fractional zeros: `"1.500"` → `"1.5"`, `"2.000"` → `"2"`. */
function trimZeros(s: string): string {
  if (!s.includes('.')) return s;
  const t = s.replace(/0+$/, '');
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

/** The exponent k such that d divides 10^k, or −1 when no power of ten is a multiple of d. */
function terminatingPlaces(d: Int): number {
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (isZero(rem(rest, 2))) {
    rest = quot(rest, 2);
    twos++;
  }
  while (isZero(rem(rest, 5))) {
    rest = quot(rest, 5);
    fives++;
  }
  return rest === 1 ? Math.max(twos, fives) : -1;
}

// A bigint power of ten, as its digits read.
const BIG_POWER_OF_TEN = /^10*$/;

/** k when d is exactly 10^k, else −1. */
function powerOfTen(d: Int): number {
  if (typeof d !== 'number') {
    const text = d.toString();
    return BIG_POWER_OF_TEN.test(text) ? text.length - 1 : -1;
  }
  let k = 0;
  let x = d;
  while (x >= 10 && x % 10 === 0) {
    x /= 10;
    k++;
  }
  return x === 1 ? k : -1;
}

/** n / 10^k written in full, trailing zeros dropped, for a bigint n (not 0): from its digits. */
function decimalOfDigits(n: Int, k: number): string {
  const negative = sign(n) < 0;
  const all = digits(negative ? neg(n) : n);
  let end = all.length;
  let places = k;
  while (places > 0 && all.charCodeAt(end - 1) === 48) {
    end--;
    places--;
  }
  let body = all.slice(0, end);
  if (places > 0) {
    body = body.padStart(places + 1, '0');
    body = `${body.slice(0, body.length - places)}.${body.slice(body.length - places)}`;
  }
  return negative ? `-${body}` : body;
}

/** n / 10^k written in full, trailing zeros dropped (n a safe integer, not 0). */
function decimalOf(n: number, k: number): string {
  // Trailing zeros leave the integer first (exact: n is a safe integer), so the text is built
  // once, without trimming it afterwards.
  let m = n < 0 ? -n : n;
  let places = k;
  while (places > 0 && m % 10 === 0) {
    m /= 10;
    places--;
  }
  let body = String(m);
  if (places > 0) {
    body = body.padStart(places + 1, '0');
    body = `${body.slice(0, body.length - places)}.${body.slice(body.length - places)}`;
  }
  return n < 0 ? `-${body}` : body;
}

/**
 * The exact value as a plain decimal string: every digit when the expansion terminates
 * (`"8.368"`), else correctly rounded to 40 significant digits. No exponent, no negative zero.
 */
export function qToString(a: Q): string {
  if (isZero(a.n)) return '0';
  // Grid and decimal values (n / 10^k): written straight from the digits.
  const k0 = powerOfTen(a.d);
  if (k0 >= 0) return typeof a.n === 'number' ? decimalOf(a.n, k0) : decimalOfDigits(a.n, k0);
  const r = q(a.n, a.d);
  const k = terminatingPlaces(r.d);
  if (k >= 0) return trimZeros(qToFixed(r, k, 'half-up'));
  // Places that keep 40 significant digits: the integer part's digits, or the leading zeros.
  const abs = sign(r.n) < 0 ? neg(r.n) : r.n;
  const intPart = divFloor(abs, r.d).q;
  let places: number;
  if (!isZero(intPart)) places = SIGNIFICANT - digits(intPart).length;
  else {
    let zeros = 0;
    let scaled = abs;
    while (cmp(mul(scaled, 10), r.d) < 0) {
      scaled = mul(scaled, 10);
      zeros++;
    }
    places = SIGNIFICANT + zeros;
  }
  // A non-terminating value is never exactly halfway, so the mode does not matter.
  return trimZeros(qToFixed(r, Math.max(places, 0), 'half-up'));
}
