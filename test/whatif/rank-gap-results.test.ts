import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { pointsNeededForRankInResults } from '../../src/whatif/rank-gap-results.js';
import { assessment, SET } from './fixtures.js';

// A 13/20 = 65 %, B 17/20 = 85 %, C 15/20 = 75 % in block "xã"; D (100 %) in another block.
const results = [
  assessment('a', 'Xã A', { yes: false, p12: '6', p21: '4', p3: '3' }),
  assessment('b', 'Xã B', { yes: true, p12: '7', p21: '5', p3: '3' }),
  assessment('c', 'Xã C', { yes: true, p12: '5', p21: '5', p3: '3' }),
  assessment('d', 'Phường D', { yes: true, p12: '8', p21: '6', p3: '4' }, 'phường'),
].map((a) => scoreAssessment(SET, a));

describe('pointsNeededForRankInResults', () => {
  it('ranks within the unit’s block only', () => {
    // Rank ≤ 2 needs 75.00 shown (C): index ≥ 74.995 → 14.999 points → +1.999 → 2 on the grid.
    const gap = pointsNeededForRankInResults(results, 'a', 2);
    expect(gap.of).toBe(3);
    expect(gap.currentRank).toBe(3);
    expect(gap.pointsNeeded).toBe('2');
    expect(gap.newRank).toBe(2);
    expect(gap.available).toBe('7');
    expect(gap.unitToPass?.id).toBe('c');
    expect(gap.text).toBe('Xã A: Cần thêm 2 điểm để đạt hạng 2/3 (ngang Xã C 75,00 %)');
  });

  it('can hold survey points fixed, or take the available points and grid given', () => {
    // Appraisal leaves lost 2 + 2 + 2 = 6; the survey's 1 lost point does not count.
    expect(pointsNeededForRankInResults(results, 'a', 1, { lockSurvey: true }).available).toBe('6');
    const gap = pointsNeededForRankInResults(results, 'a', 1, {
      available: '3',
      step: '0.5',
    });
    // Rank 1 needs 85.00 shown: ≥ 84.995 % of 20 = 16.999 → +3.999 → 4 on a 0.5 grid; only 3 left.
    expect(gap.pointsNeeded).toBe('4');
    expect(gap.reachable).toBe(false);
  });

  it('throws for an unknown unit', () => {
    expect(() => pointsNeededForRankInResults(results, 'zz', 1)).toThrow(RangeError);
  });
});
