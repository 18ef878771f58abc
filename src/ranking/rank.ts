import { roundDecimal } from '../format/round.js';
import { type Q, qCmp, qDec } from '../internal/rational.js';
import type {
  BlockRanking,
  RankBy,
  RankedUnit,
  RankInput,
  Ranking,
  RankingWarning,
  UnrankedUnit,
} from '../model/ranking.js';
import { identityKey } from '../parse/code-key.js';
import { groupBlocks } from './block-groups.js';
import { compareVi } from './collate.js';

interface Prepared {
  readonly input: RankInput;
  readonly shown: string;
  readonly published: Q;
}

const PLAIN = /^-?\d+(\.\d+)?$/;

/** Most decimal places a ranking compares (a criteria set may publish 0 to 10). */
const MAX_PLACES = 10;

/**
 * Ranks values within their blocks (khối): highest value first, competition ranking. A block is
 * the pair (criteria set, block name): units of different sets are never ranked together.
 *
 * Values are compared as published: each input's `published` value when given (scored results
 * give the value rounded once by their set's rule), else `value` rounded half-up to `places`.
 * 84.574 and 84.5749 both show 84.57 and tie, while 84.575 shows 84.58 and ranks above them.
 * No official tie rule was found, so ties share a rank and the next rank skips (1, 2, 2, 4).
 * Within a tie, units are listed in Vietnamese alphabetical order of name, then by id, so the
 * order never depends on the input order.
 *
 * @param values - The values to rank; each unit's id must be unique within its block (ids are
 *   compared without case or invisible characters).
 * @param places - Decimal places of the published values (usually 2).
 * @param by - What the values are (recorded in the result).
 * @param unranked - Units listed apart in their blocks (e.g. the node ranked does not apply).
 * @returns Every block in Vietnamese alphabetical order, each with its units best first.
 * @throws RangeError when `places` is not an integer from 0 to 10, a value is not a finite
 *   decimal (NaN, Infinity, a number object), or a unit id appears twice in a block.
 * @example
 * const r = rankValues([
 *   { unitId: 'duc-co', unitName: 'Huyện Đức Cơ', block: 'huyện', value: '74.42' as DecimalString },
 *   { unitId: 'chu-se', unitName: 'Huyện Chư Sê', block: 'huyện', value: '80.1' as DecimalString },
 * ], 2);
 * r.blocks[0]?.units[1]?.position; // '2/2'
 */
export function rankValues(
  values: readonly RankInput[],
  places: number,
  by: RankBy = { kind: 'index' },
  unranked: readonly (UnrankedUnit & { readonly criteriaSetId?: string | undefined })[] = [],
): Ranking {
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    throw new RangeError(
      `rankValues: places must be a non-negative integer of at most ${MAX_PLACES}, got ${places}`,
    );
  }
  const groups = groupBlocks(
    values.map((input) => ({ item: prepare(input, places), ...input })),
    unranked.map((u) => ({ item: u, ...u })),
  );
  const blocks: BlockRanking[] = groups.map((g) => {
    const seen = new Set<string>();
    for (const p of g.ranked) {
      const key = identityKey(p.input.unitId);
      if (seen.has(key)) {
        throw new RangeError(
          `rankValues: unit "${p.input.unitId}" appears twice in block "${p.input.block}"`,
        );
      }
      seen.add(key);
    }
    return rankBlock(g.block, g.criteriaSetId, g.ranked, g.unranked);
  });
  return { by, places, blocks, warnings: mixedSets(blocks) };
}

function prepare(input: RankInput, places: number): Prepared {
  const shown =
    input.published !== undefined && PLAIN.test(input.published)
      ? input.published
      : roundShown(input, places);
  return { input, shown, published: qDec(shown) };
}

function roundShown(input: RankInput, places: number): string {
  const value: unknown = input.value;
  // Only finite decimals rank: NaN would compare unequal to everything, Infinity above everyone.
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? roundDecimal(value, 20)
      : typeof value === 'string'
        ? value.trim()
        : '';
  if (!PLAIN.test(text)) {
    throw new RangeError(`rankValues: value of unit "${input.unitId}" is not a decimal`);
  }
  return roundDecimal(text, places);
}

function rankBlock(
  block: string,
  criteriaSetId: string | undefined,
  group: readonly Prepared[],
  unranked: readonly UnrankedUnit[],
): BlockRanking {
  const sorted = [...group].sort(
    (a, b) =>
      qCmp(b.published, a.published) ||
      compareVi(a.input.unitName, b.input.unitName) ||
      compareVi(a.input.unitId, b.input.unitId),
  );
  const of = sorted.length;
  const same = (a: Prepared | undefined, b: Prepared) =>
    a !== undefined && qCmp(a.published, b.published) === 0;
  const units: RankedUnit[] = [];
  let rank = 0;
  sorted.forEach((p, i) => {
    if (!same(sorted[i - 1], p)) rank = i + 1;
    const tied = same(sorted[i - 1], p) || same(sorted[i + 1], p);
    units.push(rankedUnit(p, rank, of, tied));
  });
  const apart = [...unranked]
    .map(({ unitId, unitName, block: b, reason, text, textEn }) => ({
      unitId,
      unitName,
      block: b,
      reason,
      text,
      textEn,
    }))
    .sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.unitId, b.unitId));
  return {
    block,
    ...(criteriaSetId !== undefined ? { criteriaSetId } : {}),
    units,
    unranked: apart,
  };
}

function rankedUnit(p: Prepared, rank: number, of: number, tied: boolean): RankedUnit {
  const { unitId, unitName, block, value, band, criteriaSetId } = p.input;
  return {
    unitId,
    unitName,
    block,
    value,
    ...(band !== undefined ? { band } : {}),
    ...(criteriaSetId !== undefined ? { criteriaSetId } : {}),
    shown: p.shown,
    rank,
    of,
    position: `${rank}/${of}`,
    tied,
  };
}

/** One block name whose criteria sets do not cover the same units. */
function mixedSets(blocks: readonly BlockRanking[]): RankingWarning[] {
  const byName = new Map<string, BlockRanking[]>();
  for (const b of blocks) {
    const key = identityKey(b.block);
    byName.set(key, [...(byName.get(key) ?? []), b]);
  }
  const warnings: RankingWarning[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const ids = (b: BlockRanking) =>
      [...b.units.map((u) => u.unitId), ...b.unranked.map((u) => u.unitId)]
        .map(identityKey)
        .sort()
        .join('\u0000');
    const first = ids(group[0] as BlockRanking);
    if (group.every((b) => ids(b) === first)) continue;
    const block = (group[0] as BlockRanking).block;
    const sets = group.map((b) => b.criteriaSetId ?? '?').join(', ');
    warnings.push({
      code: 'mixed_sets_in_block',
      block,
      message: `Khối "${block}" có đơn vị được chấm theo các bộ chỉ số khác nhau (${sets}); mỗi bộ được xếp hạng riêng. Hãy kiểm tra mục "criteriaSet" của từng hồ sơ.`,
      messageEn: `Block "${block}" has units scored under different criteria sets (${sets}); each set is ranked apart. Check each file's "criteriaSet".`,
    });
  }
  return warnings;
}
