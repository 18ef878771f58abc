// Exact rational numbers over BigInt for the test oracle. Written from scratch (no decimal.js, no
// import from src/) so that the oracle shares no arithmetic with the engine it checks.

/** A rational number n/d, always normalised: d > 0 and gcd(|n|, d) = 1. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** n/d in lowest terms; throws on a zero denominator (an oracle bug, never an input case). */
export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new RangeError('oracle: division by zero');
  let nn = n;
  let dd = d;
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO: Q = q(0n);
export const ONE: Q = q(1n);
export const HUNDRED: Q = q(100n);

/** From a small JS integer. */
export function qi(n: number): Q {
  if (!Number.isInteger(n)) throw new RangeError(`oracle: not an integer: ${n}`);
  return q(BigInt(n));
}

/**
 * Parses a plain decimal string such as "-12.345", "0.5", "7", "1e-3" (the model's decimal
 * strings; an exponent is accepted for robustness). Exact.
 */
export function parseQ(text: string): Q {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) {
    throw new RangeError(`oracle: not a decimal: ${JSON.stringify(text)}`);
  }
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  let n = BigInt((intPart === '' ? '0' : intPart) + frac) * sign;
  let d = 10n ** BigInt(frac.length);
  if (exp > 0) n *= 10n ** BigInt(exp);
  if (exp < 0) d *= 10n ** BigInt(-exp);
  return q(n, d);
}

export function add(a: Q, b: Q): Q {
  return q(a.n * b.d + b.n * a.d, a.d * b.d);
}
export function sub(a: Q, b: Q): Q {
  return q(a.n * b.d - b.n * a.d, a.d * b.d);
}
export function mul(a: Q, b: Q): Q {
  return q(a.n * b.n, a.d * b.d);
}
export function div(a: Q, b: Q): Q {
  if (b.n === 0n) throw new RangeError('oracle: division by zero');
  return q(a.n * b.d, a.d * b.n);
}
export function neg(a: Q): Q {
  return { n: -a.n, d: a.d };
}

/** -1, 0 or 1. */
export function cmp(a: Q, b: Q): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const eq = (a: Q, b: Q): boolean => cmp(a, b) === 0;
export const lt = (a: Q, b: Q): boolean => cmp(a, b) < 0;
export const le = (a: Q, b: Q): boolean => cmp(a, b) <= 0;
export const gt = (a: Q, b: Q): boolean => cmp(a, b) > 0;
export const ge = (a: Q, b: Q): boolean => cmp(a, b) >= 0;
export const isZero = (a: Q): boolean => a.n === 0n;
export const minQ = (a: Q, b: Q): Q => (le(a, b) ? a : b);
export const maxQ = (a: Q, b: Q): Q => (ge(a, b) ? a : b);

export function sum(values: readonly Q[]): Q {
  let s = ZERO;
  for (const v of values) s = add(s, v);
  return s;
}

/** Largest integer ≤ a. */
export function floorQ(a: Q): bigint {
  const t = a.n / a.d; // truncates toward zero
  return a.n < 0n && t * a.d !== a.n ? t - 1n : t;
}

/** Smallest integer ≥ a. */
export function ceilQ(a: Q): bigint {
  return -floorQ(neg(a));
}

/** True when a has a finite decimal expansion (its denominator has no prime factor but 2 and 5). */
export function terminates(a: Q): boolean {
  let d = a.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** a × 100 / b: the percent of b that a is. */
export function percentOf(a: Q, b: Q): Q {
  return div(mul(a, HUNDRED), b);
}
