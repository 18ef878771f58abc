import type { RankChange, RankedUnit, Ranking } from '../model/ranking.js';
import { identityKey } from '../parse/code-key.js';

/**
 * Compares each unit's rank with a previous period ("tăng 2 bậc so với năm 2020").
 *
 * A unit is matched by id (compared without case or invisible characters) in the previous block
 * of the same criteria set and block name; else in a previous block of the same name (sets are
 * often renewed each year); else (its block was renamed or merged, as in the 2025
 * reorganisation) in any previous block, the first in block order. A unit with no previous rank
 * is "mới" (new).
 *
 * @param current - This period's ranking.
 * @param previous - The previous period's ranking.
 * @returns One change per unit of `current`, in its order (blocks, then rank).
 * @example
 * // 13/17 in 2020, 11/17 in 2021
 * compareRanks(r2021, r2020)[0]?.text; // 'tăng 2 bậc'
 */
export function compareRanks(current: Ranking, previous: Ranking): RankChange[] {
  const bySetBlock = new Map<string, Map<string, RankedUnit>>();
  const byBlock = new Map<string, Map<string, RankedUnit>>();
  const anywhere = new Map<string, RankedUnit>();
  for (const block of previous.blocks) {
    const name = identityKey(block.block);
    const inSet = mapAt(bySetBlock, `${block.criteriaSetId ?? ''}\u0000${name}`);
    const inName = mapAt(byBlock, name);
    for (const unit of block.units) {
      const id = identityKey(unit.unitId);
      inSet.set(id, unit);
      if (!inName.has(id)) inName.set(id, unit);
      if (!anywhere.has(id)) anywhere.set(id, unit);
    }
  }
  const changes: RankChange[] = [];
  for (const block of current.blocks) {
    const name = identityKey(block.block);
    const inSet = bySetBlock.get(`${block.criteriaSetId ?? ''}\u0000${name}`);
    for (const unit of block.units) {
      const id = identityKey(unit.unitId);
      const before = inSet?.get(id) ?? byBlock.get(name)?.get(id) ?? anywhere.get(id);
      changes.push({
        ...rankChange(unit.unitId, unit.rank, before?.rank),
        ...(block.criteriaSetId !== undefined ? { criteriaSetId: block.criteriaSetId } : {}),
      });
    }
  }
  return changes;
}

function mapAt<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
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
