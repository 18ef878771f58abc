import type { CompiledScale } from '../compile/program.js';
import { add, cmp, type Int, isZero, mul, pow10, sub } from '../internal/int.js';
import { type Q, qCmp, roundDiv } from '../internal/rational.js';
import type { Stage } from '../model/score-result.js';
import { STATUS, type StageData, stageIndex, type UnitData } from './unit-data.js';

/**
 * One stage of a unit decided: totals, the published index, the band, each rated node's level.
 * Everything that decides is exact; `published` values are integer counts of 10^−places.
 */
export interface StageScore {
  readonly unit: UnitData;
  readonly stage: Stage;
  readonly data: StageData;
  /** Sum of the fields' points. */
  readonly base: Int;
  /** base + bonus − penalty, before the floor at 0 and the cap. */
  readonly raw: Int;
  /** The total: raw within [0, cap]. */
  readonly total: Int;
  /** Published index, in units of 10^−places (0 when the unit has no applicable maximum). */
  readonly published: Int;
  /** Position of the band in the set's scale, −1 for none. */
  readonly band: number;
  /** Rating level of each node at the rated depth (−1: not rated). */
  readonly ratings: Int8Array;
}

/** The value bands, ratings and triggers compare: published (default) or exact percent. */
export function decisionValue(unit: UnitData, points: Int, max: Int): Q {
  const { places, mode } = unit.program.set.rounding;
  if (unit.program.set.classifyOn === 'exact') return { n: mul(points, 100), d: max };
  return { n: roundDiv(mul(mul(points, 100), pow10(places)), max, mode), d: pow10(places) };
}

/** The first level (best first) whose inclusive minimum the value reaches, or −1. */
export function levelOf(scale: CompiledScale, value: Q): number {
  for (let i = 0; i < scale.mins.length; i++) if (qCmp(value, scale.mins[i] as Q) >= 0) return i;
  return -1;
}

/** The total of a unit for a given base: base + bonus − penalty, never below 0, capped. */
export function totalOf(unit: UnitData, base: Int): { raw: Int; total: Int } {
  const raw = sub(add(base, unit.bonus), unit.penalty);
  let total = cmp(raw, 0) < 0 ? 0 : raw;
  if (unit.program.set.totalCap === 'max' && cmp(total, unit.unitMax) > 0) total = unit.unitMax;
  return { raw, total };
}

/** The published index of a total, in units of 10^−places. */
export function publishedIndex(unit: UnitData, total: Int): Int {
  if (isZero(unit.unitMax)) return 0;
  const { places, mode } = unit.program.set.rounding;
  return roundDiv(mul(mul(total, 100), pow10(places)), unit.unitMax, mode);
}

/** Decides one stage of a unit. */
export function scoreStage(unit: UnitData, stage: Stage): StageScore {
  const { program } = unit;
  const data = unit.stages[stageIndex(stage)];
  let base: Int = 0;
  for (const f of program.fields) base = add(base, data.points[f] as Int);
  const { raw, total } = totalOf(unit, base);
  const hasMax = !isZero(unit.unitMax);
  const band =
    program.bands !== undefined && hasMax
      ? levelOf(program.bands, decisionValue(unit, total, unit.unitMax))
      : -1;
  const ratings = new Int8Array(program.size).fill(-1);
  const rating = program.rating;
  if (rating !== undefined) {
    for (let i = 0; i < program.size; i++) {
      if (program.depth[i] !== rating.depth || data.status[i] !== STATUS.SCORED) continue;
      ratings[i] = levelOf(
        rating.scale,
        decisionValue(unit, data.points[i] as Int, unit.max[i] as Int),
      );
    }
  }
  return {
    unit,
    stage,
    data,
    base,
    raw,
    total,
    published: publishedIndex(unit, total),
    band,
    ratings,
  };
}
