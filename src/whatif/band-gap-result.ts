import type { BandScale } from '../model/bands.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { BandGap } from '../model/whatif-gaps.js';
import type { PlanItem } from '../model/whatif-plan.js';
import { bandGapExact } from './band-gap.js';
import { gapTotals } from './gap-totals.js';
import { readQ, readStepQ } from './grid.js';
import { winnablePoints } from './plan-cheapest.js';
import { planItemsFromResult } from './plan-items.js';

const FN = 'pointsNeededForBandInResult';

/** Options of {@link pointsNeededForBandInResult}. */
export interface BandGapResultOptions {
  /** Points the unit can still win; default: what its plan items can win on the grid. */
  readonly available?: DecimalInput | undefined;
  /** Hold survey points fixed: survey items cannot be won by work (the CLI's default). */
  readonly lockSurvey?: boolean | undefined;
  /** The plan items winnable points come from (default: {@link planItemsFromResult}). */
  readonly items?: readonly PlanItem[] | undefined;
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/**
 * `pointsNeededForBand` on a scored result, on the engine's own numbers: judged as the
 * set judges bands (`classifyOn`, its rounding), points added to the total as scoring adds them,
 * winnable points those of the unit's plan items on the grid.
 *
 * @param result - A scored unit.
 * @param scale - The set's band scale (`set.bands`).
 * @param band - Code of the target band (this band or better).
 * @param options - Available points, survey lock, grid step.
 * @returns As `pointsNeededForBand`.
 * @throws RangeError as `pointsNeededForBand`.
 * @example
 * pointsNeededForBandInResult(result, set.bands, 'htt').pointsNeeded; // '11.85'
 */
export function pointsNeededForBandInResult(
  result: ScoreResult,
  scale: BandScale,
  band: string,
  options: BandGapResultOptions = {},
): BandGap {
  const totals = gapTotals(result);
  const available =
    options.available ??
    winnablePoints(
      options.items ?? planItemsFromResult(result, { unlockSurvey: options.lockSurvey !== true }),
      options.step,
    );
  return bandGapExact(
    {
      points: totals.total,
      raw: totals.raw,
      ...(totals.cap !== undefined ? { cap: totals.cap } : {}),
      max: totals.max,
      band,
      judged: { on: result.classifyOn, places: result.places, mode: result.roundingMode },
      step: readStepQ(options.step, FN),
      available: readQ(available, 'available', FN),
    },
    scale,
  );
}
