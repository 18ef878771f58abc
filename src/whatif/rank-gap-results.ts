import { type Dec, dec, sum, toDs } from '../internal/decimal.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import type { RankGap } from '../model/whatif-gaps.js';
import { pointsNeededForRank } from './rank-gap.js';

/** Options of {@link pointsNeededForRankInResults}. */
export interface RankGapResultsOptions {
  /** Points the unit can still win; default `max − points`, or see `lockSurvey`. */
  readonly available?: DecimalInput | undefined;
  /** Count only points lost on appraisal-method leaves as winnable (survey points held fixed). */
  readonly lockSurvey?: boolean | undefined;
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
  /** Decimal places compared (default: the unit's result `places`). */
  readonly places?: number | undefined;
}

/** Points lost on applicable leaves scored by appraisal (what work can still win). */
export function appraisalLost(nodes: readonly NodeScore[]): Dec {
  return sum(
    nodes.map((n) =>
      n.children.length > 0
        ? appraisalLost(n.children)
        : n.applicable && n.method === 'appraisal'
          ? dec(n.lost)
          : dec(0),
    ),
  );
}

/**
 * {@link pointsNeededForRank} from scored results: the unit's block-mates (same `unit.block`)
 * are the others, held at their current index.
 *
 * @param results - Scored units, any blocks.
 * @param unitId - The unit to lift.
 * @param k - Target: rank ≤ k.
 * @param options - Available points, grid step, places.
 * @returns As {@link pointsNeededForRank}.
 * @throws RangeError when no result has this unit id, or as {@link pointsNeededForRank}.
 * @example
 * pointsNeededForRankInResults(results, 'tu-ky', 6).text;
 * // 'Cần thêm 2,37 điểm để đạt hạng 6/12 (vượt Huyện X 86,45 %)'
 */
export function pointsNeededForRankInResults(
  results: readonly ScoreResult[],
  unitId: string,
  k: number,
  options: RankGapResultsOptions = {},
): RankGap {
  const unit = results.find((r) => r.unit.id === unitId);
  if (unit === undefined) {
    throw new RangeError(`pointsNeededForRankInResults: no result for unit "${unitId}"`);
  }
  const available =
    options.available ?? (options.lockSurvey ? toDs(appraisalLost(unit.fields)) : undefined);
  return pointsNeededForRank({
    points: unit.points,
    max: unit.max,
    k,
    name: unit.unit.name,
    places: options.places ?? unit.places,
    others: results
      .filter((r) => r.unit.block === unit.unit.block && r.unit.id !== unitId)
      .map((r) => ({ id: r.unit.id, name: r.unit.name, index: r.index })),
    ...(available !== undefined ? { available } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
  });
}
