import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  divFloor,
  gcd,
  type Int,
  lcm,
  mul,
  quot,
  rem,
  sub,
} from '../../src/internal/int.js';

// Every Int operation against plain BigInt arithmetic, across the 2^53 boundary where the
// number fast path must hand over to bigint.
const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const big = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: MAX - 1000n, max: MAX + 1000n }),
  fc.bigInt({ min: -(MAX + 1000n), max: -(MAX - 1000n) }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
);
const asInt = (b: bigint): Int => (b <= MAX && b >= -MAX ? Number(b) : b);
const same = (x: Int, b: bigint) => {
  expect(BigInt(x)).toBe(b);
  // A value that fits is a number: the fast path is kept whenever it can be.
  expect(typeof x).toBe(b <= MAX && b >= -MAX ? 'number' : 'bigint');
};

describe('exact integers (numbers while safe, bigint beyond)', () => {
  it('add, sub and mul agree with BigInt and come back as numbers when they fit', () => {
    fc.assert(
      fc.property(big, big, (a, b) => {
        same(add(asInt(a), asInt(b)), a + b);
        same(sub(asInt(a), asInt(b)), a - b);
        same(mul(asInt(a), asInt(b)), a * b);
      }),
      { numRuns: 3000 },
    );
  });

  it('floor division, quot and rem agree with BigInt floor semantics', () => {
    fc.assert(
      fc.property(
        big,
        big.filter((b) => b !== 0n),
        (a, b) => {
          let q = a / b;
          if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
          const r = a - q * b;
          const d = divFloor(asInt(a), asInt(b));
          same(d.q, q);
          same(d.r, r);
          if (b > 0n) {
            same(quot(asInt(a), asInt(b)), q);
            same(rem(asInt(a), asInt(b)), r);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gcd, lcm and comparisons', () => {
    const gcdBig = (a: bigint, b: bigint): bigint =>
      b === 0n ? (a < 0n ? -a : a) : gcdBig(b, a % b);
    fc.assert(
      fc.property(big, big, (a, b) => {
        same(gcd(asInt(a), asInt(b)), gcdBig(a, b));
        expect(cmp(asInt(a), asInt(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        if (a > 0n && b > 0n) same(lcm(asInt(a), asInt(b)), (a / gcdBig(a, b)) * b);
      }),
      { numRuns: 2000 },
    );
  });
});
