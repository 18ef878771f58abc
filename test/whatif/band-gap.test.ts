import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { pointsNeededForBand } from '../../src/whatif/band-gap.js';
import {
  pointsNeededForNoWeakCriterion,
  pointsNeededForNoWeakCriterionInResult,
} from '../../src/whatif/no-weak-gap.js';
import { assessment, SCALE, SET } from './fixtures.js';

describe('pointsNeededForBand', () => {
  it('needs 1.2 points from 78.8/100 to reach Tốt (80 %)', () => {
    const gap = pointsNeededForBand({ points: '78.8', max: '100', band: 'tot' }, SCALE);
    expect(gap.alreadyMet).toBe(false);
    expect(gap.reachable).toBe(true);
    expect(gap.pointsNeeded).toBe('1.2');
    expect(gap.currentBand?.code).toBe('kha');
    expect(gap.band).toEqual({ code: 'tot', label: 'Tốt', labelEn: 'Good', min: '80' });
    expect(gap.newIndex).toBe('80');
    expect(gap.text).toBe('Cần thêm 1,2 điểm để đạt loại Tốt (từ 80 %)');
    expect(gap.textEn).toBe('1.2 more points needed for band Good (from 80%)');
  });

  it('scales with a reduced applicable maximum', () => {
    // 80 % of 84 = 67.2; from 67.1 that is 0.1.
    const gap = pointsNeededForBand({ points: '67.1', max: '84', band: 'tot' }, SCALE);
    expect(gap.pointsNeeded).toBe('0.1');
  });

  it('judges on the published index by default: 79.995 shows 80,00 and is Tốt', () => {
    const shown = pointsNeededForBand({ points: '79.995', max: '100', band: 'tot' }, SCALE);
    expect(shown.alreadyMet).toBe(true);
    // 79.994 shows 79,99: 0.001 would do, so 0.01 on the grid; 0 does not.
    const below = pointsNeededForBand({ points: '79.994', max: '100', band: 'tot' }, SCALE);
    expect([below.alreadyMet, below.pointsNeeded]).toEqual([false, '0.01']);
  });

  it('judges on the exact index with classifyOn exact: 79.996 is not Tốt', () => {
    const gap = pointsNeededForBand(
      { points: '79.996', max: '100', band: 'tot', classifyOn: 'exact' },
      SCALE,
    );
    expect(gap.alreadyMet).toBe(false);
    expect(gap.pointsNeeded).toBe('0.01'); // 0.004 rounded up to the grid
    const exact = pointsNeededForBand({ points: '80', max: '100', band: 'tot' }, SCALE);
    expect(exact.alreadyMet).toBe(true); // the lower bound is inclusive
    expect(exact.pointsNeeded).toBe('0');
    expect(exact.text).toBe('Đã đạt loại Tốt trở lên');
    expect(exact.textEn).toBe('Already in band Good or better');
  });

  it('counts a better band as meeting "trở lên"', () => {
    const gap = pointsNeededForBand({ points: '95', max: '100', band: 'kha' }, SCALE);
    expect(gap.alreadyMet).toBe(true);
    expect(gap.currentBand?.code).toBe('tot');
  });

  it('reports an unreachable band', () => {
    const gap = pointsNeededForBand(
      { points: '60', max: '100', band: 'tot', available: '15' },
      SCALE,
    );
    expect(gap.reachable).toBe(false);
    expect(gap.pointsNeeded).toBe('20');
    expect(gap.text).toBe(
      'Không thể đạt loại Tốt (từ 80 %): cần 20 điểm nhưng chỉ còn 15 điểm có thể giành thêm',
    );
    expect(gap.textEn).toBe(
      'Cannot reach band Good (from 80%): 20 points needed but only 15 points can still be won',
    );
  });

  it('rejects an unknown band or a zero maximum', () => {
    expect(() => pointsNeededForBand({ points: 1, max: 10, band: 'xx' }, SCALE)).toThrow(
      RangeError,
    );
    expect(() => pointsNeededForBand({ points: 0, max: 0, band: 'tot' }, SCALE)).toThrow(
      RangeError,
    );
  });
});

describe('pointsNeededForNoWeakCriterion', () => {
  it('lifts each weak criterion to 60 % (Trung bình), hand-computed', () => {
    const gap = pointsNeededForNoWeakCriterion(
      [
        { code: '2.1', name: 'Ban hành VBQPPL', points: '1', max: '2.5' }, // 40 % → 1.5 − 1 = 0.5
        { code: '1.1', name: 'Kế hoạch', points: '2', max: '3' }, // 66.67 %: not weak
        { code: '5.3', name: 'Chữ ký số', points: '0.3', max: '1.5' }, // 20 % → 0.9 − 0.3 = 0.6
        { code: '4.1', name: 'Không áp dụng', points: '0', max: '0' }, // skipped
        { code: '6.1', name: 'Tỷ lệ', points: '0.333', max: '1' }, // 0.6 − 0.333 = 0.267 → 0.27
      ],
      SCALE,
    );
    expect(gap.criteria.map((c) => [c.code, c.pointsNeeded])).toEqual([
      ['2.1', '0.5'],
      ['5.3', '0.6'],
      ['6.1', '0.27'],
    ]);
    expect(gap.pointsNeeded).toBe('1.37');
    expect(gap.reachable).toBe(true);
    expect(gap.criteria[0]?.rating.code).toBe('yeu');
    expect(gap.criteria[0]?.target.code).toBe('tb');
    expect(gap.text).toBe(
      '3 tiêu chí yếu; cần thêm tổng 1,37 điểm: 2.1 +0,5 điểm; 5.3 +0,6 điểm; 6.1 +0,27 điểm',
    );
    expect(gap.textEn).toBe(
      '3 weak criteria; 1.37 more points needed in all: 2.1 +0.5 points; 5.3 +0.6 points; 6.1 +0.27 points',
    );
  });

  it('says so when nothing is weak, and flags what cannot be lifted', () => {
    expect(pointsNeededForNoWeakCriterion([], SCALE).text).toBe('Không có tiêu chí yếu');
    expect(pointsNeededForNoWeakCriterion([], SCALE).textEn).toBe('No weak criterion');
    const gap = pointsNeededForNoWeakCriterion(
      [{ code: '3', name: 'Khảo sát', points: '1', max: '4', available: '0.5' }],
      SCALE,
    );
    expect(gap.reachable).toBe(false);
    expect(gap.criteria[0]?.pointsNeeded).toBe('1.4'); // 2.4 − 1
    expect(gap.text).toContain('(không đủ điểm còn lại)');
    expect(gap.textEn).toBe(
      '1 weak criterion; 1.4 more points needed in all: 3 +1.4 points (more than can be won)',
    );
  });

  it('throws when no level above a weak one is not weak', () => {
    const allWeak = { levels: SCALE.levels.map((l) => ({ ...l, weak: true })) };
    expect(() =>
      pointsNeededForNoWeakCriterion([{ code: 'x', name: 'x', points: 0, max: 1 }], allWeak),
    ).toThrow(RangeError);
  });

  it('reads rated criteria from a result, optionally holding survey points', () => {
    // 1.1 yes-no "Không" → 0/2 = 0 % (weak: needs 1.2); 1.2 6/8 = 75 %; 2.1 4/6 = 66.67 %.
    const result = scoreAssessment(
      SET,
      assessment('a', 'Xã A', { yes: false, p12: '6', p21: '4', p3: '3' }),
    );
    const gap = pointsNeededForNoWeakCriterionInResult(result, SCALE);
    expect(gap.criteria.map((c) => [c.code, c.pointsNeeded, c.available])).toEqual([
      ['1.1', '1.2', '2'],
    ]);
    const locked = pointsNeededForNoWeakCriterionInResult(result, SCALE, {
      lockSurvey: true,
      step: '0.5',
    });
    expect(locked.criteria[0]?.pointsNeeded).toBe('1.5');
    expect(locked.criteria[0]?.available).toBe('2');
  });
});
