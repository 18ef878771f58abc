import { describe, expect, it } from 'vitest';
import { rankValues } from '../../src/ranking/rank.js';
import { ds, input } from './fixtures.js';

const summary = (r: ReturnType<typeof rankValues>, block = 0) =>
  r.blocks[block]?.units.map((u) => [u.unitId, u.shown, u.rank, u.position, u.tied]);

describe('rankValues', () => {
  it('ranks on the published (rounded) value, ties sharing a rank (1, 2, 2, 4)', () => {
    // 84.574 and 84.5749 both show 84.57; 84.575 rounds half-up to 84.58.
    const r = rankValues(
      [
        input('d', 'Huyện D', '70'),
        input('b', 'Huyện B', '84.5749'),
        input('a', 'Huyện A', '84.574'),
        input('c', 'Huyện C', '84.575'),
      ],
      2,
    );
    expect(r.by).toEqual({ kind: 'index' });
    expect(r.places).toBe(2);
    expect(r.blocks.map((b) => b.block)).toEqual(['huyện']);
    expect(summary(r)).toEqual([
      ['c', '84.58', 1, '1/4', false],
      ['a', '84.57', 2, '2/4', true],
      ['b', '84.57', 2, '2/4', true],
      ['d', '70.00', 4, '4/4', false],
    ]);
    expect(r.blocks[0]?.units[0]).toEqual({
      unitId: 'c',
      unitName: 'Huyện C',
      block: 'huyện',
      value: '84.575',
      shown: '84.58',
      rank: 1,
      of: 4,
      position: '1/4',
      tied: false,
    });
  });

  it('compares at the places given', () => {
    const values = [input('a', 'A', '84.57'), input('c', 'C', '84.58'), input('b', 'B', '84.5749')];
    // 1 place: 84.6 for all three → one three-way tie, listed by name.
    expect(summary(rankValues(values, 1))).toEqual([
      ['a', '84.6', 1, '1/3', true],
      ['b', '84.6', 1, '1/3', true],
      ['c', '84.6', 1, '1/3', true],
    ]);
    // 3 places: 84.580 > 84.575 > 84.570.
    expect(summary(rankValues(values, 3))).toEqual([
      ['c', '84.580', 1, '1/3', false],
      ['b', '84.575', 2, '2/3', false],
      ['a', '84.570', 3, '3/3', false],
    ]);
    // 0 places: 85, 85, 85.
    expect(summary(rankValues(values, 0))?.map((u) => u[1])).toEqual(['85', '85', '85']);
  });

  it('lists a tie in Vietnamese alphabetical order, not code-unit order', () => {
    // Vietnamese alphabet: a < ă < â < b < … < d < đ < e … < y; "ô" < "ư".
    // Code units would put Â (U+00C2) after B and Đ (U+0110) after Y.
    const r = rankValues(
      [
        input('duc-co', 'Đức Cơ', '80'),
        input('yen-my', 'Yên Mỹ', '80'),
        input('an-thi', 'Ân Thi', '80'),
        input('dong-hung', 'Đông Hưng', '80'),
        input('bao-lam', 'Bảo Lâm', '80'),
        input('an-lao', 'An Lão', '80'),
        input('dau-tieng', 'Dầu Tiếng', '80'),
      ],
      2,
    );
    expect(r.blocks[0]?.units.map((u) => u.unitName)).toEqual([
      'An Lão',
      'Ân Thi',
      'Bảo Lâm',
      'Dầu Tiếng',
      'Đông Hưng',
      'Đức Cơ',
      'Yên Mỹ',
    ]);
    expect(r.blocks[0]?.units.every((u) => u.rank === 1 && u.tied && u.position === '1/7')).toBe(
      true,
    );
  });

  it('breaks a tie between equal names by unit id', () => {
    const r = rankValues(
      [
        input('tan-lap-2', 'Xã Tân Lập', '75.5', 'xã'),
        input('tan-lap-1', 'Xã Tân Lập', '75.499', 'xã'),
      ],
      2,
    );
    // 75.499 shows 75.50: a tie.
    expect(summary(r)).toEqual([
      ['tan-lap-1', '75.50', 1, '1/2', true],
      ['tan-lap-2', '75.50', 1, '1/2', true],
    ]);
  });

  it('ranks each block separately, blocks in Vietnamese order', () => {
    const r = rankValues(
      [
        input('p1', 'Phường Lê Chân', '90', 'phường'),
        input('x1', 'Xã An Hòa', '95', 'xã'),
        input('h1', 'Huyện Tứ Kỳ', '70', 'huyện'),
        input('x2', 'Xã Bình Minh', '60', 'xã'),
        input('d1', 'Đặc khu Bạch Long Vĩ', '50', 'đặc khu'),
        input('h2', 'Huyện Cẩm Giàng', '80', 'huyện'),
        // The same id may appear in another block.
        input('x1', 'Phường An Hòa', '85', 'phường'),
      ],
      2,
    );
    // "đặc khu" sorts after "d", before "e…h" (code units would put it last).
    expect(r.blocks.map((b) => b.block)).toEqual(['đặc khu', 'huyện', 'phường', 'xã']);
    expect(r.blocks.map((b) => b.units.map((u) => `${u.unitId} ${u.position}`))).toEqual([
      ['d1 1/1'],
      ['h2 1/2', 'h1 2/2'],
      ['p1 1/2', 'x1 2/2'],
      ['x1 1/2', 'x2 2/2'],
    ]);
  });

  it('keeps the band and records what was ranked', () => {
    const band = { code: 'tot', label: 'Tốt', labelEn: 'Good' };
    const r = rankValues([{ ...input('a', 'A', '81'), band }, input('b', 'B', '79')], 2, {
      kind: 'node',
      code: '3',
    });
    expect(r.by).toEqual({ kind: 'node', code: '3' });
    expect(r.blocks[0]?.units[0]?.band).toEqual(band);
    expect(r.blocks[0]?.units[1] && 'band' in r.blocks[0].units[1]).toBe(false);
  });

  it('handles negative values and no values', () => {
    expect(rankValues([], 2).blocks).toEqual([]);
    const r = rankValues([input('a', 'A', '-0.004'), input('b', 'B', '0.001')], 2);
    // -0.004 and 0.001 both show 0.00.
    expect(summary(r)).toEqual([
      ['a', '0.00', 1, '1/2', true],
      ['b', '0.00', 1, '1/2', true],
    ]);
  });

  it('throws RangeError on programmer errors', () => {
    expect(() => rankValues([input('a', 'A', '1'), input('a', 'A bis', '2')], 2)).toThrow(
      /^rankValues: unit "a" appears twice in block "huyện"$/,
    );
    expect(() => rankValues([input('a', 'A', '1'), input('a', 'A', '2')], 2)).toThrow(RangeError);
    expect(() => rankValues([], -1)).toThrow(RangeError);
    expect(() => rankValues([], 1.5)).toThrow(/^rankValues: places/);
    expect(() => rankValues([{ ...input('a', 'A', '1'), value: ds('abc') }], 2)).toThrow(
      /^rankValues: value of unit "a" is not a decimal$/,
    );
  });
});
