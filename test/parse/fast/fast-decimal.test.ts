import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/internal/decimal.js';
import { readDecimal } from '../../../src/parse/decimal-input.js';
import { compareDs, fastDecimal, scaledFloor } from '../../../src/parse/fast/fast-decimal.js';

/** Number spellings: signs, digits, separators, spaces, percent signs and some junk. */
const spelling = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '5',
      '9',
      '00',
      '123',
      '.',
      ',',
      '-',
      '+',
      '%',
      ' ',
      '\u00a0',
      '\u202f',
      '\t',
      '\u200b',
      'e',
      '1e5',
      '/',
      'x',
      '٣',
      '\ufeff',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const digitRun = (max: number) =>
  fc.array(fc.constantFrom('0', '1', '2', '5', '9'), { minLength: 1, maxLength: max });
const plainNumber = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    digitRun(18),
    fc.constantFrom('', '.', ','),
    digitRun(23),
    fc.constantFrom('', '%', ' %'),
  )
  .map(([s, i, sep, f, p]) => `${s}${i.join('')}${sep === '' ? '' : `${sep}${f.join('')}`}${p}`);

function agreesWithReadDecimal(raw: unknown, allowPercent: boolean): boolean {
  const fast = fastDecimal(raw, allowPercent);
  if (fast === undefined) return false;
  const full = readDecimal(raw);
  expect(full.ok).toBe(true);
  if (!full.ok) return false;
  expect(fast).toBe(full.value);
  if (!allowPercent) expect(full.percentSign).toBe(false);
  return true;
}

describe('fastDecimal gives what readDecimal gives, or leaves the input to it', () => {
  it.each([
    ['74,42', '74.42'],
    ['95,5 %', '95.5'],
    ['\u00a03\u202f', '3'],
    ['-0', '0'],
    ['-0,25', '-0.25'],
    ['007.50', '7.5'],
    ['+5', '5'],
    [' 9 5 ', '95'],
    [0.1, '0.1'],
    [-0, '0'],
    [93.3, '93.3'],
    [0.30000000000000004, '0.30000000000000004'],
  ])('reads %j as %s', (raw, expected) => {
    expect(fastDecimal(raw, true)).toBe(expected);
    expect(agreesWithReadDecimal(raw, true)).toBe(true);
  });

  it.each([
    '1.234,5',
    '1e5',
    '',
    '%',
    '5.',
    '.5',
    '5%%',
    '1,2,3',
    '1234567890123456',
    '0.000000000000000000001',
  ])('leaves %j to readDecimal', (raw) => {
    expect(fastDecimal(raw, true)).toBeUndefined();
  });

  it('refuses a percent sign where none is allowed', () => {
    expect(fastDecimal('95%', false)).toBeUndefined();
    expect(fastDecimal('95', false)).toBe('95');
  });

  it('random spellings', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(spelling, plainNumber), fc.boolean(), (s, allow) => {
        if (agreesWithReadDecimal(s, allow)) read++;
      }),
      { numRuns: 4000 },
    );
    // Not vacuous: plain numbers are half the draws and most of them are read.
    expect(read).toBeGreaterThan(1000);
  });

  it('random numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1000, max: 1000 })),
        (x) => {
          agreesWithReadDecimal(x, false);
          if (Number.isInteger(x) && Math.abs(x) < 1e15)
            expect(fastDecimal(x, false)).toBe(String(x));
        },
      ),
      { numRuns: 4000 },
    );
  });
});

const canonical = plainNumber
  .map((s) => readDecimal(s))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.value : '0'));

describe('exact comparisons on decimal strings', () => {
  it('compareDs orders like decimal.js', () => {
    fc.assert(
      fc.property(canonical, canonical, (a, b) => {
        expect(compareDs(a, b)).toBe(new D(a).comparedTo(new D(b)));
        expect(compareDs(a, a)).toBe(0);
      }),
      { numRuns: 3000 },
    );
    expect(compareDs('0', '0.75')).toBe(-1);
    expect(compareDs('10', '9.99')).toBe(1);
    expect(compareDs('-1.5', '-1.25')).toBe(-1);
  });

  it('scaledFloor cuts like decimal.js', () => {
    fc.assert(
      fc.property(canonical, fc.integer({ min: 0, max: 8 }), (a, k) => {
        const v = new D(a).abs();
        const s = scaledFloor(v.toFixed(), k);
        const scaled = v.times(new D(10).pow(k));
        if (s === undefined) {
          expect(scaled.floor().greaterThan(Number.MAX_SAFE_INTEGER)).toBe(true);
          return;
        }
        expect(s.units).toBe(scaled.floor().toNumber());
        expect(s.cut).toBe(!scaled.isInteger());
      }),
      { numRuns: 3000 },
    );
  });
});
