import { describe, expect, it } from 'vitest';
import { dec } from '../../src/internal/decimal.js';
import { summariseBlock, summariseBlocks } from '../../src/ranking/block-summary.js';
import { RESULTS } from '../node/reports/fixtures.js';

// Hand figures from test/node/reports/fixtures.ts (final stage, maxima 100 but Tân Bình 94):
// xã: points 90.05, 84.58, 70.25 (sum 244.88); lost 2.25, 0.5, 2.25 (sum 5);
//     self = points + lost: 92.3, 85.08, 72.5 (sum 249.88); bands htxs, htt, htnv.
// phường: points 95, 78.32; index 95 and 78.32 / 94 × 100 = 83.3191489…; nothing lost.
describe('summariseBlock', () => {
  const xa = summariseBlock(RESULTS.filter((r) => r.unit.block === 'xã'));

  it('averages the totals exactly and rounds only for display', () => {
    expect(xa.block).toBe('xã');
    expect(xa.units).toBe(3);
    expect(dec(xa.averagePoints).times(3).toDecimalPlaces(30).toFixed()).toBe('244.88');
    expect(xa.averagePoints.startsWith('81.6266666666666666666')).toBe(true);
    expect(xa.shown).toEqual({
      averageSelfPoints: '83.29', // 249.88 / 3 = 83.2933…
      averagePoints: '81.63', // 244.88 / 3 = 81.6266…
      averageIndex: '81.63', // maxima 100: index = points
      averageLostAtAppraisal: '1.67', // 5 / 3
    });
    expect(xa.totalLostAtAppraisal).toBe('5');
  });

  it('counts units per band, best band first', () => {
    expect(xa.bands.map((b) => [b.code, b.count])).toEqual([
      ['htxs', 1],
      ['htt', 1],
      ['htnv', 1],
    ]);
    expect(xa.unbanded).toBe(0);
  });

  it('averages each field over the units where it applies', () => {
    // Field 1: 9.5, 10, 4.75 → 24.25 / 3; percents 95, 100, 47.5 → 242.5 / 3.
    const f1 = xa.fields[0];
    expect(f1?.code).toBe('1');
    expect(f1?.units).toBe(3);
    expect(
      dec(f1?.averagePoints ?? '0')
        .toDecimalPlaces(4)
        .toFixed(),
    ).toBe('8.0833');
    expect(
      dec(f1?.averagePercent ?? '0')
        .toDecimalPlaces(4)
        .toFixed(),
    ).toBe('80.8333');
    expect(xa.fields.map((f) => f.code)).toEqual(['1', '2', '3', '4']);
  });

  it('per block, in the order first seen; an empty block is all zeros', () => {
    const all = summariseBlocks(RESULTS);
    expect(all.map((s) => [s.block, s.units])).toEqual([
      ['xã', 3],
      ['phường', 2],
    ]);
    // (95 + 83.3191489…) / 2 = 89.1595744…; (95 + 78.32) / 2 = 86.66.
    expect(all[1]?.shown.averageIndex).toBe('89.16');
    expect(all[1]?.averagePoints).toBe('86.66');
    expect(all[1]?.totalLostAtAppraisal).toBe('0');
    const none = summariseBlock([]);
    expect([none.units, none.averagePoints, none.shown.averageIndex]).toEqual([0, '0', '0.00']);
  });
});
