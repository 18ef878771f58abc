import { roundDecimal } from '../format/round.js';
import { type Dec, dec, sum, toDs, ZERO } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';

/** How many units of a block hold one band. */
export interface BandCount {
  /** Band code in the criteria set (e.g. `htt`). */
  readonly code: string;
  /** Band label (Vietnamese). */
  readonly label: string;
  /** Band label in English, when the set has one. */
  readonly labelEn?: string | undefined;
  /** Units in this band. */
  readonly count: number;
}

/** One field's averages over the units of a block where it applies. */
export interface FieldAverage {
  /** Field code. */
  readonly code: string;
  /** Field name (Vietnamese). */
  readonly name: string;
  /** Field name in English, when the set has one. */
  readonly nameEn?: string | undefined;
  /** Units for which the field applies (the averages' denominator). */
  readonly units: number;
  /** Average points in the field (exact). */
  readonly averagePoints: DecimalString;
  /** Average of the units' field sub-index, in percent (exact). */
  readonly averagePercent: DecimalString;
}

/** The statistics a published decision prints for a block (khối). */
export interface BlockSummary {
  /** Block name. */
  readonly block: string;
  /** Units summarised. */
  readonly units: number;
  /** Average self-assessed total (the results' points plus the points lost at appraisal). */
  readonly averageSelfPoints: DecimalString;
  /** Average total points at the results' stage (at `final`: the appraised points). */
  readonly averagePoints: DecimalString;
  /** Average index, in percent. */
  readonly averageIndex: DecimalString;
  /** Points lost at appraisal, all units together. */
  readonly totalLostAtAppraisal: DecimalString;
  /** Average points lost at appraisal per unit. */
  readonly averageLostAtAppraisal: DecimalString;
  /** Units per band, best band first (ordered by the best index among its units). */
  readonly bands: readonly BandCount[];
  /** Units without a band. */
  readonly unbanded: number;
  /** Per-field averages, fields in tree order. */
  readonly fields: readonly FieldAverage[];
  /** Decimal places of the display values (the results' own). */
  readonly places: number;
  /** The averages rounded for display (half-up, `places` decimals). */
  readonly shown: {
    /** {@link BlockSummary.averageSelfPoints}, rounded. */
    readonly averageSelfPoints: string;
    /** {@link BlockSummary.averagePoints}, rounded. */
    readonly averagePoints: string;
    /** {@link BlockSummary.averageIndex}, rounded. */
    readonly averageIndex: string;
    /** {@link BlockSummary.averageLostAtAppraisal}, rounded. */
    readonly averageLostAtAppraisal: string;
  };
}

// Exact sums of exact decimal strings; the division is the only inexact step (40 digits).
function average(values: readonly Dec[]): DecimalString {
  return values.length === 0 ? toDs(ZERO) : toDs(sum(values).dividedBy(values.length));
}

/**
 * Summarises one block's results: averages of the self-assessed and final totals and of the
 * index, points lost at appraisal, units per band and per-field averages. Averages are exact
 * (sums of the exact decimal strings, one division); `shown` rounds them for display only.
 *
 * @param results - The scored units of one block (e.g. `ranking.blocks[i]`'s units' results).
 * @returns The block's statistics; zeros for no results.
 * @example
 * const summary = summariseBlock(results.filter((r) => r.unit.block === 'xã'));
 * summary.shown.averageIndex; // '81.25'
 */
export function summariseBlock(results: readonly ScoreResult[]): BlockSummary {
  const places = results[0]?.places ?? 2;
  const points = results.map((r) => dec(r.points));
  const lost = results.map((r) => dec(r.lostAtAppraisal));
  const self = points.map((p, i) => p.plus(lost[i] ?? ZERO));
  const averages = {
    averageSelfPoints: average(self),
    averagePoints: average(points),
    averageIndex: average(results.map((r) => dec(r.index))),
    averageLostAtAppraisal: average(lost),
  };
  return {
    block: results[0]?.unit.block ?? '',
    units: results.length,
    ...averages,
    totalLostAtAppraisal: toDs(sum(lost)),
    bands: bandCounts(results),
    unbanded: results.filter((r) => r.band === undefined).length,
    fields: fieldAverages(results),
    places,
    shown: {
      averageSelfPoints: roundDecimal(averages.averageSelfPoints, places),
      averagePoints: roundDecimal(averages.averagePoints, places),
      averageIndex: roundDecimal(averages.averageIndex, places),
      averageLostAtAppraisal: roundDecimal(averages.averageLostAtAppraisal, places),
    },
  };
}

/**
 * {@link summariseBlock} for every block of a batch, blocks in the order first seen.
 *
 * @example
 * summariseBlocks(results).map((s) => [s.block, s.units]); // [['huyện', 12], ['xã', 4]]
 */
export function summariseBlocks(results: readonly ScoreResult[]): BlockSummary[] {
  const byBlock = new Map<string, ScoreResult[]>();
  for (const r of results) byBlock.set(r.unit.block, [...(byBlock.get(r.unit.block) ?? []), r]);
  return [...byBlock.values()].map(summariseBlock);
}

function bandCounts(results: readonly ScoreResult[]): BandCount[] {
  const seen = new Map<string, { band: BandCount; best: Dec }>();
  for (const r of results) {
    if (r.band === undefined) continue;
    const index = dec(r.index);
    const at = seen.get(r.band.code);
    const { code, label, labelEn } = r.band;
    seen.set(code, {
      band: {
        code,
        label,
        ...(labelEn !== undefined ? { labelEn } : {}),
        count: (at?.band.count ?? 0) + 1,
      },
      best: at === undefined || index.greaterThan(at.best) ? index : at.best,
    });
  }
  return [...seen.values()]
    .sort((a, b) => b.best.comparedTo(a.best) || (a.band.code < b.band.code ? -1 : 1))
    .map((x) => x.band);
}

function fieldAverages(results: readonly ScoreResult[]): FieldAverage[] {
  const order = new Map<string, { name: string; nameEn?: string | undefined }>();
  for (const r of results) for (const f of r.fields) if (!order.has(f.code)) order.set(f.code, f);
  return [...order].map(([code, named]) => {
    const nodes = results.flatMap((r) => r.fields.filter((f) => f.code === code && f.applicable));
    return {
      code,
      name: named.name,
      ...(named.nameEn !== undefined ? { nameEn: named.nameEn } : {}),
      units: nodes.length,
      averagePoints: average(nodes.map((n) => dec(n.points))),
      averagePercent: average(nodes.map((n) => dec(n.percent))),
    };
  });
}
