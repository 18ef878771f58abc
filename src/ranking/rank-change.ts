import type { RankChange, RankedUnit, Ranking } from '../model/ranking.js';

/**
 * Compares each unit's rank with a previous period ("tăng 2 bậc so với năm 2020").
 *
 * A unit is matched by id in the block of the same name; when it is not there (its block was
 * renamed or merged, as in the 2025 reorganisation), by id in any previous block, the first
 * in block order. A unit with no previous rank is "mới" (new).
 *
 * @param current - This period's ranking.
 * @param previous - The previous period's ranking.
 * @returns One change per unit of `current`, in its order (blocks, then rank).
 * @example
 * // 13/17 in 2020, 11/17 in 2021
 * compareRanks(r2021, r2020)[0]?.text; // 'tăng 2 bậc'
 */
export function compareRanks(current: Ranking, previous: Ranking): RankChange[] {
  const byBlock = new Map<string, Map<string, RankedUnit>>();
  const anywhere = new Map<string, RankedUnit>();
  for (const block of previous.blocks) {
    const ids = new Map<string, RankedUnit>();
    for (const unit of block.units) {
      ids.set(unit.unitId, unit);
      if (!anywhere.has(unit.unitId)) anywhere.set(unit.unitId, unit);
    }
    byBlock.set(block.block, ids);
  }
  const changes: RankChange[] = [];
  for (const block of current.blocks) {
    for (const unit of block.units) {
      const before = byBlock.get(block.block)?.get(unit.unitId) ?? anywhere.get(unit.unitId);
      changes.push(rankChange(unit.unitId, unit.rank, before?.rank));
    }
  }
  return changes;
}

function rankChange(unitId: string, rank: number, previousRank: number | undefined): RankChange {
  if (previousRank === undefined) return { unitId, rank, text: 'mới', textEn: 'new' };
  const change = previousRank - rank;
  const n = Math.abs(change);
  const places = n === 1 ? 'place' : 'places';
  const [text, textEn] =
    change > 0
      ? [`tăng ${n} bậc`, `up ${n} ${places}`]
      : change < 0
        ? [`giảm ${n} bậc`, `down ${n} ${places}`]
        : ['giữ nguyên', 'unchanged'];
  return { unitId, rank, previousRank, change, text, textEn };
}
