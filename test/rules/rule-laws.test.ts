import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/compile/compiled-rule.js';
import { D, type Dec, dec } from '../../src/internal/decimal.js';
import { qDec } from '../../src/internal/rational.js';
import type { RawValue } from '../../src/model/assessment.js';
import type { DecimalString } from '../../src/model/decimal-string.js';
import type {
  DeadlineRule,
  RatioLinearRule,
  RatioTiersRule,
  ScoringRule,
} from '../../src/model/scoring-rule.js';
import { evaluateRule } from '../../src/rules/evaluate-rule.js';
import { ds } from './helpers.js';

// Decimals with two places, built from integers so no float ever enters.
const hundredths = (lo: number, hi: number): fc.Arbitrary<DecimalString> =>
  fc.integer({ min: lo * 100, max: hi * 100 }).map((n) => ds(dec(n).dividedBy(100).toFixed()));

const maxArb = hundredths(0, 20);
const anyPoints = hundredths(0, 30); // may exceed max: the rule must clamp
const percentValue = hundredths(0, 200).map((p): RawValue => ({ kind: 'percent', percent: p }));
const ratioValue = fc
  .tuple(fc.nat(1000), fc.nat(1000))
  .map(
    ([n, d]): RawValue => ({ kind: 'ratio', numerator: ds(String(n)), denominator: ds(String(d)) }),
  );
const anyRatio = fc.oneof(percentValue, ratioValue);

/** Distinct values, sorted ascending by their decimal value. */
const sortedDistinct = (arb: fc.Arbitrary<DecimalString>, maxLength: number) =>
  fc
    .uniqueArray(arb, { maxLength, selector: (s) => dec(s).toFixed() })
    .map((xs) => [...xs].sort((a, b) => dec(a).comparedTo(b)));

/** Points never better as the ratio or delay gets worse: descending, all within [0, max]. */
const descendingPoints = (max: Dec, n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: n + 1, maxLength: n + 1 })
    .map((xs) =>
      [...xs].sort((a, b) => b - a).map((x) => ds(max.times(x).dividedBy(10_000).toFixed())),
    );

const ruleAndValue: fc.Arbitrary<[ScoringRule, RawValue]> = fc.oneof(
  fc.tuple(
    fc.record({ kind: fc.constant('yes-no' as const), yes: anyPoints, no: anyPoints }),
    fc.boolean().map((value): RawValue => ({ kind: 'yes-no', value })),
  ),
  fc.tuple(
    fc.record({
      kind: fc.constant('ratio-tiers' as const),
      direction: fc.constantFrom('higher-better' as const, 'lower-better' as const),
      tiers: fc.array(fc.record({ at: hundredths(0, 150), points: anyPoints }), { maxLength: 4 }),
      otherwise: anyPoints,
    }),
    anyRatio,
  ),
  fc.tuple(
    fc
      .tuple(
        hundredths(0, 100),
        hundredths(0, 100),
        fc.constantFrom('zero' as const, 'lower' as const),
      )
      .map(([a, b, origin]): RatioLinearRule => {
        const [lower, upper] = dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        return { kind: 'ratio-linear', lower, upper, origin };
      }),
    anyRatio,
  ),
  fc.tuple(
    fc.record({
      kind: fc.constant('deduction' as const),
      perItem: hundredths(0, 5),
      floor: anyPoints,
      freeItems: fc.nat(5),
    }),
    fc.nat(100).map((count): RawValue => ({ kind: 'count', count })),
  ),
  fc.tuple(
    fc.record({
      kind: fc.constant('deadline' as const),
      due: fc.constant('2023-11-30'),
      tiers: fc.array(fc.record({ daysLate: fc.integer({ min: 1, max: 60 }), points: anyPoints }), {
        maxLength: 3,
      }),
      otherwise: anyPoints,
    }),
    fc.oneof(
      fc.integer({ min: -10, max: 100 }).map((days): RawValue => ({ kind: 'days-late', days })),
      fc.integer({ min: 0, max: 120 }).map(
        (i): RawValue => ({
          kind: 'date',
          date: new Date(Date.UTC(2023, 10, 1 + i)).toISOString().slice(0, 10),
        }),
      ),
    ),
  ),
  fc.tuple(
    fc.record({
      kind: fc.constant('survey-options' as const),
      options: fc.constant([
        { code: 'A', weight: ds('100') },
        { code: 'B', weight: ds('60') },
        { code: 'C', weight: ds('20') },
        { code: 'D', weight: ds('0') },
      ]),
    }),
    fc.tuple(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500)).map(
      ([a, b, c, d]): RawValue => ({
        kind: 'answers',
        counts: { A: ds(String(a)), B: ds(String(b)), C: ds(String(c)), D: ds(String(d)) },
      }),
    ),
  ),
  fc.tuple(
    fc.tuple(hundredths(0, 5), hundredths(1, 10)).map(
      ([lo, span]): ScoringRule => ({
        kind: 'survey-scale',
        min: lo,
        max: ds(dec(lo).plus(span).toFixed()),
      }),
    ),
    hundredths(0, 20).map((mean): RawValue => ({ kind: 'mean', mean })),
  ),
);

const pointsOf = (rule: ScoringRule, max: Dec, value: RawValue): Dec => {
  const out = evaluateRule(compileRule(rule, qDec(max.toFixed())), value);
  if (out === undefined) throw new TypeError('value not accepted');
  return new D(String(out.points.n)).dividedBy(String(out.points.d));
};

describe('rule laws', () => {
  it('0 ≤ points ≤ max for any rule and accepted value', () => {
    fc.assert(
      fc.property(maxArb, ruleAndValue, (max, [rule, value]) => {
        const p = pointsOf(rule, dec(max), value);
        expect(p.greaterThanOrEqualTo(0)).toBe(true);
        expect(p.lessThanOrEqualTo(max)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  const tiersRule = (direction: RatioTiersRule['direction']) =>
    maxArb.chain((max) =>
      sortedDistinct(hundredths(0, 150), 4).chain((ats) =>
        descendingPoints(dec(max), ats.length).map((pts): [DecimalString, RatioTiersRule] => {
          const ordered = direction === 'higher-better' ? [...ats].reverse() : ats;
          return [
            max,
            {
              kind: 'ratio-tiers',
              direction,
              tiers: ordered.map((at, i) => ({ at, points: pts[i] ?? ds('0') })),
              otherwise: pts[ordered.length] ?? ds('0'),
            },
          ];
        }),
      ),
    );

  const twoPercents = fc
    .tuple(hundredths(0, 200), hundredths(0, 200))
    .map(([a, b]): [DecimalString, DecimalString] =>
      dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a],
    )
    .map(([lo, hi]): [RawValue, RawValue] => [
      { kind: 'percent', percent: lo },
      { kind: 'percent', percent: hi },
    ]);

  it('ratio-tiers higher-better: a better ratio never gives fewer points', () => {
    fc.assert(
      fc.property(tiersRule('higher-better'), twoPercents, ([max, rule], [worse, better]) => {
        const m = dec(max);
        expect(pointsOf(rule, m, worse).lessThanOrEqualTo(pointsOf(rule, m, better))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('ratio-tiers lower-better: a higher ratio never gives more points', () => {
    fc.assert(
      fc.property(tiersRule('lower-better'), twoPercents, ([max, rule], [low, high]) => {
        const m = dec(max);
        expect(pointsOf(rule, m, high).lessThanOrEqualTo(pointsOf(rule, m, low))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('ratio-linear: a better ratio never gives fewer points (same denominator)', () => {
    const rule = fc
      .tuple(
        hundredths(0, 100),
        hundredths(0, 100),
        fc.constantFrom('zero' as const, 'lower' as const),
      )
      .map(([a, b, origin]): RatioLinearRule => {
        const [lower, upper] = dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        return { kind: 'ratio-linear', lower, upper, origin };
      });
    fc.assert(
      fc.property(
        maxArb,
        rule,
        fc.nat(1000),
        fc.nat(1000),
        fc.integer({ min: 1, max: 997 }),
        (max, r, a, b, d) => {
          const frac = (n: number): RawValue => ({
            kind: 'ratio',
            numerator: ds(String(n)),
            denominator: ds(String(d)),
          });
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const m = dec(max);
          expect(pointsOf(r, m, frac(lo)).lessThanOrEqualTo(pointsOf(r, m, frac(hi)))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('deduction: more counted items never give more points', () => {
    fc.assert(
      fc.property(
        maxArb,
        hundredths(0, 5),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(5),
        fc.nat(200),
        fc.nat(200),
        (max, perItem, floorPct, freeItems, a, b) => {
          const m = dec(max);
          const rule: ScoringRule = {
            kind: 'deduction',
            perItem,
            floor: ds(m.times(floorPct).dividedBy(100).toFixed()),
            freeItems,
          };
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = pointsOf(rule, m, { kind: 'count', count: lo });
          const pHi = pointsOf(rule, m, { kind: 'count', count: hi });
          expect(pHi.lessThanOrEqualTo(pLo)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  const deadlineRule = maxArb.chain((max) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 4 })
      .map((xs) => [...xs].sort((a, b) => a - b))
      .chain((days) =>
        descendingPoints(dec(max), days.length).map((pts): [DecimalString, DeadlineRule] => [
          max,
          {
            kind: 'deadline',
            due: '2024-02-20',
            tiers: days.map((daysLate, i) => ({ daysLate, points: pts[i] ?? ds('0') })),
            otherwise: pts[days.length] ?? ds('0'),
          },
        ]),
      ),
  );

  it('deadline: more days late never give more points', () => {
    fc.assert(
      fc.property(
        deadlineRule,
        fc.integer({ min: -30, max: 100 }),
        fc.integer({ min: -30, max: 100 }),
        ([max, rule], a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const m = dec(max);
          const pLo = pointsOf(rule, m, { kind: 'days-late', days: lo });
          const pHi = pointsOf(rule, m, { kind: 'days-late', days: hi });
          expect(pHi.lessThanOrEqualTo(pLo)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('deadline: a completion date scores as its days late (across 29 Feb 2024)', () => {
    fc.assert(
      fc.property(deadlineRule, fc.integer({ min: -40, max: 80 }), ([max, rule], offset) => {
        // Oracle independent of the code under test: Date.UTC arithmetic.
        const date = new Date(Date.UTC(2024, 1, 20 + offset)).toISOString().slice(0, 10);
        const m = dec(max);
        const byDate = pointsOf(rule, m, { kind: 'date', date });
        const byDays = pointsOf(rule, m, { kind: 'days-late', days: offset });
        expect(byDate.equals(byDays)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survey-scale: a higher mean never gives fewer points', () => {
    fc.assert(
      fc.property(maxArb, hundredths(0, 20), hundredths(0, 20), (max, a, b) => {
        const rule: ScoringRule = { kind: 'survey-scale', min: ds('1'), max: ds('5') };
        const [lo, hi] = dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const m = dec(max);
        const pLo = pointsOf(rule, m, { kind: 'mean', mean: lo });
        const pHi = pointsOf(rule, m, { kind: 'mean', mean: hi });
        expect(pLo.lessThanOrEqualTo(pHi)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survey-options: moving an answer to a better option never lowers the points', () => {
    const rule: ScoringRule = {
      kind: 'survey-options',
      options: [
        { code: 'A', weight: ds('100') },
        { code: 'B', weight: ds('60') },
        { code: 'C', weight: ds('20') },
        { code: 'D', weight: ds('0') },
      ],
    };
    const codes = ['A', 'B', 'C', 'D'] as const;
    fc.assert(
      fc.property(
        maxArb,
        fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (max, counts, i, j) => {
          const [to, from] = i <= j ? [i, j] : [j, i]; // `to` has the higher weight
          const before = [...counts];
          if ((before[from] ?? 0) === 0) before[from] = 1;
          const after = [...before];
          after[from] = (after[from] ?? 0) - 1;
          after[to] = (after[to] ?? 0) + 1;
          const answers = (xs: number[]): RawValue => ({
            kind: 'answers',
            counts: Object.fromEntries(codes.map((c, k) => [c, ds(String(xs[k] ?? 0))])),
          });
          const m = dec(max);
          expect(
            pointsOf(rule, m, answers(before)).lessThanOrEqualTo(pointsOf(rule, m, answers(after))),
          ).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
