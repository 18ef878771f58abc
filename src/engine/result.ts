import { type Q, Q0, qAdd, qCmp, qDec, qSub, scaledToFixed } from '../internal/rational.js';
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
import { exactPoints, gridQ } from './exact.js';
import { fireTriggers } from './fire-triggers.js';
import { ds, nodeView, percentOf, shownValue } from './node-view.js';
import { publishedTotal, type StageScore, totalsOf } from './stage-score.js';
import { stageWarnings } from './stage-warnings.js';

const internals = new WeakMap<ScoreResult, StageScore>();

/** The engine's own data behind a result it produced, for ranking and what-if (internal). */
export function stageScoreOf(result: ScoreResult): StageScore | undefined {
  return internals.get(result);
}

/**
 * A score result as the engine keeps it: the published index, band and ratings decided at once;
 * triggers with their reasons, exact totals, display values, the node tree and warnings built
 * from the compact data on first use (then kept).
 */
class EngineResult implements ScoreResult {
  readonly criteriaSet: ScoreResult['criteriaSet'];
  readonly unit: UnitInfo;
  readonly period: string;
  readonly stage: Stage;
  readonly nominalMax: DecimalString;
  readonly places: number;
  readonly roundingMode: 'half-up' | 'half-even';
  readonly classifyOn: 'published' | 'exact';
  readonly band?: BandResult | undefined;
  #triggers: readonly FiredTrigger[] | undefined;
  #shown: ShownTotals | undefined;
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
    this.nominalMax = set.max;
    this.places = set.rounding.places;
    this.roundingMode = set.rounding.mode;
    this.classifyOn = set.classifyOn;
    const level = unit.program.bands?.levels[score.band];
    if (level !== undefined) {
      this.band = {
        code: level.code,
        label: level.label,
        ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
      };
    }
    internals.set(this, score);
    // The lazy values are also own enumerable properties, so that `{ ...result }`, structured
    // copies and deep-equality see them as they would a plain object's.
    for (const [key, descriptor] of lazyDescriptors()) Object.defineProperty(this, key, descriptor);
  }

  get triggers(): readonly FiredTrigger[] {
    if (this.#triggers === undefined) this.#triggers = fireTriggers(this.#score);
    return this.#triggers;
  }

  get #score(): StageScore {
    return internals.get(this) as StageScore;
  }

  get points(): DecimalString {
    return ds(totalsOf(this.#score).total);
  }

  get basePoints(): DecimalString {
    return ds(totalsOf(this.#score).base);
  }

  get bonus(): DecimalString {
    return ds(this.#score.unit.bonus);
  }

  get penalty(): DecimalString {
    return ds(this.#score.unit.penalty);
  }

  get max(): DecimalString {
    const { unit } = this.#score;
    return ds(gridQ(unit, unit.unitMax));
  }

  get index(): DecimalString {
    const score = this.#score;
    return percentOf(totalsOf(score).total, gridQ(score.unit, score.unit.unitMax));
  }

  get shown(): ShownTotals {
    if (this.#shown === undefined) {
      const score = this.#score;
      const { unit } = score;
      this.#shown = {
        points: scaledToFixed(publishedTotal(score), this.places),
        max: shownValue(unit, gridQ(unit, unit.unitMax)),
        index: scaledToFixed(score.published, this.places),
      };
    }
    return this.#shown;
  }

  get lostAtAppraisal(): DecimalString {
    const { unit } = this.#score;
    let lost: Q = Q0;
    for (const f of unit.program.fields) {
      lost = qAdd(
        lost,
        qSub(exactPoints(unit, unit.stages[0], f), exactPoints(unit, unit.stages[2], f)),
      );
    }
    return ds(lost);
  }

  get fields(): readonly NodeScore[] {
    if (this.#fields === undefined) {
      const score = this.#score;
      this.#fields = Array.from(score.unit.program.fields, (f) => nodeView(score, f));
    }
    return this.#fields;
  }

  get ratings(): readonly NodeScore[] {
    const out: NodeScore[] = [];
    const visit = (nodes: readonly NodeScore[]): void => {
      for (const n of nodes) {
        if (n.rating !== undefined) out.push(n);
        visit(n.children);
      }
    };
    if (this.#score.unit.program.rating !== undefined) visit(this.fields);
    return out;
  }

  get warnings(): readonly ScoreWarning[] {
    if (this.#warnings === undefined) this.#warnings = stageWarnings(this.#score);
    return this.#warnings;
  }

  /**
   * The result as compact plain JSON, each thing once: totals, published values, band, triggers,
   * warnings (listed once, not per node), and the nodes as a flat list in tree order with only
   * what scoring computed for them (a rated node carries its rating's code). What the criteria set says of a node (name,
   * maximum, method, tags, rule) and the assessment's own entries (evidence, explanations) are
   * not repeated: they are in the set and the assessment (the CLI's JSON document lists the
   * sets once).
   */
  toJSON(): Record<string, unknown> {
    const nodes: Record<string, unknown>[] = [];
    const visit = (list: readonly NodeScore[]): void => {
      for (const n of list) {
        nodes.push(compactNode(n));
        visit(n.children);
      }
    };
    visit(this.fields);
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
      warnings: this.warnings,
      nodes,
    };
  }
}

/**
 * A node as the JSON form carries it: code and computed values, what is implied left out —
 * status `scored`; source `children` (a parent summing its children) or `rule` (a leaf with an
 * `input`, scored by its rule); a maximum equal to the set's; the rounded maximum.
 */
function compactNode(n: NodeScore): Record<string, unknown> {
  // Not applicable: 0 of 0 by definition; the note says why.
  if (n.status === 'not-applicable') {
    return { code: n.code, status: n.status, ...(n.note !== undefined ? { note: n.note } : {}) };
  }
  const implied = n.source === 'children' || (n.source === 'rule' && n.explanation !== undefined);
  return {
    code: n.code,
    ...(n.status !== 'scored' ? { status: n.status } : {}),
    ...(implied ? {} : { source: n.source }),
    points: n.points,
    ...(n.max !== n.nominalMax ? { max: n.max } : {}),
    // The exact percent only where rounding changed it (else it is shownPercent's value).
    ...(qCmp(qDec(n.percent), qDec(n.shown.percent)) !== 0 ? { percent: n.percent } : {}),
    shownPoints: n.shown.points,
    shownPercent: n.shown.percent,
    ...(n.selfPoints !== n.points ? { selfPoints: n.selfPoints } : {}),
    ...(n.lostAtAppraisal !== '0' ? { lostAtAppraisal: n.lostAtAppraisal } : {}),
    ...(n.rating !== undefined ? { rating: n.rating.code } : {}),
    ...(n.explanation !== undefined
      ? {
          input: n.explanation.inputText,
          ...(n.explanation.points !== n.points ? { rulePoints: n.explanation.points } : {}),
        }
      : {}),
    ...(n.note !== undefined ? { note: n.note, noteEn: n.noteEn } : {}),
  };
}

const LAZY = [
  'points',
  'basePoints',
  'bonus',
  'penalty',
  'max',
  'index',
  'shown',
  'lostAtAppraisal',
  'triggers',
  'fields',
  'ratings',
  'warnings',
] as const;

let descriptors: readonly (readonly [string, PropertyDescriptor])[] | undefined;

/**
 * The prototype's getters, as enumerable own-property descriptors (built once). A list defined
 * one by one: V8 defines them faster so than through `Object.defineProperties`.
 */
function lazyDescriptors(): readonly (readonly [string, PropertyDescriptor])[] {
  descriptors ??= LAZY.map((key): [string, PropertyDescriptor] => {
    const get = Object.getOwnPropertyDescriptor(EngineResult.prototype, key)?.get;
    return [key, get === undefined ? { enumerable: true } : { get, enumerable: true }];
  });
  return descriptors;
}

/** Wraps a decided stage as a public {@link ScoreResult}. */
export function toResult(score: StageScore): ScoreResult {
  return new EngineResult(score);
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
  const { raw, total } = totalsOf(score);
  const max = gridQ(unit, unit.unitMax);
  return { raw, total, max, ...(unit.program.set.totalCap === 'max' ? { cap: max } : {}) };
}

/** A node's exact points and applicable maximum, when the result comes from the engine. */
export function exactNode(result: ScoreResult, code: string): { points: Q; max: Q } | undefined {
  const score = internals.get(result);
  const i = score?.unit.program.index.get(code);
  if (score === undefined || i === undefined) return undefined;
  return {
    points: exactPoints(score.unit, score.data, i),
    max: gridQ(score.unit, score.unit.max[i] as number),
  };
}
