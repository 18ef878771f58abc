// The oracle's scoring of one assessment at one stage (docs/scoring.md): own scores, the tree
// with node status, totals, index, published value, band, criterion ratings and triggers.
import type { Assessment, AssessmentEntry, UnitInfo } from '../../src/model/assessment.js';
import type { BandLevel, BandScale } from '../../src/model/bands.js';
import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { TriggerCondition } from '../../src/model/trigger.js';
import { type Mode, roundQ } from './decimal-text.js';
import {
  add,
  ge,
  isZero,
  lt,
  maxQ,
  minQ,
  parseQ,
  percentOf,
  type Q,
  sub,
  sum,
  ZERO,
} from './rational.js';
import { evaluateRule } from './rules.js';

export type Stage = 'self' | 'appraisal' | 'final';
export type Status = 'scored' | 'not-applicable' | 'overridden' | 'empty';
export type OwnSource = 'self-score' | 'rule' | 'points' | 'appraisal-1' | 'appraisal-2';

/** The set-wide options that change the semantics, with their documented defaults. */
export interface SetOptions {
  readonly places: number;
  readonly mode: Mode;
  readonly classifyOn: 'published' | 'exact';
  readonly totalCap: 'max' | 'none';
}

/** Reads the options from a parsed set; absent keys take the defaults of docs/scoring.md. */
export function setOptions(set: CriteriaSet): SetOptions {
  const extra = set as CriteriaSet & { classifyOn?: string; totalCap?: string };
  return {
    places: set.rounding.places,
    mode: set.rounding.mode,
    classifyOn: extra.classifyOn === 'exact' ? 'exact' : 'published',
    totalCap: extra.totalCap === 'none' ? 'none' : 'max',
  };
}

/** One node of the oracle's tree. */
export interface ONode {
  readonly code: string;
  readonly depth: number;
  readonly def: CriteriaNode;
  readonly status: Status;
  readonly points: Q;
  /** Applicable maximum. */
  readonly max: Q;
  /** points ÷ max × 100; 0 when max is 0. */
  readonly percent: Q;
  /** The node's own score at the stage (absent: none, or not applicable). */
  readonly own?: Q | undefined;
  readonly ownSource?: OwnSource | undefined;
  /** The rule met 0/0 or a survey without answers, and the own score is that rule's. */
  readonly emptyDenominator: boolean;
  /** Rating level; only for scored nodes at the rated depth. */
  readonly rating?: BandLevel | undefined;
  readonly children: readonly ONode[];
}

/** One scored unit. */
export interface OUnit {
  readonly setId: string;
  readonly unit: UnitInfo;
  readonly stage: Stage;
  readonly options: SetOptions;
  readonly fields: readonly ONode[];
  /** Every node in tree order (pre-order). */
  readonly nodes: readonly ONode[];
  readonly byCode: ReadonlyMap<string, ONode>;
  readonly base: Q;
  readonly bonus: Q;
  readonly penalty: Q;
  readonly total: Q;
  readonly max: Q;
  readonly index: Q;
  /** The published index: the exact index rounded once by the set's rule. */
  readonly published: Q;
  readonly band?: BandLevel | undefined;
  /** Rated nodes (scored, at the rated depth), in tree order. */
  readonly ratings: readonly ONode[];
  /** Ids of fired triggers, in set order. */
  readonly triggers: readonly string[];
  readonly noApplicableMaximum: boolean;
}

/** The value bands, ratings and triggers decide on: published (default) or exact. */
export function classifyValue(x: Q, o: SetOptions): Q {
  return o.classifyOn === 'exact' ? x : roundQ(x, o.places, o.mode);
}

/** First level (best first) whose inclusive `min` the value reaches. */
export function levelFor(scale: BandScale, value: Q): BandLevel | undefined {
  for (const level of scale.levels) if (ge(value, parseQ(level.min))) return level;
  return undefined;
}

/**
 * The node's own score at a stage (docs/scoring.md, "Stages").
 * self: selfScore, else the rule on the value, else points. appraisal: round 1, else self.
 * final: round 2, else round 1, else self. Choice: with more than two rounds, final takes the last.
 */
export function ownScore(
  def: CriteriaNode,
  entry: AssessmentEntry | undefined,
  stage: Stage,
): { own: Q; source: OwnSource; emptyDenominator: boolean } | undefined {
  if (entry === undefined) return undefined;
  const rounds = entry.appraisal;
  if (stage === 'final' && rounds.length >= 2) {
    const last = rounds[rounds.length - 1] as string;
    return { own: parseQ(last), source: 'appraisal-2', emptyDenominator: false };
  }
  if (stage !== 'self' && rounds.length >= 1) {
    return { own: parseQ(rounds[0] as string), source: 'appraisal-1', emptyDenominator: false };
  }
  if (entry.selfScore !== undefined) {
    return { own: parseQ(entry.selfScore), source: 'self-score', emptyDenominator: false };
  }
  if (entry.value !== undefined && def.rule !== undefined && def.rule.kind !== 'direct') {
    const r = evaluateRule(def.rule, parseQ(def.max), entry.value);
    return { own: r.points, source: 'rule', emptyDenominator: r.emptyDenominator };
  }
  if (entry.points !== undefined) {
    return { own: parseQ(entry.points), source: 'points', emptyDenominator: false };
  }
  return undefined;
}

interface Ctx {
  readonly entries: ReadonlyMap<string, AssessmentEntry>;
  readonly stage: Stage;
  readonly overrides: ReadonlyMap<string, Q>;
  readonly ratedDepth: number | undefined;
  readonly ratingScale: BandScale | undefined;
  readonly options: SetOptions;
}

function scoreNode(
  def: CriteriaNode,
  depth: number,
  ctx: Ctx,
  notApplicableAbove: boolean,
  ownScoreAbove: boolean,
): ONode {
  const entry = ctx.entries.get(def.code);
  const notApplicable = notApplicableAbove || entry?.notApplicable !== undefined;
  if (notApplicable) {
    const children = def.children.map((c) => scoreNode(c, depth + 1, ctx, true, false));
    return {
      code: def.code,
      depth,
      def,
      status: 'not-applicable',
      points: ZERO,
      max: ZERO,
      percent: ZERO,
      emptyDenominator: false,
      children,
    };
  }
  let own = ownScore(def, entry, ctx.stage);
  const override = ctx.overrides.get(def.code);
  if (override !== undefined) {
    own = { own: override, source: own?.source ?? 'points', emptyDenominator: false };
  }
  const children = def.children.map((c) =>
    scoreNode(c, depth + 1, ctx, false, ownScoreAbove || own !== undefined),
  );
  const max = children.length === 0 ? parseQ(def.max) : sum(children.map((c) => c.max));
  const points =
    own !== undefined ? own.own : children.length === 0 ? ZERO : sum(children.map((c) => c.points));
  // Choice: status priority not-applicable > overridden > empty > scored (docs list them in
  // this order; a node under a field total whose own children are all N/A is "overridden").
  const status: Status = ownScoreAbove ? 'overridden' : isZero(max) ? 'empty' : 'scored';
  const percent = isZero(max) ? ZERO : percentOf(points, max);
  let rating: BandLevel | undefined;
  if (status === 'scored' && ctx.ratedDepth === depth && ctx.ratingScale !== undefined) {
    rating = levelFor(ctx.ratingScale, classifyValue(percent, ctx.options));
  }
  return {
    code: def.code,
    depth,
    def,
    status,
    points,
    max,
    percent,
    own: own?.own,
    ownSource: own?.source,
    emptyDenominator: own?.emptyDenominator ?? false,
    rating,
    children,
  };
}

function preOrder(nodes: readonly ONode[], out: ONode[]): ONode[] {
  for (const n of nodes) {
    out.push(n);
    preOrder(n.children, out);
  }
  return out;
}

/** Options of {@link scoreUnit}. */
export interface ScoreUnitOptions {
  readonly stage: Stage;
  /** Own scores replaced at this stage (used to apply a what-if plan). */
  readonly overrides?: ReadonlyMap<string, Q> | undefined;
  /** Points added to the base before the total's rules (what-if "added to the unit's total"). */
  readonly extra?: Q | undefined;
}

/** Total after bonus, penalty, floor 0 and the set's cap. */
export function capTotal(base: Q, bonus: Q, penalty: Q, max: Q, o: SetOptions): Q {
  const raw = maxQ(ZERO, sub(add(base, bonus), penalty));
  return o.totalCap === 'max' ? minQ(raw, max) : raw;
}

/** Index of a total over an applicable maximum; 0 when the maximum is 0. */
export function indexOf(total: Q, max: Q): Q {
  return isZero(max) ? ZERO : percentOf(total, max);
}

/** Scores one parsed assessment against its parsed set at a stage. */
export function scoreUnit(set: CriteriaSet, assessment: Assessment, opts: ScoreUnitOptions): OUnit {
  const options = setOptions(set);
  const entries = new Map<string, AssessmentEntry>();
  for (const e of assessment.entries) entries.set(e.code, e);
  const ctx: Ctx = {
    entries,
    stage: opts.stage,
    overrides: opts.overrides ?? new Map(),
    ratedDepth: set.criterionRating?.depth,
    ratingScale: set.criterionRating?.scale,
    options,
  };
  const fields = set.fields.map((f) => scoreNode(f, 1, ctx, false, false));
  const nodes = preOrder(fields, []);
  const byCode = new Map(nodes.map((n) => [n.code, n] as const));

  const base = add(sum(fields.map((f) => f.points)), opts.extra ?? ZERO);
  let bonus = ZERO;
  let penalty = ZERO;
  for (const def of set.adjustments) {
    const given = sum(
      assessment.adjustments.filter((a) => a.id === def.id).map((a) => parseQ(a.points)),
    );
    const capped = minQ(given, parseQ(def.cap));
    if (def.kind === 'bonus') bonus = add(bonus, capped);
    else penalty = add(penalty, capped);
  }
  const max = sum(fields.map((f) => f.max));
  const total = capTotal(base, bonus, penalty, max, options);
  const noApplicableMaximum = isZero(max);
  const index = indexOf(total, max);
  const published = roundQ(index, options.places, options.mode);
  const value = classifyValue(index, options);
  const band =
    noApplicableMaximum || set.bands === undefined ? undefined : levelFor(set.bands, value);
  const ratings = nodes.filter((n) => n.rating !== undefined);

  const holds = (c: TriggerCondition): boolean => {
    switch (c.kind) {
      case 'band-in':
        return band !== undefined && c.bands.includes(band.code);
      case 'index-below':
        return lt(value, parseQ(c.percent));
      case 'node-below': {
        const p = parseQ(c.percent);
        const selected = nodes.filter((n) =>
          c.node.code !== undefined ? n.code === c.node.code : n.def.tags.includes(c.node.tag),
        );
        return selected.some(
          (n) => n.status === 'scored' && lt(classifyValue(n.percent, options), p),
        );
      }
      case 'criterion-rated':
        return ratings.some((n) =>
          c.ratings === undefined
            ? n.rating?.weak === true
            : c.ratings.includes(n.rating?.code ?? ''),
        );
      case 'any':
        return c.conditions.some(holds);
      case 'all':
        return c.conditions.every(holds);
    }
  };
  const triggers = noApplicableMaximum
    ? []
    : set.triggers.filter((t) => holds(t.when)).map((t) => t.id);

  return {
    setId: set.id,
    unit: assessment.unit,
    stage: opts.stage,
    options,
    fields,
    nodes,
    byCode,
    base,
    bonus,
    penalty,
    total,
    max,
    index,
    published,
    band,
    ratings,
    triggers,
    noApplicableMaximum,
  };
}
