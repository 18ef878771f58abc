import { describe, expect, it } from 'vitest';
import type { RankInput } from '../../src/model/ranking.js';
import { rankValues } from '../../src/ranking/rank.js';
import { compareRanks } from '../../src/ranking/rank-change.js';
import { input } from './fixtures.js';

/** 16 other districts at 90, 89, …, 75 plus Đức Cơ at `ducCo`. */
function gialai(ducCo: string): RankInput[] {
  const others = Array.from({ length: 16 }, (_, i) =>
    input(`h${String(i).padStart(2, '0')}`, `Huyện ${i}`, String(90 - i)),
  );
  return [...others, input('duc-co', 'Huyện Đức Cơ', ducCo)];
}

describe('compareRanks', () => {
  it('seed 001: 13/17 in 2020, 11/17 in 2021 → "tăng 2 bậc"', () => {
    // 2020: 78.5 is below 90..79 (12 values) → 13th. 2021: 80.5 is below 90..81 (10) → 11th.
    const r2020 = rankValues(gialai('78.5'), 2);
    const r2021 = rankValues(gialai('80.5'), 2);
    const duc = r2021.blocks[0]?.units.find((u) => u.unitId === 'duc-co');
    expect(duc?.position).toBe('11/17');
    const change = compareRanks(r2021, r2020).find((c) => c.unitId === 'duc-co');
    expect(change).toEqual({
      unitId: 'duc-co',
      rank: 11,
      previousRank: 13,
      change: 2,
      text: 'tăng 2 bậc',
      textEn: 'up 2 places',
    });
  });

  it('says up, down, unchanged and new, in the order of the current ranking', () => {
    const before = rankValues(
      [input('a', 'A', '90'), input('b', 'B', '80'), input('c', 'C', '70')],
      2,
    );
    const now = rankValues(
      [input('a', 'A', '80'), input('b', 'B', '90'), input('c', 'C', '70'), input('d', 'D', '60')],
      2,
    );
    expect(compareRanks(now, before)).toEqual([
      {
        unitId: 'b',
        rank: 1,
        previousRank: 2,
        change: 1,
        text: 'tăng 1 bậc',
        textEn: 'up 1 place',
      },
      {
        unitId: 'a',
        rank: 2,
        previousRank: 1,
        change: -1,
        text: 'giảm 1 bậc',
        textEn: 'down 1 place',
      },
      { unitId: 'c', rank: 3, previousRank: 3, change: 0, text: 'giữ nguyên', textEn: 'unchanged' },
      { unitId: 'd', rank: 4, text: 'mới', textEn: 'new' },
    ]);
  });

  it('uses plural places when more than one', () => {
    const before = rankValues(
      [input('a', 'A', '90'), input('b', 'B', '80'), input('c', 'C', '70')],
      2,
    );
    const now = rankValues(
      [input('a', 'A', '60'), input('b', 'B', '80'), input('c', 'C', '70')],
      2,
    );
    const a = compareRanks(now, before).find((c) => c.unitId === 'a');
    expect([a?.change, a?.text, a?.textEn]).toEqual([-2, 'giảm 2 bậc', 'down 2 places']);
  });

  it('matches within the same block first, then by id anywhere', () => {
    const before = rankValues(
      [
        input('x', 'X', '99', 'phường'),
        input('y', 'Y', '98', 'xã'),
        input('z', 'Z', '97', 'xã'),
        input('x', 'X', '96', 'xã'),
        input('m', 'M', '50', 'huyện'),
        input('n', 'N', '40', 'huyện'),
      ],
      2,
    );
    const now = rankValues([input('x', 'X', '99', 'xã'), input('n', 'N', '90', 'xã mới')], 2);
    const changes = compareRanks(now, before);
    // x was 3rd in "xã" (not 1st in "phường"); n moved from "huyện" (2nd) to a new block.
    expect(changes).toEqual([
      {
        unitId: 'x',
        rank: 1,
        previousRank: 3,
        change: 2,
        text: 'tăng 2 bậc',
        textEn: 'up 2 places',
      },
      {
        unitId: 'n',
        rank: 1,
        previousRank: 2,
        change: 1,
        text: 'tăng 1 bậc',
        textEn: 'up 1 place',
      },
    ]);
  });

  it('returns nothing for an empty ranking', () => {
    const before = rankValues([input('a', 'A', '1')], 2);
    expect(compareRanks(rankValues([], 2), before)).toEqual([]);
  });
});
