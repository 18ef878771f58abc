/**
 * Exact integers for the engine: a JS number while the value is a safe integer, a bigint
 * beyond. Every operation is exact; results that fit back into a safe integer come back as
 * numbers, so the fast path (doubles holding integers) is taken whenever it can be.
 *
 * Why doubles are exact here: a sum or product of safe integers whose true value is at most
 * 2⁵³ − 1 is computed exactly, and a true value beyond rounds to at least 2⁵³, which the range
 * check sends to bigint. `%` on doubles is exact (fmod), so divisions are exact too.
 */
export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

/** A bigint as an {@link Int}: a number when it is safe. */
export function fromBig(b: bigint): Int {
  return b <= MAX_BIG && b >= -MAX_BIG ? Number(b) : b;
}

/** True when the value is a safe-integer number (the fast path). */
export function isSmall(a: Int): a is number {
  return typeof a === 'number';
}

export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return fromBig(BigInt(a) + BigInt(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return fromBig(BigInt(a) - BigInt(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  return fromBig(BigInt(a) * BigInt(b));
}

export function neg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : fromBig(-a);
}

/** −1, 0 or 1. */
export function sign(a: Int): -1 | 0 | 1 {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

export function isZero(a: Int): boolean {
  return typeof a === 'number' ? a === 0 : a === 0n;
}

/** −1, 0 or 1 as a compares with b. */
export function cmp(a: Int, b: Int): -1 | 0 | 1 {
  // Mixed number/bigint comparisons are exact in JS.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ⌊a / b⌋ for b > 0, without allocating on the fast path. */
export function quot(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return (a - (a % b)) / b;
  return divFloor(a, b).q;
}

/** a mod b in [0, b) for b > 0, without allocating on the fast path. */
export function rem(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return a % b;
  return divFloor(a, b).r;
}

/** Floor division: q = ⌊a / b⌋ and r = a − q·b with 0 ≤ r < |b| for b > 0. b must not be 0. */
export function divFloor(a: Int, b: Int): { q: Int; r: Int } {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      q -= 1;
      r += b;
    }
    return { q: q === 0 ? 0 : q, r: r === 0 ? 0 : r };
  }
  const A = BigInt(a);
  const B = BigInt(b);
  let q = A / B;
  let r = A % B;
  if (r !== 0n && r < 0n !== B < 0n) {
    q -= 1n;
    r += B;
  }
  return { q: fromBig(q), r: fromBig(r) };
}

/** Greatest common divisor, ≥ 0 (gcd(0, 0) = 0). */
export function gcd(a: Int, b: Int): Int {
  if (a === 1 || b === 1) return 1;
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return fromBig(x);
}

/** Least common multiple of two positive integers. */
export function lcm(a: Int, b: Int): Int {
  if (a === b || b === 1) return a;
  if (a === 1) return b;
  if (typeof a === 'number' && typeof b === 'number') {
    if (a % b === 0) return a;
    if (b % a === 0) return b;
  }
  return mul(quot(a, gcd(a, b)), b);
}

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 15; i++, p *= 10) POW10.push(p);

/** 10^k for k ≥ 0. */
export function pow10(k: number): Int {
  return k <= 15 ? (POW10[k] as number) : 10n ** BigInt(k);
}

/** The decimal digits of a non-negative integer. */
export function digits(a: Int): string {
  return typeof a === 'number' ? String(a) : a.toString();
}
