import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBig } from '../../src/internal/int.js';
import {
  q,
  qAdd,
  qCmp,
  qDec,
  qDiv,
  qMul,
  qSub,
  qToFixed,
  qToString,
  roundDiv,
} from '../../src/internal/rational.js';
import { roundQ, toDecimalString } from '../oracle/decimal-text.js';
import * as ref from '../oracle/rational.js';

// The engine's rationals against the oracle's independent BigInt fractions (test/oracle).
const small = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const positive = fc.bigInt({ min: 1n, max: 10n ** 12n });
const pair = fc.tuple(small, positive);
const mine = ([n, d]: [bigint, bigint]) =>
  q(
    n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n,
    Number(d),
  );
const theirs = ([n, d]: [bigint, bigint]) => ref.q(n, d);
const asRef = (x: { n: number | bigint; d: number | bigint }) => ref.q(BigInt(x.n), BigInt(x.d));

describe('exact rationals', () => {
  it('add, sub, mul, div and compare agree with the oracle', () => {
    fc.assert(
      fc.property(pair, pair, (a, b) => {
        expect(ref.eq(asRef(qAdd(mine(a), mine(b))), ref.add(theirs(a), theirs(b)))).toBe(true);
        expect(ref.eq(asRef(qSub(mine(a), mine(b))), ref.sub(theirs(a), theirs(b)))).toBe(true);
        expect(ref.eq(asRef(qMul(mine(a), mine(b))), ref.mul(theirs(a), theirs(b)))).toBe(true);
        if (a[0] !== 0n) {
          expect(ref.eq(asRef(qDiv(mine(b), mine(a))), ref.div(theirs(b), theirs(a)))).toBe(true);
        }
        expect(qCmp(mine(a), mine(b))).toBe(Math.sign(ref.cmp(theirs(a), theirs(b))));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints every digit when the expansion terminates, else 40 significant digits, like the oracle', () => {
    fc.assert(
      fc.property(pair, (a) => {
        expect(qToString(mine(a))).toBe(toDecimalString(theirs(a)));
      }),
      { numRuns: 3000 },
    );
    // Unreduced grid values n / 10^k (as the engine keeps them), trailing zeros and all.
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 6 }),
        (n, k, zeros) => {
          const m = Math.abs(n) * 10 ** zeros <= Number.MAX_SAFE_INTEGER ? n * 10 ** zeros : n;
          const d = 10 ** k;
          expect(qToString({ n: m, d })).toBe(toDecimalString(ref.q(BigInt(m), BigInt(d))));
        },
      ),
      { numRuns: 3000 },
    );
    // Long decimals as qDec keeps them: bigint numerators (and denominators) over 10^k.
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
        fc.integer({ min: 0, max: 45 }),
        (n, k) => {
          const d = 10n ** BigInt(k);
          const mixed = { n: fromBig(n), d: fromBig(d) };
          expect(qToString(mixed)).toBe(toDecimalString(ref.q(n, d)));
        },
      ),
      { numRuns: 3000 },
    );
    expect(qToString(qDec('0.3981481481481481481481481481481481481481'))).toBe(
      '0.3981481481481481481481481481481481481481',
    );
    expect(qToString({ n: 5n * 10n ** 30n, d: 10n ** 31n })).toBe('0.5');
    expect(qToString({ n: 1_234_000, d: 10 ** 8 })).toBe('0.01234');
    expect(qToString({ n: -7_000, d: 1000 })).toBe('-7');
    expect(qToString(q(1, 3))).toBe(`0.${'3'.repeat(40)}`);
    expect(qToString({ n: 8368, d: 1000 })).toBe('8.368');
    expect(qToString({ n: -50, d: 100 })).toBe('-0.5');
  });

  it('rounds half-up and half-even like the oracle, on exact halves too', () => {
    fc.assert(
      fc.property(
        pair,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('half-up', 'half-even') as fc.Arbitrary<'half-up' | 'half-even'>,
        (a, places, mode) => {
          const expected = roundQ(theirs(a), places, mode);
          expect(ref.eq(ref.parseQ(qToFixed(mine(a), places, mode)), expected)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    // 84,575 and 84,585 at 2 places: half-up 84,58 / 84,59; half-even 84,58 / 84,58.
    expect([
      qToFixed(qDec('84.575'), 2, 'half-up'),
      qToFixed(qDec('84.585'), 2, 'half-up'),
    ]).toEqual(['84.58', '84.59']);
    expect([
      qToFixed(qDec('84.575'), 2, 'half-even'),
      qToFixed(qDec('84.585'), 2, 'half-even'),
    ]).toEqual(['84.58', '84.58']);
    expect(roundDiv(5, 2, 'half-even')).toBe(2);
    expect(roundDiv(-5, 2, 'half-up')).toBe(-3);
  });

  it('reads plain decimals exactly and refuses anything else', () => {
    expect(qToString(qDec('0.10'))).toBe('0.1');
    expect(qToString(qDec('-12.345'))).toBe('-12.345');
    expect(qToString(qDec('123456789012345678901234.5'))).toBe('123456789012345678901234.5');
    for (const bad of ['', '.', '1.', '1e5', '1,5', 'abc', '--1', '1234567890123456x', '-'])
      expect(() => qDec(bad)).toThrow(TypeError);
  });

  it('reads decimals of any length like the oracle, across the 15-digit fast path', () => {
    // 15 digits are read as a number, 16 and more through bigints: both must give the value.
    const text = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
      )
      .map(([sign, whole, frac]) => `${sign}${whole}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(text, (t) => {
        const mine = qDec(t);
        expect(ref.eq(asRef(mine), ref.parseQ(t.replace(/^\+/, '')))).toBe(true);
        // Denominators stay powers of ten: the places written.
        expect(BigInt(mine.d)).toBe(10n ** BigInt(t.split('.')[1]?.length ?? 0));
      }),
      { numRuns: 3000 },
    );
    expect(qDec('999999999999999')).toEqual({ n: 999999999999999, d: 1 });
    expect(qDec('-0.000')).toEqual({ n: 0, d: 1000 });
  });
});
