import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankInput } from '../../src/model/ranking.js';
import { rankValues } from '../../src/ranking/rank.js';
import { pointsNeededForRank } from '../../src/whatif/rank-gap.js';
import { ds } from './fixtures.js';

// Eleven other districts; published (2-place, half-up) values in comments.
const OTHERS = [
  { id: 'a', name: 'Huyện A', index: '92.1' },
  { id: 'b', name: 'Huyện B', index: '90' },
  { id: 'c', name: 'Huyện C', index: '88.75' },
  { id: 'd', name: 'Huyện D', index: '87.33333' }, // 87.33
  { id: 'e', name: 'Huyện E', index: '86.446' }, // 86.45
  { id: 'f', name: 'Huyện F', index: '86.4449' }, // 86.44 (6th best other)
  { id: 'g', name: 'Huyện G', index: '85' },
  { id: 'h', name: 'Huyện H', index: '83.2' },
  { id: 'i', name: 'Huyện I', index: '81.05' },
  { id: 'j', name: 'Huyện J', index: '79.9' },
  { id: 'k', name: 'Huyện K', index: '75' },
];

describe('pointsNeededForRank', () => {
  // Tứ Kỳ: 67.62 of an applicable 84 → index 80.5 exactly, rank 10/12 (A–I above).
  const base = { points: '67.62', max: '84', others: OTHERS, k: 6 };

  it('finds the minimum on the 0.01 grid for rank 6/12 (hand-computed)', () => {
    // Rank ≤ 6 needs a published index ≥ 86.44 (F), i.e. index ≥ 86.435:
    // 86.435 × 84 / 100 = 72.6054 → 4.9854 more → 4.99 on the grid.
    // Check: +4.98 → 72.60/84 = 86.4286 → 86.43 (not enough); +4.99 → 86.4405 → 86.44 (ties F).
    const gap = pointsNeededForRank(base);
    expect(gap.currentRank).toBe(10);
    expect(gap.alreadyMet).toBe(false);
    expect(gap.reachable).toBe(true);
    expect(gap.pointsNeeded).toBe('4.99');
    expect(gap.available).toBe('16.38');
    expect(gap.newPoints).toBe('72.61');
    expect(gap.newIndexShown).toBe('86.44');
    expect(gap.newRank).toBe(6);
    expect(gap.of).toBe(12);
    expect(gap.unitToPass).toEqual({ id: 'f', name: 'Huyện F', index: '86.4449', shown: '86.44' });
    expect(gap.text).toBe('Cần thêm 4,99 điểm để đạt hạng 6/12 (ngang Huyện F 86,44 %)');
    expect(gap.textEn).toBe('4.99 more points needed for rank 6/12 (tying with Huyện F 86.44%)');
  });

  it('accepts Vietnamese decimal commas and names the unit in the text', () => {
    const gap = pointsNeededForRank({ ...base, points: '67,62', name: 'Huyện Tứ Kỳ' });
    expect(gap.pointsNeeded).toBe('4.99');
    expect(gap.text.startsWith('Huyện Tứ Kỳ: Cần thêm 4,99 điểm')).toBe(true);
  });

  it('overshoots to a better rank when the grid is coarse', () => {
    // Step 0.25: 4.9854 → 5.00; 72.62/84 = 86.4524 → 86.45, tying E: rank 5, passing F.
    const gap = pointsNeededForRank({ ...base, step: '0.25' });
    expect(gap.pointsNeeded).toBe('5');
    expect(gap.newRank).toBe(5);
    expect(gap.text).toBe('Cần thêm 5 điểm để đạt hạng 5/12 (vượt Huyện F 86,44 %)');
    expect(gap.textEn).toContain('(passing Huyện F 86.44%)');
  });

  it('reports an unreachable target', () => {
    const gap = pointsNeededForRank({ ...base, available: '4.5' });
    expect(gap.reachable).toBe(false);
    expect(gap.pointsNeeded).toBe('4.99');
    expect(gap.text).toBe(
      'Không thể đạt hạng 6/12: cần 4,99 điểm nhưng chỉ còn 4,5 điểm có thể giành thêm',
    );
    expect(gap.textEn).toBe(
      'Cannot reach rank 6/12: 4.99 points needed but only 4.5 points can still be won',
    );
  });

  it('treats a tie at the k-th rounded value as reaching it (competition ranking)', () => {
    const others = ['90', '85', '84.996', '85.004', '70'].map((index, i) => ({
      name: `Xã ${i}`,
      index,
    }));
    // Published: 90, 85, 85, 85, 70. Rank ≤ 3 needs 85.00 shown, i.e. ≥ 84.995 → +4.995 → 5.
    const gap = pointsNeededForRank({ points: '80', max: '100', others, k: 3 });
    expect(gap.pointsNeeded).toBe('5');
    expect(gap.newRank).toBe(2); // only 90 is above; the three at 85 and the unit share rank 2
    expect(gap.currentRank).toBe(5);
  });

  it('rounds half up at the boundary: 86.445 shows 86.45', () => {
    const gap = pointsNeededForRank({
      points: '86.44',
      max: '100',
      others: [{ name: 'X', index: '86.445' }],
      k: 1,
    });
    // Needs ≥ 86.445: +0.005 → 0.01 on the grid.
    expect(gap.pointsNeeded).toBe('0.01');
    expect(gap.newRank).toBe(1);
  });

  it('is met already, or trivially when the block is smaller than k', () => {
    const met = pointsNeededForRank({ ...base, points: '80', k: 6 }); // 95.24 → rank 1
    expect(met.alreadyMet).toBe(true);
    expect(met.pointsNeeded).toBe('0');
    expect(met.unitToPass).toBeUndefined();
    expect(met.text).toBe('Đã đạt: hạng 1/12, mục tiêu 6/12 trở lên');
    const small = pointsNeededForRank({
      points: '0',
      max: '10',
      others: [{ name: 'X', index: '99' }],
      k: 2,
    });
    expect(small.alreadyMet).toBe(true);
    expect(small.currentRank).toBe(2);
  });

  it('rejects bad input', () => {
    expect(() => pointsNeededForRank({ ...base, max: '0' })).toThrow(RangeError);
    expect(() => pointsNeededForRank({ ...base, k: 0 })).toThrow(RangeError);
    expect(() => pointsNeededForRank({ ...base, k: 1.5 })).toThrow(RangeError);
    expect(() => pointsNeededForRank({ ...base, places: -1 })).toThrow(RangeError);
    expect(() => pointsNeededForRank({ ...base, step: '0' })).toThrow(RangeError);
    expect(() => pointsNeededForRank({ ...base, points: 'abc' })).toThrow(RangeError);
  });

  it('is the minimum on the grid: it reaches rank ≤ k and one step less does not (rankValues)', () => {
    const cents = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (others, k, maxInt, share) => {
          const max = maxInt;
          const pointsCents = max * share; // points = max × share / 100, exactly in cents
          const points = (pointsCents / 100).toFixed(2);
          const peers = others.map((c, i) => ({
            id: `o${i}`,
            name: `U${i}`,
            index: (c / 1000 + 90).toFixed(3),
          }));
          const gap = pointsNeededForRank({ points, max, others: peers, k, step: '0.01' });
          // Index = cents / max, written exactly (truncated at 15 places: never crosses a half).
          const rankWith = (extraCents: number): number => {
            const scaled = (BigInt(pointsCents + extraCents) * 10n ** 15n) / BigInt(max);
            const digits = scaled.toString().padStart(16, '0');
            const idx = `${digits.slice(0, -15)}.${digits.slice(-15)}`;
            const values: RankInput[] = [
              { unitId: 'me', unitName: 'me', block: 'b', value: ds(idx) },
              ...peers.map((p) => ({
                unitId: p.id,
                unitName: p.name,
                block: 'b',
                value: ds(p.index),
              })),
            ];
            return rankValues(values, 2).blocks[0]?.units.find((u) => u.unitId === 'me')?.rank ?? 0;
          };
          const needCents = Math.round(Number(gap.pointsNeeded) * 100);
          expect(rankWith(needCents)).toBe(gap.newRank);
          if (k < others.length + 1) expect(gap.newRank).toBeLessThanOrEqual(k);
          if (needCents > 0) expect(rankWith(needCents - 1)).toBeGreaterThan(k);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('pointsNeededForRank with exact 40-digit inputs', () => {
  it('takes unrounded scored points as they are (no digit limit)', () => {
    // 10 × 3064/3424 style values: 30+ significant digits, as scoreAssessment returns them.
    const gap = pointsNeededForRank({
      points: '89.44147376447876447876447876447876447876',
      max: '100',
      others: [{ id: 'p', name: 'Huyện P', index: '90.00133333333333333333333333333333333333' }],
      k: 1,
    });
    // Need a shown index ≥ 90.00: index ≥ 89.995, i.e. 89.995 − 89.44147376… = 0.55352623… more points → 0.56 on the grid.
    expect(gap.pointsNeeded).toBe('0.56');
  });
});
