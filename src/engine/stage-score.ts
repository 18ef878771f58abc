import type { CompiledScale } from '../compile/program.js';
import { cmp, type Int, mul, pow10 } from '../internal/int.js';
import {
  type Q,
  Q0,
  Q100,
  qAdd,
  qCmp,
  qDiv,
  qMin,
  qMul,
  qRoundScaled,
  qSub,
  roundDiv,
} from '../internal/rational.js';
import type { Stage } from '../model/score-result.js';
import { exactPoints, gridQ } from './exact.js';
import { qOnGrid } from './grid.js';
import { STATUS, type StageData, stageIndex, type UnitData } from './unit-data.js';

/**
 * One stage of a unit decided: totals, the published index, the band, each rated node's level.
 * Every decision is exact: taken on the grid when both ends of a value's interval agree, on the
 * exact path otherwise. Published values are integer counts of 10^−places.
 */
export interface StageScore {
  readonly unit: UnitData;
  readonly stage: Stage;
  readonly data: StageData;
  /** Published index, in units of 10^−places (0 when the unit has no applicable maximum). */
  readonly published: Int;
  /** Position of the band in the set's scale, −1 for none. */
  readonly band: number;
  /** Rating level of each node at the rated depth (−1: not rated). */
  readonly ratings: Int8Array;
  /** The exact totals, computed when first asked for. */
  totals?: Totals | undefined;
}

/** A stage's exact totals. */
export interface Totals {
  /** Sum of the fields' points. */
  readonly base: Q;
  /** base + bonus − penalty, before the floor at 0 and the cap. */
  readonly raw: Q;
  /** The total: raw within [0, cap]. */
  readonly total: Q;
}

/** The exact totals of a stage (kept once computed). */
export function totalsOf(score: StageScore): Totals {
  if (score.totals !== undefined) return score.totals;
  const { unit, data } = score;
  let base: Q = Q0;
  for (const f of unit.program.fields) base = qAdd(base, exactPoints(unit, data, f));
  const raw = qSub(qAdd(base, unit.bonus), unit.penalty);
  let total = qCmp(raw, Q0) < 0 ? Q0 : raw;
  if (unit.program.set.totalCap === 'max') total = qMin(total, gridQ(unit, unit.unitMax));
  score.totals = { base, raw, total };
  return score.totals;
}

/** points ÷ max × 100 published by the set's rule, in units of 10^−places; for grid values. */
function publishGrid(unit: UnitData, points: number, max: number): number {
  const { places, mode } = unit.program.set.rounding;
  // The grid is chosen so that points × 10^(places + 2) stays a safe integer.
  return roundDiv(points * (pow10(places + 2) as number), max, mode) as number;
}

/** The same for an exact value. */
function publishExact(unit: UnitData, points: Q, max: number): Int {
  const { places, mode } = unit.program.set.rounding;
  return qRoundScaled(qDiv(qMul(points, Q100), gridQ(unit, max)), places, mode);
}

/**
 * A node's published percent: on the grid when its interval rounds one way, else exactly.
 * `lo` and `k` are the node's grid value and inexact count.
 */
export function publishedPercent(unit: UnitData, data: StageData, i: number): Int {
  const max = unit.max[i] as number;
  const lo = data.points[i] as number;
  const k = data.inexact[i] as number;
  const a = publishGrid(unit, lo, max);
  if (unit.exactOnly !== true && (k === 0 || publishGrid(unit, lo + k, max) === a)) return a;
  return publishExact(unit, exactPoints(unit, data, i), max);
}

/** The value bands, ratings and triggers compare for node `i` (percent). */
export function nodeDecisionValue(unit: UnitData, data: StageData, i: number): Q {
  const { places } = unit.program.set.rounding;
  if (unit.program.set.classifyOn === 'published') {
    return { n: publishedPercent(unit, data, i), d: pow10(places) };
  }
  return qDiv(qMul(exactPoints(unit, data, i), Q100), gridQ(unit, unit.max[i] as number));
}

/** True when a node's percent (as the set decides) reaches `threshold`, decided on the grid when it can be. */
export function nodeReaches(unit: UnitData, data: StageData, i: number, threshold: Q): boolean {
  if (unit.program.set.classifyOn === 'published') {
    return qCmp(nodeDecisionValue(unit, data, i), threshold) >= 0;
  }
  const max = unit.max[i] as number;
  const lo = data.points[i] as number;
  const k = data.inexact[i] as number;
  // percent ≥ t ⟺ points × 100 × t.d ≥ t.n × max (grid units on both sides).
  const reaches = (x: number) =>
    qCmp({ n: mul(mul(x, 100), threshold.d), d: 1 }, { n: mul(threshold.n, max), d: 1 }) >= 0;
  const a = reaches(lo);
  if (unit.exactOnly !== true && (k === 0 || reaches(lo + k) === a)) return a;
  return qCmp(nodeDecisionValue(unit, data, i), threshold) >= 0;
}

/** The first level (best first) whose inclusive minimum the value reaches, or −1. */
export function levelOf(scale: CompiledScale, value: Q): number {
  for (let i = 0; i < scale.mins.length; i++) if (qCmp(value, scale.mins[i] as Q) >= 0) return i;
  return -1;
}

/** {@link levelOf} for a published value, `n` units of 10^−places, without building a rational. */
function levelOfPublished(scale: CompiledScale, n: Int, places: number): number {
  const unit = pow10(places);
  for (let i = 0; i < scale.mins.length; i++) {
    const min = scale.mins[i] as Q;
    if (cmp(mul(n, min.d), mul(min.n, unit)) >= 0) return i;
  }
  return -1;
}

/** The first level a node reaches, decided as the set decides. */
function nodeLevel(unit: UnitData, data: StageData, i: number, scale: CompiledScale): number {
  // On published values the node's percent is rounded once and compared with every level.
  if (unit.program.set.classifyOn === 'published') {
    const { places } = unit.program.set.rounding;
    return levelOfPublished(scale, publishedPercent(unit, data, i), places);
  }
  for (let l = 0; l < scale.mins.length; l++) {
    if (nodeReaches(unit, data, i, scale.mins[l] as Q)) return l;
  }
  return -1;
}

/** The unit's total on the grid as an interval [lo, lo + k], when bonus and penalty are on it. */
function totalOnGrid(unit: UnitData, data: StageData): { lo: number; k: number } | undefined {
  const scale = unit.program.fixed.scale;
  const adjust = qSub(unit.bonus, unit.penalty);
  const out = qOnGrid(qCmp(adjust, Q0) < 0 ? qSub(Q0, adjust) : adjust, scale, {
    v: 0,
    exact: true,
  });
  if (!out.exact) return undefined;
  const a = qCmp(adjust, Q0) < 0 ? -out.v : out.v;
  let base = 0;
  let k = 0;
  for (const f of unit.program.fields) {
    base += data.points[f] as number;
    k += data.inexact[f] as number;
  }
  const cap = unit.program.set.totalCap === 'max' ? unit.unitMax : Number.POSITIVE_INFINITY;
  const clamp = (x: number) => Math.min(Math.max(x, 0), cap);
  const lo = clamp(base + a);
  return { lo, k: clamp(base + a + k) - lo };
}

/** Decides one stage of a unit. */
export function scoreStage(unit: UnitData, stage: Stage): StageScore {
  const { program } = unit;
  const data = unit.stages[stageIndex(stage)];
  const hasMax = unit.unitMax !== 0;
  const score: StageScore = {
    unit,
    stage,
    data,
    published: 0,
    band: -1,
    ratings: data.ratings,
  };
  let published: Int = 0;
  if (hasMax) {
    const grid = totalOnGrid(unit, data);
    const a = grid === undefined ? undefined : publishGrid(unit, grid.lo, unit.unitMax);
    published =
      unit.exactOnly !== true &&
      grid !== undefined &&
      a !== undefined &&
      (grid.k === 0 || publishGrid(unit, grid.lo + grid.k, unit.unitMax) === a)
        ? a
        : publishExact(unit, totalsOf(score).total, unit.unitMax);
  }
  let band = -1;
  if (program.bands !== undefined && hasMax) {
    const { places } = program.set.rounding;
    band =
      program.set.classifyOn === 'published'
        ? levelOfPublished(program.bands, published, places)
        : levelOf(
            program.bands,
            qDiv(qMul(totalsOf(score).total, Q100), gridQ(unit, unit.unitMax)),
          );
  }
  // The stage's own array: the same levels each time this stage is decided.
  const ratings = data.ratings;
  ratings.fill(-1);
  const rating = program.rating;
  if (rating !== undefined) {
    for (let i = 0; i < program.size; i++) {
      if (program.depth[i] !== rating.depth || data.status[i] !== STATUS.SCORED) continue;
      ratings[i] = nodeLevel(unit, data, i, rating.scale);
    }
  }
  return { ...score, published, band, ratings };
}

/** The unit's total as published (the set's rounding), in units of 10^−places. */
export function publishedTotal(score: StageScore): Int {
  const { unit, data } = score;
  const { places, mode } = unit.program.set.rounding;
  const grid = totalOnGrid(unit, data);
  if (grid !== undefined && unit.exactOnly !== true) {
    const scale = unit.program.fixed.scale;
    const at = (x: number) => roundDiv(mul(x, pow10(places)), scale, mode);
    const a = at(grid.lo);
    if (grid.k === 0 || at(grid.lo + grid.k) === a) return a;
  }
  return qRoundScaled(totalsOf(score).total, places, mode);
}
