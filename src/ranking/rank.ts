import { roundDecimal } from '../format/round.js';
import { type Dec, dec } from '../internal/decimal.js';
import type { BlockRanking, RankBy, RankedUnit, RankInput, Ranking } from '../model/ranking.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';

const collator = new Intl.Collator('vi');

/** Most decimal places a ranking compares (a criteria set may publish 0 to 10). */
const MAX_PLACES = 10;

// Vietnamese collation, then code units, so that distinct strings never compare equal.
function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

interface Prepared {
  readonly input: RankInput;
  readonly shown: string;
  readonly rounded: Dec;
}

/**
 * Ranks values within their blocks (khối): highest value first, competition ranking.
 *
 * Values are compared as published, i.e. rounded half-up to `places`: 84.574 and 84.5749 both
 * show 84.57 and tie, while 84.575 shows 84.58 and ranks above them. No official tie rule was
 * found, so ties share a rank and the next rank skips (1, 2, 2, 4). Within a tie, units are
 * listed in Vietnamese alphabetical order of name, then by id, so the order never depends on
 * the input order.
 *
 * @param values - The values to rank; each unit's id must be unique within its block.
 * @param places - Decimal places of the published values (usually 2).
 * @param by - What the values are (recorded in the result).
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
): Ranking {
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    throw new RangeError(
      `rankValues: places must be a non-negative integer of at most ${MAX_PLACES}, got ${places}`,
    );
  }
  const groups = new Map<string, Prepared[]>();
  // Block and unit id, with a separator no id contains: finds duplicates in linear time.
  const seen = new Set<string>();
  for (const input of values) {
    const group = groups.get(input.block) ?? [];
    if (group.length === 0) groups.set(input.block, group);
    const key = `${input.block}\u0000${input.unitId}`;
    if (seen.has(key)) {
      throw new RangeError(
        `rankValues: unit "${input.unitId}" appears twice in block "${input.block}"`,
      );
    }
    seen.add(key);
    const shown = roundShown(input, places);
    group.push({ input, shown, rounded: dec(shown) });
  }
  const blocks = [...groups.keys()]
    .sort(compareVi)
    .map((block) => rankBlock(block, groups.get(block) ?? []));
  return { by, places, blocks };
}

function roundShown(input: RankInput, places: number): string {
  const value: unknown = input.value;
  // Only finite decimals rank: NaN would compare unequal to everything, Infinity above everyone.
  const finite =
    (typeof value === 'string' && value.trim() !== '') ||
    (typeof value === 'number' && Number.isFinite(value));
  try {
    if (finite && dec(value as string).isFinite()) return roundDecimal(input.value, places);
  } catch {
    // reported below
  }
  throw new RangeError(`rankValues: value of unit "${input.unitId}" is not a decimal`);
}

function rankBlock(block: string, group: readonly Prepared[]): BlockRanking {
  const sorted = [...group].sort(
    (a, b) =>
      b.rounded.comparedTo(a.rounded) ||
      compareVi(a.input.unitName, b.input.unitName) ||
      compareVi(a.input.unitId, b.input.unitId),
  );
  const of = sorted.length;
  const units: RankedUnit[] = [];
  let rank = 0;
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev === undefined || !prev.rounded.equals(p.rounded)) rank = i + 1;
    const tied =
      (prev?.rounded.equals(p.rounded) ?? false) ||
      (sorted[i + 1]?.rounded.equals(p.rounded) ?? false);
    units.push(rankedUnit(p, rank, of, tied));
  });
  return { block, units };
}

function rankedUnit(p: Prepared, rank: number, of: number, tied: boolean): RankedUnit {
  const { unitId, unitName, block, value, band } = p.input;
  return {
    unitId,
    unitName,
    block,
    value,
    ...(band !== undefined ? { band } : {}),
    shown: p.shown,
    rank,
    of,
    position: `${rank}/${of}`,
    tied,
  };
}

/** Options of {@link rankResults}. */
export interface RankResultsOptions {
  /** What to rank: the index (default) or a node's percent. */
  readonly by?: RankBy | undefined;
  /** Decimal places compared; defaults to the results' `places` (the largest if they differ). */
  readonly places?: number | undefined;
}

/**
 * Ranks scored units within their blocks, by index or by a node's sub-index (percent of its
 * applicable maximum). See {@link rankValues} for the tie rule.
 *
 * @param results - One result per unit.
 * @param options - What to rank and at how many decimal places.
 * @returns The ranking; bands are copied from the results.
 * @throws RangeError when a result has no node with the code ranked, or as {@link rankValues}.
 * @example
 * const byIndex = rankResults(results);
 * const byTthc = rankResults(results, { by: { kind: 'node', code: '3' } });
 */
export function rankResults(
  results: readonly ScoreResult[],
  options: RankResultsOptions = {},
): Ranking {
  const by = options.by ?? { kind: 'index' };
  // Results of different sets may publish different places; the finer one separates more.
  const places =
    options.places ?? (results.length > 0 ? Math.max(...results.map((r) => r.places)) : 2);
  const inputs = results.map((r): RankInput => {
    const value = by.kind === 'index' ? r.index : nodePercent(r, by.code);
    return {
      unitId: r.unit.id,
      unitName: r.unit.name,
      block: r.unit.block,
      value,
      ...(r.band !== undefined ? { band: r.band } : {}),
    };
  });
  return rankValues(inputs, places, by);
}

function nodePercent(result: ScoreResult, code: string): RankInput['value'] {
  const node = findIn(result.fields, code);
  if (node === undefined) {
    throw new RangeError(`rankResults: unit "${result.unit.id}" has no node "${code}"`);
  }
  return node.percent;
}

function findIn(nodes: readonly NodeScore[], code: string): NodeScore | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = findIn(node.children, code);
    if (found !== undefined) return found;
  }
  return undefined;
}
