// The oracle's own arithmetic and semantics, against numbers worked out by hand (the comments
// show the working). These must pass before the oracle's disagreements with the engine mean
// anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { publishedText, roundQ, toDecimalString, toFixedString } from './decimal-text.js';
import { parseSet, parseUnit } from './engine-adapter.js';
import { enumeratePlan, type PItem, subsetGreedyPlan } from './plan.js';
import { rankChanges, rankUnits } from './rank.js';
import { add, ceilQ, div, floorQ, parseQ, type Q, q, sub, sum } from './rational.js';
import { daysBetween } from './rules.js';
import { type Stage, scoreUnit } from './score.js';
import { bandGap, noWeakGaps, planItems, rankGap, winnable } from './what-if.js';

const t = (x: Q) => toDecimalString(x);
const d = parseQ;

function set(json: Record<string, unknown>, extra: Record<string, unknown> = {}): CriteriaSet {
  const p = parseSet({
    id: 's',
    title: 'S',
    level: 'district',
    provenance: 'illustrative',
    ...json,
  });
  if (!p.ok) throw new Error(p.issues);
  return { ...p.value, ...extra } as CriteriaSet;
}

function unit(s: CriteriaSet, id: string, entries: unknown[], more: Record<string, unknown> = {}) {
  const p = parseUnit(
    {
      criteriaSet: s.id,
      unit: { id, name: `Huyện ${id}`, block: 'huyện' },
      period: '2023',
      entries,
      ...more,
    },
    s,
  );
  if (!p.ok) throw new Error(p.issues);
  return p.value;
}

const score = (s: CriteriaSet, a: ReturnType<typeof unit>, stage: Stage = 'final') =>
  scoreUnit(s, a, { stage });

describe('oracle arithmetic (hand-computed)', () => {
  it('prints terminating values exactly and others to 40 significant digits', () => {
    expect(t(d('8.368'))).toBe('8.368');
    expect(t(q(8368n, 1000n))).toBe('8.368');
    expect(t(q(0n))).toBe('0');
    expect(t(q(1n, 8n))).toBe('0.125');
    expect(t(q(-3n, 4n))).toBe('-0.75');
    expect(t(q(1n, 3n))).toBe(`0.${'3'.repeat(40)}`);
    expect(t(q(100n, 3n))).toBe(`33.${'3'.repeat(38)}`);
    expect(t(q(2n, 3n))).toBe(`0.${'6'.repeat(39)}7`);
    expect(t(q(1n, 30n))).toBe(`0.0${'3'.repeat(40)}`);
    // 10^45 / 3: 40 significant digits, the rest zeros before the point
    expect(t(q(10n ** 45n, 3n))).toBe(`${'3'.repeat(40)}00000`);
    // 1 − 10^-45/3 = 0.99…9(45 nines)666…: rounds up to 1 at the 40th digit
    expect(t(sub(q(1n), q(1n, 3n * 10n ** 45n)))).toBe('1');
    // 200/7 = 28.571428…: 40 digits, last digit rounded (…571428|571 → …5714)
    expect(t(q(200n, 7n))).toBe('28.57142857142857142857142857142857142857');
  });

  it('rounds the exact value half-up and half-even', () => {
    const pub = (x: string, mode: 'half-up' | 'half-even', places = 2) =>
      toFixedString(roundQ(d(x), places, mode), places);
    expect(pub('84.575', 'half-up')).toBe('84.58');
    expect(pub('84.585', 'half-up')).toBe('84.59');
    expect(pub('84.575', 'half-even')).toBe('84.58');
    expect(pub('84.585', 'half-even')).toBe('84.58');
    expect(pub('79.995', 'half-up')).toBe('80.00');
    expect(pub('79.9949999', 'half-up')).toBe('79.99');
    expect(pub('80', 'half-up')).toBe('80.00');
    expect(pub('2.5', 'half-even', 0)).toBe('2');
    expect(pub('3.5', 'half-even', 0)).toBe('4');
    expect(pub('84.5745', 'half-up', 3)).toBe('84.575');
    // 200/3 % = 66.666…: 66.67; 1/3 of 100 = 33.33
    expect(publishedText(q(200n, 3n), 2, 'half-up')).toBe('66.67');
    expect(publishedText(q(100n, 3n), 2, 'half-even')).toBe('33.33');
  });

  it('floors, ceils and adds exactly', () => {
    expect(floorQ(q(-7n, 2n))).toBe(-4n);
    expect(ceilQ(q(-7n, 2n))).toBe(-3n);
    expect(ceilQ(q(7n, 2n))).toBe(4n);
    expect(t(sum([q(1n, 3n), q(1n, 3n), q(1n, 3n)]))).toBe('1');
    expect(t(div(add(d('0.1'), d('0.2')), d('0.3')))).toBe('1');
  });

  it('counts whole calendar days (leap years included)', () => {
    expect(daysBetween('2023-11-30', '2023-12-05')).toBe(5);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2023-11-30', '2023-11-28')).toBe(-2);
  });
});

const FIELD4 = {
  fields: [
    {
      code: '1',
      name: 'Lĩnh vực 1',
      max: 4,
      children: [
        { code: '1.1', name: 'a', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.2', name: 'b', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.3', name: 'c', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.4', name: 'd', max: 1, rule: { kind: 'yes-no' } },
      ],
    },
  ],
  bands: {
    levels: [
      { code: 'dat', label: 'Đạt', min: 50 },
      { code: 'chua', label: 'Chưa đạt', min: 0, weak: true },
    ],
  },
  criterionRating: {
    depth: 1,
    levels: [
      { code: 'dat', label: 'Đạt', min: 50 },
      { code: 'yeu', label: 'Yếu', min: 0, weak: true },
    ],
  },
  triggers: [
    {
      id: 'duoi-50',
      label: 'Dưới 50',
      when: { kind: 'node-below', node: { code: '1' }, percent: 50 },
    },
  ],
};

describe('oracle scoring (hand-computed)', () => {
  it('three 1/3 and a yes in a 4-point field are exactly 2 points, 50 %, band from 50, no trigger', () => {
    const s = set(FIELD4);
    const a = unit(s, 'u', [
      { code: '1.1', value: '1/3' },
      { code: '1.2', value: '1/3' },
      { code: '1.3', value: '1/3' },
      { code: '1.4', value: 'Có' },
    ]);
    const u = score(s, a);
    // the value 1/3 is a ratio of 33.33…%: 1 point × (100/3) / 100 = 1/3 point each
    expect(t(u.byCode.get('1.1')?.points as Q)).toBe(`0.${'3'.repeat(40)}`);
    expect(t(u.byCode.get('1')?.points as Q)).toBe('2');
    expect(t(u.byCode.get('1')?.percent as Q)).toBe('50');
    expect(t(u.index)).toBe('50');
    expect(u.band?.code).toBe('dat');
    expect(u.byCode.get('1')?.rating?.code).toBe('dat');
    expect(u.triggers).toEqual([]);
  });

  it('evaluates each rule kind (hand-computed)', () => {
    const s = set({
      fields: [
        {
          code: '1',
          name: 'F',
          max: 12,
          children: [
            {
              code: '1.1',
              name: 'a',
              max: 2,
              rule: { kind: 'deduction', perItem: 0.5, floor: 0.25, freeItems: 1 },
            },
            {
              code: '1.2',
              name: 'b',
              max: 1,
              rule: {
                kind: 'deadline',
                due: '2023-11-30',
                tiers: [
                  { daysLate: 5, points: 0.5 },
                  { daysLate: 10, points: 0.25 },
                ],
              },
            },
            {
              code: '1.3',
              name: 'c',
              max: 2,
              method: 'survey',
              rule: {
                kind: 'survey-options',
                options: [
                  { code: 'A', weight: 100 },
                  { code: 'B', weight: 60 },
                  { code: 'C', weight: 20 },
                  { code: 'D', weight: 0 },
                ],
              },
            },
            {
              code: '1.4',
              name: 'd',
              max: 2,
              method: 'survey',
              rule: { kind: 'survey-scale', min: 1, max: 5 },
            },
            {
              code: '1.5',
              name: 'e',
              max: 1,
              rule: {
                kind: 'ratio-tiers',
                direction: 'lower-better',
                tiers: [
                  { at: 0, points: 1 },
                  { at: 5, points: 0.5 },
                ],
              },
            },
            {
              code: '1.6',
              name: 'f',
              max: 2,
              rule: { kind: 'ratio-linear', lower: 50, upper: 100, origin: 'lower' },
            },
            { code: '1.7', name: 'g', max: 1, rule: { kind: 'yes-no', yes: 0.75, no: 0.25 } },
            { code: '1.8', name: 'h', max: 1, rule: { kind: 'direct', step: 0.25 } },
          ],
        },
      ],
    });
    const a = unit(s, 'u', [
      { code: '1.1', value: 4 }, // 2 − 0.5 × (4 − 1) = 0.5
      { code: '1.2', value: '2023-12-06' }, // 6 days late → the 10-day tier: 0.25
      { code: '1.3', value: { A: 120, B: 30, C: 5, D: 0 } }, // 2 × 13900 / 15500 = 278/155
      { code: '1.4', value: 3.8 }, // 2 × 2.8 / 4 = 1.4
      { code: '1.5', value: '5%' }, // ≤ 5 → 0.5
      { code: '1.6', value: '3/4' }, // 75 %: 2 × (75 − 50) / 50 = 1
      { code: '1.7', value: 'Không' }, // 0.25
      { code: '1.8', points: 0.75 },
    ]);
    const u = score(s, a);
    const p = (c: string) => t(u.byCode.get(c)?.points as Q);
    expect([p('1.1'), p('1.2'), p('1.4'), p('1.5'), p('1.6'), p('1.7'), p('1.8')]).toEqual([
      '0.5',
      '0.25',
      '1.4',
      '0.5',
      '1',
      '0.25',
      '0.75',
    ]);
    expect(u.byCode.get('1.3')?.points).toEqual(q(278n, 155n));
    // 0.5 + 0.25 + 278/155 + 1.4 + 0.5 + 1 + 0.25 + 0.75 = 4.65 + 278/155 = (720.75 + 278)/155
    expect(u.total).toEqual(add(d('4.65'), q(278n, 155n)));
  });

  it('a field total overrides its criteria, which are then not rated; N/A shrinks the maximum; all-N/A is empty', () => {
    const s = set({
      fields: [
        {
          code: '1',
          name: 'F1',
          max: 4,
          children: [
            { code: '1.1', name: 'a', max: 2 },
            { code: '1.2', name: 'b', max: 2, rule: { kind: 'yes-no' } },
          ],
        },
        {
          code: '2',
          name: 'F2',
          max: 6,
          children: [
            {
              code: '2.1',
              name: 'c',
              max: 3,
              children: [
                { code: '2.1.1', name: 'c1', max: 1 },
                { code: '2.1.2', name: 'c2', max: 2 },
              ],
            },
            { code: '2.2', name: 'd', max: 3 },
          ],
        },
      ],
      criterionRating: {
        depth: 2,
        levels: [
          { code: 'dat', label: 'Đạt', min: 50 },
          { code: 'yeu', label: 'Yếu', min: 0, weak: true },
        ],
      },
      triggers: [{ id: 'yeu', label: 'Tiêu chí yếu', when: { kind: 'criterion-rated' } }],
    });
    const a = unit(s, 'u', [
      { code: '1', appraisal: [3] },
      { code: '1.1', points: 0.5 },
      { code: '2.1.1', notApplicable: 'Không phát sinh' },
      { code: '2.1.2', notApplicable: 'Không phát sinh' },
      { code: '2.2', points: 3 },
    ]);
    const final = score(s, a, 'final');
    expect(final.byCode.get('1')?.status).toBe('scored');
    expect(final.byCode.get('1.1')?.status).toBe('overridden');
    expect(final.byCode.get('1.2')?.status).toBe('overridden');
    expect(final.byCode.get('2.1')?.status).toBe('empty');
    expect(final.byCode.get('2.1.1')?.status).toBe('not-applicable');
    // max = 4 + 3 (2.1 has no applicable maximum); total = 3 + 3 = 6 → 6/7 = 85.714…%
    expect(t(final.max)).toBe('7');
    expect(t(final.total)).toBe('6');
    expect(final.published).toEqual(d('85.71'));
    // rated: only 2.2 (100 %); 1.1 and 1.2 overridden, 2.1 empty: no weak rating, no trigger
    expect(final.ratings.map((n) => `${n.code}:${n.rating?.code}`)).toEqual(['2.2:dat']);
    expect(final.triggers).toEqual([]);
    // at self stage the field has no own score: its criteria count (0.5 + 0 missing) and are rated
    const self = score(s, a, 'self');
    expect(self.byCode.get('1.1')?.status).toBe('scored');
    expect(t(self.byCode.get('1')?.points as Q)).toBe('0.5');
    expect(self.ratings.map((n) => `${n.code}:${n.rating?.code}`)).toEqual([
      '1.1:yeu',
      '1.2:yeu',
      '2.2:dat',
    ]);
    expect(self.triggers).toEqual(['yeu']);
  });

  it('bonus and penalty are capped per adjustment; total floor 0; totalCap max or none', () => {
    const json = {
      fields: [{ code: '1', name: 'F', max: 10 }],
      adjustments: [
        { id: 'sk', name: 'Sáng kiến', kind: 'bonus', cap: 1 },
        { id: 'kl', name: 'Kỷ luật', kind: 'penalty', cap: 2 },
      ],
    };
    const s = set(json);
    const full = unit(s, 'u', [{ code: '1', points: 10 }], {
      adjustments: [
        { id: 'sk', points: 1 },
        { id: 'sk', points: 0.5 },
      ],
    });
    expect(t(score(s, full).total)).toBe('10'); // 10 + min(1, 1.5) capped at the maximum
    expect(t(score(s, full).index)).toBe('100');
    const none = set(json, { totalCap: 'none' });
    expect(t(score(none, full).index)).toBe('110');
    const low = unit(s, 'v', [{ code: '1', points: 1.5 }], {
      adjustments: [
        { id: 'kl', points: 2 },
        { id: 'kl', points: 2 },
      ],
    });
    expect(t(score(s, low).penalty)).toBe('2');
    expect(t(score(s, low).total)).toBe('0'); // 1.5 − 2 floored at 0
  });

  it('classifies on the published value by default and on the exact value with classifyOn: exact', () => {
    const json = {
      fields: [{ code: '1', name: 'F', max: 100 }],
      bands: {
        levels: [
          { code: 'tot', label: 'Tốt', min: 80 },
          { code: 'kha', label: 'Khá', min: 0 },
        ],
      },
      triggers: [{ id: 'duoi-80', label: 'Dưới 80', when: { kind: 'index-below', percent: 80 } }],
    };
    const s = set(json);
    const a = unit(s, 'u', [{ code: '1', points: 79.995 }]);
    expect(score(s, a).band?.code).toBe('tot'); // shown 80.00
    expect(score(s, a).triggers).toEqual([]);
    const exact = set(json, { classifyOn: 'exact' });
    expect(score(exact, a).band?.code).toBe('kha');
    expect(score(exact, a).triggers).toEqual(['duoi-80']);
  });
});

describe('oracle ranking and what-if (hand-computed)', () => {
  const s = set({
    fields: [
      {
        code: '1',
        name: 'F1',
        max: 60,
        children: [
          { code: '1.1', name: 'a', max: 30 },
          { code: '1.2', name: 'b', max: 28 },
          { code: '1.3', name: 'c', max: 2, rule: { kind: 'yes-no' } },
        ],
      },
      { code: '2', name: 'F2', max: 40, method: 'survey' },
    ],
    bands: {
      levels: [
        { code: 'tot', label: 'Tốt', min: 80 },
        { code: 'kha', label: 'Khá', min: 0 },
      ],
    },
  });
  const mk = (id: string, f1: number, f2: number) =>
    unit(s, id, [
      { code: '1', points: f1 },
      { code: '2', points: f2 },
    ]);

  it('ranks on published values with competition ranks, and lists a unit without maximum apart', () => {
    const us = [
      mk('a', 44.574, 40),
      mk('b', 44.5749, 40),
      mk('c', 44.575, 40),
      mk('d', 50, 40),
    ].map((a) => score(s, a));
    const empty = unit(s, 'e', [
      { code: '1', notApplicable: 'x' },
      { code: '2', notApplicable: 'x' },
    ]);
    const blocks = rankUnits([...us, score(s, empty)]);
    const b = blocks[0];
    // 90, 84.58, 84.57 (84.574), 84.57 (84.5749): 1, 2, 3, 3
    expect(b?.units.map((u) => `${u.unitId}:${u.rank}/${u.of}${u.tied ? '=' : ''}`)).toEqual([
      'd:1/4',
      'c:2/4',
      'a:3/4=',
      'b:3/4=',
    ]);
    expect(b?.unranked).toEqual([{ unitId: 'e', reason: 'no-applicable-maximum' }]);
    const prev = rankUnits([mk('a', 60, 40), mk('d', 10, 40)].map((a) => score(s, a)));
    expect(
      rankChanges(blocks, prev).map(
        (c) => `${c.unitId}:${c.previousRank ?? 'new'}:${c.change ?? '-'}`,
      ),
    ).toEqual(['d:2:1', 'c:new:-', 'a:1:-2', 'b:new:-']);
  });

  it('what-if: a field total is one item; a yes-no leaf without entry gives all its points; the survey is locked', () => {
    const a = unit(s, 'u', [
      { code: '1.1', points: 20 },
      { code: '2', points: 30 },
    ]);
    const u = score(s, a);
    const items = planItems(u);
    expect(
      items.map(
        (i) => `${i.code}:${t(i.gain)}${i.allOrNothing ? ':aon' : ''}${i.locked ? ':locked' : ''}`,
      ),
    ).toEqual(['1.1:10', '1.2:28', '1.3:2:aon', '2:10:locked']);
    expect(t(winnable(items))).toBe('40');
    const fieldTotal = score(
      s,
      unit(s, 'v', [
        { code: '1', appraisal: [50.5] },
        { code: '1.1', points: 20 },
        { code: '2', points: 30 },
      ]),
    );
    expect(planItems(fieldTotal).map((i) => `${i.code}:${t(i.gain)}`)).toEqual(['1:9.5', '2:10']);
  });

  it('what-if: points needed for a rank and a band, on published values, reachable within winnable points', () => {
    // u: 40.005 + 30 = 70.005; others 80 and 75.5 → rank 2 needs published ≥ 75.50, total ≥ 75.495:
    // 5.49 (70.005 + 5.49 = 75.495 → 75.50); 5.48 gives 75.485 → 75.49.
    const others = [mk('x', 40, 40), mk('y', 35.5, 40)].map((a) => score(s, a));
    const u = score(
      s,
      unit(s, 'u', [
        { code: '1.1', points: 10.005 },
        { code: '1.2', points: 28 },
        { code: '1.3', value: 'Có' },
        { code: '2', points: 30 },
      ]),
    );
    const block = rankUnits([u, ...others])[0];
    if (block === undefined) throw new Error('no block');
    const items = planItems(u);
    const g = rankGap(u, block, 2, winnable(items));
    expect(t(g.pointsNeeded)).toBe('5.49');
    // winnable: 1.1 can give 19.995 → 19.99 on the grid; the survey (10) is locked
    expect(t(g.available)).toBe('19.99');
    expect(g.reachable).toBe(true);
    expect(g.newRank).toBe(2);
    // rank 1 needs 80.00 published: total ≥ 79.995 → 9.99
    expect(t(rankGap(u, block, 1, winnable(items)).pointsNeeded)).toBe('9.99');
    // band tot (80): same 9.99 on the published value; with classifyOn exact 9.995 → 10
    expect(t(bandGap(u, s, 'tot', winnable(items)).pointsNeeded)).toBe('9.99');
    const exact = { ...s, classifyOn: 'exact' } as CriteriaSet;
    const ue = score(
      exact,
      unit(exact, 'u', [
        { code: '1.1', points: 10.005 },
        { code: '1.2', points: 28 },
        { code: '1.3', value: 'Có' },
        { code: '2', points: 30 },
      ]),
    );
    expect(t(bandGap(ue, exact, 'tot', winnable(planItems(ue))).pointsNeeded)).toBe('10');
  });

  it('no weak criterion: the points that lift a weak criterion to the lowest rating that is not weak', () => {
    const r = set({
      fields: [
        {
          code: '1',
          name: 'F',
          max: 4,
          children: [
            { code: '1.1', name: 'a', max: 3 },
            { code: '1.2', name: 'b', max: 1 },
          ],
        },
      ],
      criterionRating: {
        depth: 2,
        levels: [
          { code: 'tot', label: 'Tốt', min: 80 },
          { code: 'tb', label: 'Trung bình', min: 50 },
          { code: 'kem', label: 'Kém', min: 20, weak: true },
          { code: 'yeu', label: 'Yếu', min: 0, weak: true },
        ],
      },
    });
    const u = score(
      r,
      unit(r, 'u', [
        { code: '1.1', points: 1 },
        { code: '1.2', points: 1 },
      ]),
    );
    const gaps = noWeakGaps(u, r, planItems(u));
    // 1.1: 1/3 = 33.33 % (kém); 50 % of 3 = 1.5 → +0.5; winnable 2
    expect(
      gaps.map((g) => `${g.code}:${t(g.pointsNeeded)}/${t(g.available)}:${g.target.code}`),
    ).toEqual(['1.1:0.5/2:tb']);
  });
});

describe('oracle cheapest plan', () => {
  const item = (
    code: string,
    gain: string | Q,
    cost: string,
    aon = false,
    locked = false,
  ): PItem => ({
    code,
    gain: typeof gain === 'string' ? d(gain) : gain,
    costPerPoint: d(cost),
    allOrNothing: aon,
    locked,
  });
  // A 1 point at 1/point; B 3 points at 2/point; C all-or-nothing 2 points at 0.75/point (1.5)
  const items = [
    item('A', '1', '1'),
    item('B', '3', '2'),
    item('C', '2', '0.75', true),
    item('S', '5', '0', false, true),
  ];

  it('finds the hand-computed optimum, by brute force and by subsets', () => {
    for (const [goal, cost] of [
      ['2', '1.5'],
      ['2.5', '2'],
      ['3', '2.5'],
      ['0.5', '0.5'],
      ['4', '4.5'],
    ] as const) {
      expect(t(subsetGreedyPlan(items, d(goal)).cost as Q), goal).toBe(cost);
    }
    // brute force (60 802 allocations each) on two of them
    expect(t(enumeratePlan(items, d('2.5')).cost as Q)).toBe('2');
    expect(t(enumeratePlan(items, d('4')).cost as Q)).toBe('4.5');
    // 6 = everything unlocked; 6.01 is out of reach (the survey item is locked)
    expect(subsetGreedyPlan(items, d('6')).feasible).toBe(true);
    expect(subsetGreedyPlan(items, d('6.01')).feasible).toBe(false);
    // an all-or-nothing gain off the grid counts for its grid part: 0.125 counts 0.12
    const off = [item('Y', '0.125', '1', true)];
    expect(subsetGreedyPlan(off, d('0.12')).feasible).toBe(true);
    expect(subsetGreedyPlan(off, d('0.13')).feasible).toBe(false);
    expect(t(subsetGreedyPlan(off, d('0.12')).cost as Q)).toBe('0.125');
  });

  it('brute force and subsets agree on random small cases', () => {
    const arb = fc.record({
      items: fc.array(
        fc.record({
          g: fc.integer({ min: 1, max: 25 }),
          c: fc.constantFrom('0', '0.5', '1', '1.5', '3'),
          aon: fc.boolean(),
          off: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      goal: fc.integer({ min: 0, max: 90 }),
    });
    fc.assert(
      fc.property(arb, ({ items: specs, goal }) => {
        const its = specs.map((x, i) =>
          item(
            `${i}`,
            x.aon && x.off ? q(BigInt(10 * x.g + 5), 1000n) : q(BigInt(x.g), 100n),
            x.c,
            x.aon,
          ),
        );
        const a = enumeratePlan(its, q(BigInt(goal), 100n));
        const b = subsetGreedyPlan(its, q(BigInt(goal), 100n));
        expect(a.feasible).toBe(b.feasible);
        if (a.cost !== undefined && b.cost !== undefined) expect(t(a.cost)).toBe(t(b.cost));
      }),
      { seed: 8, numRuns: 150 },
    );
  });
});
