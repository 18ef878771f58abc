import { describe, expect, it } from 'vitest';
import type { BandScale } from '../../src/model/bands.js';
import type { NodeRating } from '../../src/model/score-result.js';
import { checkBandTarget, checkRankTarget } from '../../src/ranking/targets.js';
import { ds, node, result } from './fixtures.js';

describe('checkRankTarget', () => {
  it('seed 001: 11/17 against 6–9/17 is missed by 2 places', () => {
    expect(checkRankTarget(11, 17, { best: 6, worst: 9 })).toEqual({
      met: false,
      rank: 11,
      missedBy: 2,
      text: 'Không đạt: hạng 11/17, mục tiêu 6–9/17, thiếu 2 bậc',
      textEn: 'Not met: rank 11/17, target 6–9/17, short by 2 places',
    });
  });

  it('seed 000: 5/12 against "6/12 or better" is met', () => {
    expect(checkRankTarget(5, 12, { worst: 6 })).toEqual({
      met: true,
      rank: 5,
      missedBy: 0,
      text: 'Đạt: hạng 5/12, mục tiêu 6/12 trở lên',
      textEn: 'Met: rank 5/12, target 6/12 or better',
    });
  });

  it('a rank better than the range meets the target', () => {
    const v = checkRankTarget(3, 17, { best: 6, worst: 9 });
    expect([v.met, v.missedBy]).toEqual([true, 0]);
    expect(v.text).toBe('Đạt: hạng 3/17, mục tiêu 6–9/17, vượt 3 bậc');
    expect(v.textEn).toBe('Met: rank 3/17, target 6–9/17, 3 places better');
    expect(checkRankTarget(5, 17, { best: 6, worst: 9 }).textEn).toBe(
      'Met: rank 5/17, target 6–9/17, 1 place better',
    );
  });

  it('is met at both ends of the range and missed just past it', () => {
    expect(checkRankTarget(6, 17, { best: 6, worst: 9 }).text).toBe(
      'Đạt: hạng 6/17, mục tiêu 6–9/17',
    );
    expect(checkRankTarget(9, 17, { best: 6, worst: 9 }).met).toBe(true);
    const v = checkRankTarget(10, 17, { best: 6, worst: 9 });
    expect([v.met, v.missedBy, v.text, v.textEn]).toEqual([
      false,
      1,
      'Không đạt: hạng 10/17, mục tiêu 6–9/17, thiếu 1 bậc',
      'Not met: rank 10/17, target 6–9/17, short by 1 place',
    ]);
  });

  it('words targets without a real range', () => {
    expect(checkRankTarget(1, 12, { worst: 1 }).text).toBe('Đạt: hạng 1/12, mục tiêu 1/12');
    expect(checkRankTarget(2, 12, { best: 1, worst: 1 }).textEn).toBe(
      'Not met: rank 2/12, target 1/12, short by 1 place',
    );
    expect(checkRankTarget(4, 12, { best: 1, worst: 6 }).text).toBe(
      'Đạt: hạng 4/12, mục tiêu 6/12 trở lên',
    );
    expect(checkRankTarget(7, 12, { best: 6, worst: 6 }).text).toBe(
      'Không đạt: hạng 7/12, mục tiêu 6/12 trở lên, thiếu 1 bậc',
    );
  });

  it('throws RangeError on impossible ranks or targets', () => {
    expect(() => checkRankTarget(0, 17, { worst: 9 })).toThrow(/^checkRankTarget: rank 0\/17/);
    expect(() => checkRankTarget(18, 17, { worst: 9 })).toThrow(RangeError);
    expect(() => checkRankTarget(1.5, 17, { worst: 9 })).toThrow(RangeError);
    expect(() => checkRankTarget(1, 17.5, { worst: 9 })).toThrow(RangeError);
    expect(() => checkRankTarget(1, 17, { worst: 0 })).toThrow(/^checkRankTarget: target/);
    expect(() => checkRankTarget(1, 17, { best: 10, worst: 9 })).toThrow(RangeError);
    expect(() => checkRankTarget(1, 17, { best: 0, worst: 9 })).toThrow(RangeError);
    expect(() => checkRankTarget(1, 17, { best: 2.5, worst: 9 })).toThrow(RangeError);
  });
});

const level = (code: string, label: string, labelEn: string, min: string, weak = false) => ({
  code,
  label,
  labelEn,
  min: ds(min),
  weak,
});

const scale: BandScale = {
  name: 'Xếp loại',
  levels: [
    level('tot', 'Tốt', 'Good', '80'),
    level('kha', 'Khá', 'Fair', '70'),
    level('tb', 'Trung bình', 'Average', '60'),
    level('yeu', 'Yếu', 'Weak', '0', true),
  ],
};
const band = (code: string) => {
  const l = scale.levels.find((x) => x.code === code);
  return { code, label: l?.label ?? code, labelEn: l?.labelEn };
};
const weak: NodeRating = { code: 'yeu', label: 'Yếu', weak: true };
const fine: NodeRating = { code: 'kha', label: 'Khá', weak: false };

describe('checkBandTarget', () => {
  it('meets "Khá or better" with Khá or Tốt, not with Trung bình', () => {
    expect(
      checkBandTarget(
        result({ id: 'a', index: '75', band: band('kha') }),
        { atLeast: 'kha' },
        scale,
      ),
    ).toEqual({
      met: true,
      bandMet: true,
      weakCriteria: [],
      text: 'Đạt: xếp loại Khá, mục tiêu Khá trở lên',
      textEn: 'Met: band Fair, target Fair or better',
    });
    const better = checkBandTarget(
      result({ id: 'a', index: '85', band: band('tot') }),
      { atLeast: 'kha' },
      scale,
    );
    expect([better.met, better.bandMet]).toEqual([true, true]);
    const worse = checkBandTarget(
      result({ id: 'a', index: '65', band: band('tb') }),
      { atLeast: 'kha' },
      scale,
    );
    expect([worse.met, worse.bandMet, worse.text, worse.textEn]).toEqual([
      false,
      false,
      'Không đạt: xếp loại Trung bình, mục tiêu Khá trở lên',
      'Not met: band Average, target Fair or better',
    ]);
  });

  it('drops "or better" for the top band and handles an unbanded result', () => {
    const top = checkBandTarget(
      result({ id: 'a', index: '85', band: band('tot') }),
      { atLeast: 'tot' },
      scale,
    );
    expect(top.text).toBe('Đạt: xếp loại Tốt, mục tiêu Tốt');
    const none = checkBandTarget(result({ id: 'a', index: '85' }), { atLeast: 'yeu' }, scale);
    expect([none.met, none.bandMet, none.text, none.textEn]).toEqual([
      false,
      false,
      'Không đạt: xếp loại (chưa xếp loại), mục tiêu Yếu trở lên',
      'Not met: band (none), target Weak or better',
    ]);
  });

  it('seed 004: "no weak criterion" lists the weak ones in result order', () => {
    const ratings = [
      node('1.1', '40', [], weak),
      node('2.3', '50', [], weak),
      node('3.1', '75', [], fine),
    ];
    const r = result({ id: 'x', index: '78', band: band('kha'), ratings });
    const v = checkBandTarget(r, { atLeast: 'kha', noWeakCriterion: true }, scale);
    expect(v).toEqual({
      met: false,
      bandMet: true,
      weakCriteria: ['1.1', '2.3'],
      text: 'Không đạt: xếp loại Khá, mục tiêu Khá trở lên; có 2 tiêu chí yếu (1.1, 2.3)',
      textEn: 'Not met: band Fair, target Fair or better; 2 weak criteria (1.1, 2.3)',
    });
    // Without the requirement, weak criteria are listed but do not fail the target.
    const loose = checkBandTarget(r, { atLeast: 'kha' }, scale);
    expect([loose.met, loose.weakCriteria]).toEqual([true, ['1.1', '2.3']]);
    const one = checkBandTarget(
      result({
        id: 'x',
        index: '78',
        band: band('kha'),
        ratings: [node('2.3', '50', [], weak), node('1', '90')],
      }),
      { atLeast: 'kha', noWeakCriterion: true },
      scale,
    );
    expect(one.textEn).toBe('Not met: band Fair, target Fair or better; 1 weak criterion (2.3)');
    expect(one.text).toBe('Không đạt: xếp loại Khá, mục tiêu Khá trở lên; có 1 tiêu chí yếu (2.3)');
  });

  it('beats a previous index strictly, on rounded values', () => {
    const r = (index: string) => result({ id: 'a', index, band: band('tot') });
    const target = { atLeast: 'kha', noWeakCriterion: true, above: '80,12' };
    expect(checkBandTarget(r('84.575'), target, scale)).toEqual({
      met: true,
      bandMet: true,
      weakCriteria: [],
      aboveMet: true,
      text: 'Đạt: xếp loại Tốt, mục tiêu Khá trở lên; không có tiêu chí yếu; chỉ số 84,58 cao hơn 80,12',
      textEn: 'Met: band Good, target Fair or better; no weak criterion; index 84.58 above 80.12',
    });
    // 80.1249 > 80.121 unrounded, but both show 80.12: not higher.
    const same = checkBandTarget(r('80.1249'), { atLeast: 'kha', above: '80.121' }, scale);
    expect([same.met, same.aboveMet, same.text, same.textEn]).toEqual([
      false,
      false,
      'Không đạt: xếp loại Tốt, mục tiêu Khá trở lên; chỉ số 80,12 không cao hơn 80,12',
      'Not met: band Good, target Fair or better; index 80.12 not above 80.12',
    ]);
    // 80.125 shows 80.13.
    expect(checkBandTarget(r('80.125'), { atLeast: 'kha', above: '80.12' }, scale).aboveMet).toBe(
      true,
    );
    expect('aboveMet' in checkBandTarget(r('80'), { atLeast: 'kha' }, scale)).toBe(false);
  });

  it('throws RangeError on unknown bands and a non-numeric "above"', () => {
    const r = result({ id: 'a', index: '75', band: band('kha') });
    expect(() => checkBandTarget(r, { atLeast: 'xuat-sac' }, scale)).toThrow(
      /^checkBandTarget: unknown band code "xuat-sac"$/,
    );
    const foreign = result({
      id: 'a',
      index: '75',
      band: { code: 'htnv', label: 'Hoàn thành nhiệm vụ' },
    });
    expect(() => checkBandTarget(foreign, { atLeast: 'kha' }, scale)).toThrow(RangeError);
    expect(() => checkBandTarget(r, { atLeast: 'kha', above: 'abc' }, scale)).toThrow(
      /^checkBandTarget: "above" is not a number/,
    );
  });
});
