import { add, type Int, isZero, sub } from '../internal/int.js';
import { type Q, qAdd, qDec, qSub, scaledToFixed } from '../internal/rational.js';
import type { UnitInfo } from '../model/assessment.js';
import type { DecimalString } from '../model/decimal-string.js';
import type {
  BandResult,
  FiredTrigger,
  NodeScore,
  ScoreResult,
  ScoreWarning,
  ShownTotals,
  Stage,
} from '../model/score-result.js';
import { fireTriggers } from './fire-triggers.js';
import { ds, nodeView, percentOf, shownValue } from './node-view.js';
import type { StageScore } from './stage-score.js';
import { stageWarnings } from './stage-warnings.js';

const internals = new WeakMap<ScoreResult, StageScore>();

/** The engine's own data behind a result it produced, for ranking and what-if (internal). */
export function stageScoreOf(result: ScoreResult): StageScore | undefined {
  return internals.get(result);
}

function fieldsTotal(score: StageScore, stage: 0 | 2): Int {
  let t: Int = 0;
  const points = score.unit.stages[stage].points;
  for (const f of score.unit.program.fields) t = add(t, points[f] as Int);
  return t;
}

/**
 * A score result as the engine keeps it: totals, band and triggers decided at once; the node
 * tree, ratings and warnings built from the compact data on first use (then kept).
 */
class EngineResult implements ScoreResult {
  readonly criteriaSet: ScoreResult['criteriaSet'];
  readonly unit: UnitInfo;
  readonly period: string;
  readonly stage: Stage;
  readonly points: DecimalString;
  readonly basePoints: DecimalString;
  readonly bonus: DecimalString;
  readonly penalty: DecimalString;
  readonly max: DecimalString;
  readonly nominalMax: DecimalString;
  readonly index: DecimalString;
  readonly shown: ShownTotals;
  readonly places: number;
  readonly roundingMode: 'half-up' | 'half-even';
  readonly classifyOn: 'published' | 'exact';
  readonly band?: BandResult | undefined;
  readonly triggers: readonly FiredTrigger[];
  readonly lostAtAppraisal: DecimalString;
  #fields: readonly NodeScore[] | undefined;
  #warnings: readonly ScoreWarning[] | undefined;

  constructor(score: StageScore) {
    const { unit } = score;
    const set = unit.program.set;
    this.criteriaSet = {
      id: set.id,
      title: set.title,
      ...(set.titleEn !== undefined ? { titleEn: set.titleEn } : {}),
      ...(set.year !== undefined ? { year: set.year } : {}),
      provenance: set.provenance,
    };
    this.unit = unit.assessment.unit;
    this.period = unit.assessment.period;
    this.stage = score.stage;
    this.points = ds(unit, score.total);
    this.basePoints = ds(unit, score.base);
    this.bonus = ds(unit, unit.bonus);
    this.penalty = ds(unit, unit.penalty);
    this.max = ds(unit, unit.unitMax);
    this.nominalMax = set.max;
    this.index = percentOf(score.total, unit.unitMax);
    const { places, mode } = set.rounding;
    this.shown = {
      points: shownValue(unit, score.total),
      max: shownValue(unit, unit.unitMax),
      index: scaledToFixed(score.published, places),
    };
    this.places = places;
    this.roundingMode = mode;
    this.classifyOn = set.classifyOn;
    const level = unit.program.bands?.levels[score.band];
    if (level !== undefined) {
      this.band = {
        code: level.code,
        label: level.label,
        ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
      };
    }
    this.triggers = fireTriggers(score);
    this.lostAtAppraisal = ds(unit, sub(fieldsTotal(score, 0), fieldsTotal(score, 2)));
    internals.set(this, score);
  }

  get fields(): readonly NodeScore[] {
    if (this.#fields === undefined) {
      const score = internals.get(this) as StageScore;
      this.#fields = Array.from(score.unit.program.fields, (f) => nodeView(score, f));
    }
    return this.#fields;
  }

  get ratings(): readonly NodeScore[] {
    const score = internals.get(this) as StageScore;
    const out: NodeScore[] = [];
    const visit = (nodes: readonly NodeScore[]): void => {
      for (const n of nodes) {
        if (n.rating !== undefined) out.push(n);
        visit(n.children);
      }
    };
    if (score.unit.program.rating !== undefined) visit(this.fields);
    return out;
  }

  get warnings(): readonly ScoreWarning[] {
    if (this.#warnings === undefined)
      this.#warnings = stageWarnings(internals.get(this) as StageScore);
    return this.#warnings;
  }

  /**
   * The whole result as plain JSON, each thing once: the node tree (without per-node warnings,
   * which are listed once in `warnings`), and ratings as references to the tree by code.
   */
  toJSON(): Record<string, unknown> {
    const strip = (n: NodeScore): Record<string, unknown> => {
      const { warnings: _w, children, ...rest } = n;
      return children.length > 0 ? { ...rest, children: children.map(strip) } : rest;
    };
    return {
      criteriaSet: this.criteriaSet,
      unit: this.unit,
      period: this.period,
      stage: this.stage,
      points: this.points,
      basePoints: this.basePoints,
      bonus: this.bonus,
      penalty: this.penalty,
      max: this.max,
      nominalMax: this.nominalMax,
      index: this.index,
      shown: this.shown,
      places: this.places,
      roundingMode: this.roundingMode,
      classifyOn: this.classifyOn,
      ...(this.band !== undefined ? { band: this.band } : {}),
      triggers: this.triggers,
      lostAtAppraisal: this.lostAtAppraisal,
      ratings: this.ratings.map((n) => ({
        code: n.code,
        percent: n.percent,
        shown: n.shown.percent,
        rating: n.rating,
      })),
      warnings: this.warnings,
      fields: this.fields.map(strip),
    };
  }
}

/** Wraps a decided stage as a public {@link ScoreResult}. */
export function toResult(score: StageScore): ScoreResult {
  return new EngineResult(score);
}

/** True when the unit has an applicable maximum (it can be banded and ranked). */
export function hasApplicableMax(score: StageScore): boolean {
  return !isZero(score.unit.unitMax);
}

/** A unit's total as what-if needs it, exact: raw (before floor and cap), total, maximum, cap. */
export interface ExactTotals {
  readonly raw: Q;
  readonly total: Q;
  readonly max: Q;
  readonly cap?: Q | undefined;
}

/**
 * The exact totals behind a result: from the engine's own data, or read back from the result's
 * strings for a result built by hand.
 */
export function exactTotals(result: ScoreResult): ExactTotals {
  const score = internals.get(result);
  if (score === undefined) {
    const raw = qSub(qAdd(qDec(result.basePoints), qDec(result.bonus)), qDec(result.penalty));
    return { raw, total: qDec(result.points), max: qDec(result.max) };
  }
  const { unit } = score;
  const over = (n: Int): Q => ({ n, d: unit.den });
  return {
    raw: over(score.raw),
    total: over(score.total),
    max: over(unit.unitMax),
    ...(unit.program.set.totalCap === 'max' ? { cap: over(unit.unitMax) } : {}),
  };
}

/** A node's exact points and applicable maximum, when the result comes from the engine. */
export function exactNode(result: ScoreResult, code: string): { points: Q; max: Q } | undefined {
  const score = internals.get(result);
  const i = score?.unit.program.index.get(code);
  if (score === undefined || i === undefined) return undefined;
  return {
    points: { n: score.data.points[i] as Int, d: score.unit.den },
    max: { n: score.unit.max[i] as Int, d: score.unit.den },
  };
}
