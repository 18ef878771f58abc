import { describe, expect, it } from 'vitest';
import type { UncertainUnit } from '../../src/model/whatif-monte-carlo.js';
import { monteCarloRanks } from '../../src/whatif/monte-carlo.js';
import { seededRandom } from '../../src/whatif/prng.js';
import { ds } from './fixtures.js';

const UNITS: UncertainUnit[] = [
  {
    id: 'lead',
    name: 'Huyện Dẫn đầu',
    points: '95',
    max: '100',
    nodes: [
      {
        code: '8',
        name: 'Khảo sát',
        points: '25',
        max: '30',
        uncertainty: { kind: 'standard-error', standardError: ds('0.5') },
      },
    ],
  },
  {
    id: 'mid',
    name: 'Huyện Giữa',
    points: '70',
    max: '100',
    target: 2,
    nodes: [
      {
        code: '8',
        name: 'Khảo sát',
        points: '20',
        max: '30',
        uncertainty: { kind: 'interval', low: ds('10'), high: ds('30') },
      },
      {
        code: '3',
        name: 'TTHC',
        points: '10',
        max: '14',
        uncertainty: { kind: 'standard-error', standardError: ds('0.1') },
      },
      { code: '1', name: 'Chỉ đạo', points: '8', max: '10' },
    ],
  },
  { id: 'fixed', name: 'Huyện Cố định', points: '70', max: '100', nodes: [] },
];

describe('monteCarloRanks', () => {
  it('ranks per criteria set and block, like rankResults (issue 8, defect 9)', () => {
    // Two units of set a and one of set b, all in block "huyện", nothing uncertain: each set
    // ranks apart, so b's unit is 1/1 although a's 95 is higher, and a2 is 2/2, not 3/3.
    const unit = (id: string, criteriaSet: string, points: string): UncertainUnit => ({
      id,
      name: id,
      block: 'huyện',
      criteriaSet,
      points,
      max: '100',
      nodes: [],
    });
    const r = monteCarloRanks(
      [unit('a1', 'bo-a', '95'), unit('a2', 'bo-a', '60'), unit('b1', 'bo-b', '70')],
      { draws: 10 },
    );
    expect(r.units.map((u) => [u.unitId, u.criteriaSet, u.currentRank, u.of])).toEqual([
      ['a1', 'bo-a', 1, 2],
      ['a2', 'bo-a', 2, 2],
      ['b1', 'bo-b', 1, 1],
    ]);
    expect(r.units[2]?.ranks).toEqual([{ rank: 1, count: 10, probability: '1' }]);
    // The same unit id under two sets is two units; twice under one set is refused.
    expect(() => monteCarloRanks([unit('x', 'bo-a', '1'), unit('x', 'bo-b', '1')])).not.toThrow();
    expect(() => monteCarloRanks([unit('x', 'bo-a', '1'), unit('x', 'bo-a', '2')])).toThrow(
      RangeError,
    );
  });

  it('is deterministic for a seed', () => {
    const a = monteCarloRanks(UNITS, { draws: 2000, seed: 7 });
    const b = monteCarloRanks(UNITS, { draws: 2000, seed: 7 });
    const c = monteCarloRanks(UNITS, { draws: 2000, seed: 8 });
    expect(b).toEqual(a);
    expect(c.units[1]?.ranks).not.toEqual(a.units[1]?.ranks);
    expect(a.draws).toBe(2000);
    expect(a.seed).toBe(7);
  });

  it('gives a unit far ahead rank 1 in every draw', () => {
    const r = monteCarloRanks(UNITS, { draws: 5000 });
    const lead = r.units[0];
    expect(lead?.ranks).toEqual([{ rank: 1, count: 5000, probability: '1' }]);
    expect(lead?.rankP5).toBe(1);
    expect(lead?.rankP95).toBe(1);
    expect(lead?.expectedRank).toBe('1');
    expect(lead?.currentRank).toBe(1);
    expect(lead?.text).toBe(
      'Huyện Dẫn đầu: hạng hiện tại 1/3; hạng kỳ vọng 1; 90 % khả năng hạng 1',
    );
  });

  it('estimates a symmetric race at one half, ties counted on the published index', () => {
    // mid's index is 32 + 8 + U(10, 30) + N(10, 0.1): centre 70 = fixed's 70, so
    // P(rank 2, i.e. published ≥ 70.00, a tie counting) ≈ 1/2, else rank 3.
    const r = monteCarloRanks(UNITS, { draws: 10_000, seed: 3 });
    const mid = r.units[1];
    expect(mid?.currentRank).toBe(2); // 70.00 ties fixed at 70.00; lead is 1st
    const p2 = mid?.ranks.find((x) => x.rank === 2);
    expect(Math.abs(Number(p2?.probability) - 0.5)).toBeLessThan(0.03);
    expect(mid?.targetProbability).toBe(p2?.probability);
    expect(Number(mid?.expectedRank)).toBeCloseTo(3 - Number(p2?.probability), 10);
    expect(mid?.rankP5).toBe(2);
    expect(mid?.rankP95).toBe(3);
    // The wide survey node moves the rank by about one place; the narrow one hardly at all.
    expect(mid?.sensitivity.map((s) => s.code)).toEqual(['8', '3']);
    expect(Number(mid?.sensitivity[0]?.swing)).toBeGreaterThan(0.9);
    expect(Math.abs(Number(mid?.sensitivity[1]?.swing))).toBeLessThan(0.1);
    expect(Number(mid?.sensitivity[0]?.low)).toBeLessThan(12);
    expect(Number(mid?.sensitivity[0]?.high)).toBeGreaterThan(28);
    expect(mid?.text).toMatch(/xác suất đạt hạng 2 trở lên (49|50|51),\d %/);
    expect(mid?.text).toContain('ảnh hưởng nhất: 8 Khảo sát');
    expect(mid?.textEn).toMatch(/probability of rank 2 or better (49|50|51)\.\d%/);
    expect(r.units[2]?.sensitivity).toEqual([]);
  });

  it('ranks on the published (rounded) index: 86.444 and 86.4449 tie', () => {
    const r = monteCarloRanks(
      [
        { id: 'x', name: 'X', points: '86.444', max: '100', nodes: [] },
        { id: 'y', name: 'Y', points: '86.4449', max: '100', nodes: [] },
        { id: 'z', name: 'Z', points: '86.445', max: '100', nodes: [] },
      ],
      { draws: 10 },
    );
    expect(r.units.map((u) => u.ranks[0]?.rank)).toEqual([2, 2, 1]);
    expect(r.units.map((u) => u.currentRank)).toEqual([2, 2, 1]);
  });

  it('ranks on keys beyond safe integers too (20 places): 86.444 and 86.4449 no longer tie', () => {
    // At 20 places the published keys are bigints (86.444 × 10²² > 2⁵³), compared as such.
    const r = monteCarloRanks(
      [
        { id: 'x', name: 'X', points: '86.444', max: '100', nodes: [] },
        { id: 'y', name: 'Y', points: '86.4449', max: '100', nodes: [] },
        { id: 'z', name: 'Z', points: '86.4449', max: '100', nodes: [] },
      ],
      { draws: 10, places: 20 },
    );
    expect(r.units.map((u) => u.ranks)).toEqual(
      [3, 1, 1].map((rank) => [{ rank, count: 10, probability: '1' }]),
    );
  });

  it('ranks blocks separately and clamps draws to [0, max]', () => {
    const r = monteCarloRanks(
      [
        { id: 'p', name: 'P', block: 'phường', points: '50', max: '100', nodes: [] },
        {
          id: 'q',
          name: 'Q',
          block: 'xã',
          points: '10',
          max: '20',
          target: 1,
          nodes: [
            {
              code: 'n',
              points: '10',
              max: '10',
              uncertainty: { kind: 'standard-error', standardError: ds('50') },
            },
          ],
        },
      ],
      { draws: 1000, places: 3, tail: 0.2 },
    );
    expect(r.units.map((u) => u.of)).toEqual([1, 1]);
    expect(r.units[1]?.targetProbability).toBe('1');
    const s = r.units[1]?.sensitivity[0];
    expect(Number(s?.low)).toBeGreaterThanOrEqual(0);
    expect(Number(s?.high)).toBeLessThanOrEqual(10);
    expect(s?.name).toBe('n');
  });

  it('rejects bad options and units', () => {
    expect(() => monteCarloRanks(UNITS, { draws: 0 })).toThrow(RangeError);
    expect(() => monteCarloRanks(UNITS, { seed: 1.5 })).toThrow(RangeError);
    expect(() => monteCarloRanks(UNITS, { tail: 0.6 })).toThrow(RangeError);
    expect(() => monteCarloRanks([UNITS[2] as UncertainUnit, UNITS[2] as UncertainUnit])).toThrow(
      RangeError,
    );
    expect(() => monteCarloRanks([{ id: 'a', name: 'a', points: 1, max: 0, nodes: [] }])).toThrow(
      RangeError,
    );
    const node = (uncertainty: UncertainUnit['nodes'][number]['uncertainty']) => () =>
      monteCarloRanks([
        {
          id: 'a',
          name: 'a',
          points: 1,
          max: 2,
          nodes: [{ code: 'n', points: 1, max: 2, uncertainty }],
        },
      ]);
    expect(node({ kind: 'interval', low: ds('2'), high: ds('1') })).toThrow(RangeError);
    expect(node({ kind: 'standard-error', standardError: ds('-1') })).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and gives sane uniforms and normals', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 20_000 }, () => a.uniform());
    expect(Array.from({ length: 20_000 }, () => b.uniform())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const n = seededRandom(1);
    const zs = Array.from({ length: 20_000 }, () => n.normal());
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const variance = zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('seededRandom stream', () => {
  // Reference: mulberry32 and Marsaglia's polar method as published, state in plain variables.
  function reference(seed: number) {
    let a = seed >>> 0;
    let spare: number | undefined;
    const uniform = (): number => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = (): number => {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      for (;;) {
        const x = 2 * uniform() - 1;
        const y = 2 * uniform() - 1;
        const s = x * x + y * y;
        if (s < 1 && s !== 0) {
          const f = Math.sqrt((-2 * Math.log(s)) / s);
          spare = y * f;
          return x * f;
        }
      }
    };
    return { uniform, normal };
  }

  it('is mulberry32 with polar normals, for any seed, uniforms and normals interleaved', () => {
    for (const seed of [0, 1, 7, 42, 2 ** 31 + 5, -3, 2 ** 32 - 1]) {
      const got = seededRandom(seed);
      const want = reference(seed);
      for (let i = 0; i < 2000; i++) {
        // An odd pattern, so a normal's spare is kept across uniforms.
        if (i % 3 === 0) expect(got.uniform()).toBe(want.uniform());
        else expect(got.normal()).toBe(want.normal());
      }
    }
  });
});

describe('uncertainUnitsFromResults', () => {
  it('takes the topmost uncertain node of each unit', async () => {
    const { scoreAssessment } = await import('../../src/engine/score-assessment.js');
    const { uncertainUnitsFromResults } = await import('../../src/whatif/uncertain-units.js');
    const { SET, assessment } = await import('./fixtures.js');
    const base = assessment('a', 'Xã A', { yes: true, p12: '6', p21: '4', p3: '3' });
    const a = {
      ...base,
      entries: base.entries.map((e) =>
        e.code === '3'
          ? { ...e, uncertainty: { kind: 'interval' as const, low: ds('2'), high: ds('4') } }
          : e.code === '1.2'
            ? { ...e, uncertainty: { kind: 'standard-error' as const, standardError: ds('1') } }
            : e,
      ),
    };
    const b = assessment('b', 'Xã B', { yes: true, p12: '7', p21: '4', p3: '3' });
    const results = [scoreAssessment(SET, a), scoreAssessment(SET, b)];
    const units = uncertainUnitsFromResults(results, [a, b], { targets: { a: 1 } });
    expect(units[0]?.nodes.map((n) => [n.code, n.points, n.max])).toEqual([
      ['1.2', '6', '8'],
      ['3', '3', '4'],
    ]);
    expect(units[0]?.target).toBe(1);
    expect(units[1]?.nodes).toEqual([]);
    expect(units[1]?.target).toBeUndefined();
    const mc = monteCarloRanks(units, { draws: 1000 });
    expect(mc.units[0]?.of).toBe(2);
    expect(Number(mc.units[0]?.targetProbability)).toBeGreaterThan(0);
  });

  it("reads a unit's uncertainty from its assessment under the same criteria set", async () => {
    const { scoreAssessment } = await import('../../src/engine/score-assessment.js');
    const { uncertainUnitsFromResults } = await import('../../src/whatif/uncertain-units.js');
    const { SET, assessment } = await import('./fixtures.js');
    // Unit a is assessed under SET and under a copy with another id; only the copy's file
    // declares an uncertainty (on 3), so only the copy's unit has an uncertain node.
    const other = { ...SET, id: 'ban-sao' };
    const plain = assessment('a', 'Xã A', { yes: true, p12: '6', p21: '4', p3: '3' });
    const uncertain = {
      ...plain,
      criteriaSetId: other.id,
      entries: plain.entries.map((e) =>
        e.code === '3'
          ? { ...e, uncertainty: { kind: 'interval' as const, low: ds('2'), high: ds('4') } }
          : e,
      ),
    };
    const results = [scoreAssessment(SET, plain), scoreAssessment(other, uncertain)];
    const units = uncertainUnitsFromResults(results, [plain, uncertain]);
    expect(units.map((u) => [u.criteriaSet, u.nodes.map((n) => n.code)])).toEqual([
      [SET.id, []],
      ['ban-sao', ['3']],
    ]);
  });
});

describe('select (quickselect)', () => {
  it('returns the k-th smallest like a sort does', async () => {
    const { select } = await import('../../src/whatif/tail-cuts.js');
    const rng = seededRandom(9);
    for (let n = 1; n < 60; n++) {
      // Many duplicates, as clamped draws have.
      const xs = Array.from({ length: n }, () => Math.floor(rng.uniform() * 5));
      const sorted = [...xs].sort((a, b) => a - b);
      for (let k = 0; k < n; k++) expect(select(Float64Array.from(xs), k)).toBe(sorted[k]);
    }
  });
});

describe('tailCuts', () => {
  it('gives the same order statistics as a sort, counting or selecting, and leaves the column', async () => {
    const { tailCuts } = await import('../../src/whatif/tail-cuts.js');
    const rng = seededRandom(11);
    // Narrow ranges are counted, wide ones (spread 10⁶ over at most 200 draws) quickselected.
    for (const spread of [1, 7, 300, 1_000_000]) {
      for (let n = 1; n < 200; n += 13) {
        const xs = Array.from({ length: n }, () => 5 + Math.floor(rng.uniform() * spread));
        const sorted = [...xs].sort((a, b) => a - b);
        for (const column of [Int32Array.from(xs), Float64Array.from(xs)]) {
          for (const [lo, hi] of [
            [0, n - 1],
            [Math.floor(n / 10), n - 1 - Math.floor(n / 10)],
            [Math.floor(n / 2), Math.floor(n / 2)],
          ] as const) {
            expect(tailCuts(column, lo, hi)).toEqual([sorted[lo], sorted[hi]]);
          }
          expect(Array.from(column)).toEqual(xs);
        }
      }
    }
  });
});
