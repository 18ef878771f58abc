/**
 * The float twin: the engine's work done the way a spreadsheet or a quick script does it, with
 * JS numbers everywhere and `toFixed` for what is published. It is the benchmark's yardstick for
 * "exact / float doing the same work" (issue 9), and shows which totals floats get wrong; it is
 * deliberately not a second implementation to trust (that is test/oracle/).
 *
 * Same input as the engine: the parsed {@link CriteriaSet} and {@link Assessment} (decimal
 * strings, raw values already read), and like the engine it compiles each set once (cached per
 * set object). Same work as `scoreAssessment` followed by reading `shown` and `triggers`:
 * - own scores at all three stages (self: declared, else the rule's, else points given;
 *   appraisal: round 1; final: the last round), each leaf's rule on its raw value, and the
 *   declared self-scores that differ from the rule's;
 * - applicable maxima (not-applicable subtrees), then every node's points and status at each
 *   stage (own score, else the children's sum; overridden below an own score; empty);
 * - at the stage asked for: total with capped bonus and penalty, floor and cap, index, every
 *   node's percent, published points/max/index (`toFixed`), band, criterion ratings on the
 *   published percents, and triggers (band-in, index-below, node-below, criterion-rated,
 *   any/all) with their reasons in Vietnamese and English.
 * It builds no node tree and no explanations, as the engine does not until they are read.
 */
import type { Assessment, AssessmentEntry, RawValue } from '../src/model/assessment.js';
import type { CriteriaNode } from '../src/model/criteria-node.js';
import type { CriteriaSet } from '../src/model/criteria-set.js';
import type { Stage } from '../src/model/score-result.js';
import type { ScoringRule } from '../src/model/scoring-rule.js';
import type { TriggerCondition, TriggerRule } from '../src/model/trigger.js';

/** A rule with its numbers read once. */
type FloatRule =
  | { readonly kind: 'direct' }
  | { readonly kind: 'yes-no'; readonly yes: number; readonly no: number }
  | {
      readonly kind: 'ratio-tiers';
      readonly up: boolean;
      readonly at: readonly number[];
      readonly points: readonly number[];
      readonly otherwise: number;
    }
  | {
      readonly kind: 'ratio-linear';
      readonly lower: number;
      readonly upper: number;
      readonly origin: number;
    }
  | {
      readonly kind: 'deduction';
      readonly perItem: number;
      readonly floor: number;
      readonly freeItems: number;
    }
  | {
      readonly kind: 'deadline';
      readonly dueDay: number | undefined;
      readonly daysLate: readonly number[];
      readonly points: readonly number[];
      readonly otherwise: number;
    }
  | {
      readonly kind: 'survey-options';
      readonly codes: readonly string[];
      readonly weights: readonly number[];
    }
  | { readonly kind: 'survey-scale'; readonly min: number; readonly span: number };

type FloatCondition =
  | { readonly kind: 'band-in'; readonly bands: ReadonlySet<string> }
  | { readonly kind: 'index-below'; readonly percent: number }
  | { readonly kind: 'node-below'; readonly nodes: readonly number[]; readonly percent: number }
  | { readonly kind: 'criterion-rated'; readonly ratings: ReadonlySet<string> | undefined }
  | { readonly kind: 'any' | 'all'; readonly conditions: readonly FloatCondition[] };

interface FloatScale {
  readonly codes: readonly string[];
  readonly labels: readonly string[];
  readonly labelsEn: readonly string[];
  readonly mins: readonly number[];
  readonly weak: readonly boolean[];
}

/** A set compiled for floats: nodes in pre-order, numbers read once. */
interface FloatProgram {
  readonly size: number;
  readonly nodes: readonly CriteriaNode[];
  readonly parent: Int32Array;
  readonly depth: Uint8Array;
  readonly leaf: Uint8Array;
  readonly fields: readonly number[];
  readonly index: ReadonlyMap<string, number>;
  readonly max: Float64Array;
  readonly rules: readonly (FloatRule | undefined)[];
  readonly places: number;
  readonly capAtMax: boolean;
  readonly bands: FloatScale | undefined;
  readonly rating: { readonly depth: number; readonly scale: FloatScale } | undefined;
  readonly adjustments: readonly { id: string; bonus: boolean; cap: number }[];
  readonly triggers: readonly { rule: TriggerRule; when: FloatCondition }[];
}

/** A fired trigger, as the twin reports it. */
export interface FloatTrigger {
  readonly id: string;
  readonly reasons: readonly string[];
  readonly reasonsEn: readonly string[];
}

/** What the twin decides for one assessment at one stage. */
export interface FloatResult {
  readonly points: number;
  readonly max: number;
  readonly index: number;
  readonly shownPoints: string;
  readonly shownMax: string;
  readonly shownIndex: string;
  /** Band code, if any. */
  readonly band: string | undefined;
  /** Rating level of each node at the rated depth (−1: not rated). */
  readonly ratings: Int8Array;
  /** Every node's percent at the stage asked for. */
  readonly percent: Float64Array;
  /** Every node's points at self, appraisal and final. */
  readonly stagePoints: readonly [Float64Array, Float64Array, Float64Array];
  /** Leaves whose declared self-score differs from their rule's points. */
  readonly mismatches: number;
  readonly triggers: readonly FloatTrigger[];
}

const n = (s: string): number => Number(s);
const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    86_400_000
  );
}

function compileRule(rule: ScoringRule, max: number): FloatRule {
  const pts = (v: string): number => clamp(n(v), 0, max);
  switch (rule.kind) {
    case 'direct':
      return { kind: 'direct' };
    case 'yes-no':
      return { kind: 'yes-no', yes: pts(rule.yes), no: pts(rule.no) };
    case 'ratio-tiers':
      return {
        kind: 'ratio-tiers',
        up: rule.direction === 'higher-better',
        at: rule.tiers.map((t) => n(t.at)),
        points: rule.tiers.map((t) => pts(t.points)),
        otherwise: pts(rule.otherwise),
      };
    case 'ratio-linear':
      return {
        kind: 'ratio-linear',
        lower: n(rule.lower),
        upper: n(rule.upper),
        origin: rule.origin === 'lower' ? n(rule.lower) : 0,
      };
    case 'deduction':
      return {
        kind: 'deduction',
        perItem: n(rule.perItem),
        floor: pts(rule.floor),
        freeItems: rule.freeItems,
      };
    case 'deadline':
      return {
        kind: 'deadline',
        dueDay: rule.due === undefined ? undefined : dayNumber(rule.due),
        daysLate: rule.tiers.map((t) => t.daysLate),
        points: rule.tiers.map((t) => pts(t.points)),
        otherwise: pts(rule.otherwise),
      };
    case 'survey-options':
      return {
        kind: 'survey-options',
        codes: rule.options.map((o) => o.code),
        weights: rule.options.map((o) => n(o.weight)),
      };
    case 'survey-scale':
      return { kind: 'survey-scale', min: n(rule.min), span: n(rule.max) - n(rule.min) };
  }
}

function scaleOf(levels: CriteriaSet['bands'] | undefined): FloatScale | undefined {
  if (levels === undefined) return undefined;
  const l = levels.levels;
  return {
    codes: l.map((x) => x.code),
    labels: l.map((x) => x.label),
    labelsEn: l.map((x) => x.labelEn ?? x.label),
    mins: l.map((x) => n(x.min)),
    weak: l.map((x) => x.weak),
  };
}

const programs = new WeakMap<CriteriaSet, FloatProgram>();

/** Compiles a set for the twin, once per set object (as the engine's `compileCriteriaSet`). */
function compile(set: CriteriaSet): FloatProgram {
  const hit = programs.get(set);
  if (hit !== undefined) return hit;
  const nodes: CriteriaNode[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const visit = (node: CriteriaNode, parent: number, depth: number): void => {
    const at = nodes.length;
    nodes.push(node);
    parents.push(parent);
    depths.push(depth);
    for (const c of node.children) visit(c, at, depth + 1);
  };
  for (const f of set.fields) visit(f, -1, 1);
  const max = Float64Array.from(nodes, (x) => n(x.max));
  const cond = (c: TriggerCondition): FloatCondition => {
    switch (c.kind) {
      case 'band-in':
        return { kind: 'band-in', bands: new Set(c.bands) };
      case 'index-below':
        return { kind: 'index-below', percent: n(c.percent) };
      case 'node-below':
        return {
          kind: 'node-below',
          percent: n(c.percent),
          nodes: nodes.flatMap((x, i) =>
            (c.node.code !== undefined ? x.code === c.node.code : x.tags.includes(c.node.tag))
              ? [i]
              : [],
          ),
        };
      case 'criterion-rated':
        return {
          kind: 'criterion-rated',
          ratings: c.ratings === undefined ? undefined : new Set(c.ratings),
        };
      case 'any':
      case 'all':
        return { kind: c.kind, conditions: c.conditions.map(cond) };
    }
  };
  const rating = set.criterionRating;
  const ratingScale = scaleOf(rating?.scale);
  const program: FloatProgram = {
    size: nodes.length,
    nodes,
    parent: Int32Array.from(parents),
    depth: Uint8Array.from(depths),
    leaf: Uint8Array.from(nodes, (x) => (x.children.length === 0 ? 1 : 0)),
    fields: parents.flatMap((p, i) => (p < 0 ? [i] : [])),
    index: new Map(nodes.map((x, i) => [x.code, i])),
    max,
    rules: nodes.map((x, i) =>
      x.children.length === 0
        ? compileRule(x.rule ?? { kind: 'direct' }, max[i] as number)
        : undefined,
    ),
    places: set.rounding.places,
    capAtMax: set.totalCap === 'max',
    bands: scaleOf(set.bands),
    rating:
      rating !== undefined && ratingScale !== undefined
        ? { depth: rating.depth, scale: ratingScale }
        : undefined,
    adjustments: set.adjustments.map((a) => ({
      id: a.id,
      bonus: a.kind === 'bonus',
      cap: n(a.cap),
    })),
    triggers: set.triggers.map((t) => ({ rule: t, when: cond(t.when) })),
  };
  programs.set(set, program);
  return program;
}

function ratioPercent(value: RawValue): number | undefined {
  if (value.kind === 'percent') return n(value.percent);
  if (value.kind !== 'ratio') return undefined;
  const d = n(value.denominator);
  return d === 0 ? undefined : (n(value.numerator) / d) * 100;
}

/** Points a rule gives for a raw value, in floats; undefined when the value does not fit it. */
export function floatRule(rule: FloatRule, max: number, value: RawValue): number | undefined {
  switch (rule.kind) {
    case 'direct':
      return undefined;
    case 'yes-no':
      return value.kind === 'yes-no' ? (value.value ? rule.yes : rule.no) : undefined;
    case 'ratio-tiers': {
      if (value.kind !== 'ratio' && value.kind !== 'percent') return undefined;
      const p = ratioPercent(value);
      if (p === undefined) return 0;
      for (let i = 0; i < rule.at.length; i++) {
        const at = rule.at[i] as number;
        if (rule.up ? p >= at : p <= at) return rule.points[i] as number;
      }
      return rule.otherwise;
    }
    case 'ratio-linear': {
      if (value.kind !== 'ratio' && value.kind !== 'percent') return undefined;
      const p = ratioPercent(value);
      if (p === undefined || p < rule.lower) return 0;
      if (p >= rule.upper) return max;
      return (max * (p - rule.origin)) / (rule.upper - rule.origin);
    }
    case 'deduction': {
      if (value.kind !== 'count') return undefined;
      const items = Math.max(0, value.count - rule.freeItems);
      return clamp(Math.max(max - rule.perItem * items, rule.floor), 0, max);
    }
    case 'deadline': {
      let days: number;
      if (value.kind === 'days-late') days = value.days;
      else if (value.kind === 'date' && rule.dueDay !== undefined)
        days = dayNumber(value.date) - rule.dueDay;
      else return undefined;
      if (days <= 0) return max;
      for (let i = 0; i < rule.daysLate.length; i++)
        if (days <= (rule.daysLate[i] as number)) return rule.points[i] as number;
      return rule.otherwise;
    }
    case 'survey-options': {
      if (value.kind !== 'answers') return undefined;
      let total = 0;
      let weighted = 0;
      for (let i = 0; i < rule.codes.length; i++) {
        const c = value.counts[rule.codes[i] as string];
        if (c === undefined) continue;
        const x = n(c);
        total += x;
        weighted += x * (rule.weights[i] as number);
      }
      return total === 0 ? 0 : clamp((max * weighted) / (100 * total), 0, max);
    }
    case 'survey-scale':
      return value.kind === 'mean'
        ? clamp((max * (n(value.mean) - rule.min)) / rule.span, 0, max)
        : undefined;
  }
}

// Sources, as the engine numbers them: none, rule, points given, self-score, round 1, round 2.
const NONE = 0;
const RULE = 1;
const POINTS = 2;
const SELF = 3;
const A1 = 4;
const A2 = 5;
const SCORED = 0;
const NA = 1;
const OVERRIDDEN = 2;
const EMPTY = 3;

interface Own {
  readonly v: Float64Array;
  readonly source: Uint8Array;
}

const newOwn = (size: number): Own => ({
  v: new Float64Array(size),
  source: new Uint8Array(size),
});

function fillFrom(from: Own, into: Own, round: number): void {
  for (let i = 0; i < from.v.length; i++) {
    if (into.source[i] === round) continue;
    into.v[i] = from.v[i] as number;
    into.source[i] = from.source[i] as number;
  }
}

function stagePoints(p: FloatProgram, na: Uint8Array, own: Own): Float64Array {
  const points = new Float64Array(p.size);
  for (let i = p.size - 1; i >= 0; i--) {
    const v =
      na[i] === 1 ? 0 : own.source[i] !== NONE ? (own.v[i] as number) : (points[i] as number);
    points[i] = v;
    const parent = p.parent[i] as number;
    if (parent >= 0) points[parent] = (points[parent] as number) + v;
  }
  return points;
}

function stageStatus(p: FloatProgram, na: Uint8Array, max: Float64Array, own: Own): Uint8Array {
  const status = new Uint8Array(p.size);
  for (let i = 0; i < p.size; i++) {
    const parent = p.parent[i] as number;
    const overridden =
      parent >= 0 &&
      (status[parent] === OVERRIDDEN || (own.source[parent] !== NONE && na[parent] === 0));
    status[i] = na[i] === 1 ? NA : overridden ? OVERRIDDEN : max[i] === 0 ? EMPTY : SCORED;
  }
  return status;
}

function levelOf(scale: FloatScale, value: number): number {
  for (let i = 0; i < scale.mins.length; i++) if (value >= (scale.mins[i] as number)) return i;
  return -1;
}

const vi = (x: number, places: number): string => `${x.toFixed(places).replace('.', ',')} %`;
const en = (x: number, places: number): string => `${x.toFixed(places)} %`;

/**
 * Scores one parsed assessment with floats: the same work as the engine (see the file's
 * comment), at `stage` (default `final`).
 */
export function floatScore(
  set: CriteriaSet,
  assessment: Assessment,
  stage: Stage = 'final',
): FloatResult {
  const p = compile(set);
  const size = p.size;
  const entries = new Array<AssessmentEntry | undefined>(size);
  for (const e of assessment.entries) {
    const i = p.index.get(e.code);
    if (i !== undefined) entries[i] = e;
  }
  const na = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const parent = p.parent[i] as number;
    if ((parent >= 0 && na[parent] === 1) || entries[i]?.notApplicable !== undefined) na[i] = 1;
  }

  // Own scores at each stage.
  const self = newOwn(size);
  let round1: Own | undefined;
  let round2: Own | undefined;
  let mismatches = 0;
  for (let i = 0; i < size; i++) {
    const e = entries[i];
    if (e === undefined || na[i] === 1) continue;
    const rule = p.rules[i];
    const computed =
      e.value !== undefined && rule !== undefined
        ? floatRule(rule, p.max[i] as number, e.value)
        : undefined;
    if (e.selfScore !== undefined) {
      self.source[i] = SELF;
      self.v[i] = n(e.selfScore);
      if (computed !== undefined && computed !== self.v[i]) mismatches++;
    } else if (computed !== undefined) {
      self.source[i] = RULE;
      self.v[i] = computed;
    } else if (e.points !== undefined) {
      self.source[i] = POINTS;
      self.v[i] = n(e.points);
    }
    const r1 = e.appraisal[0];
    const r2 = e.appraisal[1];
    if (r1 !== undefined) {
      round1 ??= newOwn(size);
      round1.source[i] = A1;
      round1.v[i] = n(r1);
    }
    if (r2 !== undefined) {
      round2 ??= newOwn(size);
      round2.source[i] = A2;
      round2.v[i] = n(r2);
    }
  }
  if (round1 !== undefined) fillFrom(self, round1, A1);
  if (round2 !== undefined) fillFrom(round1 ?? self, round2, A2);
  const appraisalOwn = round1 ?? self;
  const finalOwn = round2 ?? appraisalOwn;

  // Applicable maxima.
  const max = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    const v = na[i] === 1 ? 0 : p.leaf[i] === 1 ? (p.max[i] as number) : (max[i] as number);
    max[i] = v;
    const parent = p.parent[i] as number;
    if (parent >= 0) max[parent] = (max[parent] as number) + v;
  }
  let unitMax = 0;
  for (const f of p.fields) unitMax += max[f] as number;

  // Points at the three stages.
  const selfPts = stagePoints(p, na, self);
  const appraisalPts = appraisalOwn === self ? selfPts : stagePoints(p, na, appraisalOwn);
  const finalPts = finalOwn === appraisalOwn ? appraisalPts : stagePoints(p, na, finalOwn);
  const own = stage === 'self' ? self : stage === 'appraisal' ? appraisalOwn : finalOwn;
  const points = stage === 'self' ? selfPts : stage === 'appraisal' ? appraisalPts : finalPts;
  const status = stageStatus(p, na, max, own);

  // Totals, index, published values.
  let bonus = 0;
  let penalty = 0;
  if (assessment.adjustments.length > 0) {
    for (const def of p.adjustments) {
      let given = 0;
      for (const a of assessment.adjustments) if (a.id === def.id) given += n(a.points);
      if (def.bonus) bonus += Math.min(given, def.cap);
      else penalty += Math.min(given, def.cap);
    }
  }
  let base = 0;
  for (const f of p.fields) base += points[f] as number;
  const total = clamp(base + bonus - penalty, 0, p.capAtMax ? unitMax : Number.POSITIVE_INFINITY);
  const index = unitMax === 0 ? 0 : (total / unitMax) * 100;
  const places = p.places;
  const shownIndex = index.toFixed(places);
  const percent = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const m = max[i] as number;
    percent[i] = m === 0 ? 0 : ((points[i] as number) / m) * 100;
  }
  // Decisions on published values, as the sets of the workload say (classifyOn: published).
  const published = (i: number): number => Number((percent[i] as number).toFixed(places));
  const band = p.bands !== undefined && unitMax !== 0 ? levelOf(p.bands, Number(shownIndex)) : -1;
  const ratings = new Int8Array(size).fill(-1);
  if (p.rating !== undefined) {
    for (let i = 0; i < size; i++) {
      if (p.depth[i] !== p.rating.depth || status[i] !== SCORED) continue;
      ratings[i] = levelOf(p.rating.scale, published(i));
    }
  }

  // Triggers with their reasons.
  const holds = (c: FloatCondition): { vi: string[]; en: string[] } | undefined => {
    switch (c.kind) {
      case 'band-in': {
        const code = p.bands?.codes[band];
        if (code === undefined || !c.bands.has(code)) return undefined;
        return {
          vi: [`Xếp loại "${p.bands?.labels[band]}"`],
          en: [`Band "${p.bands?.labelsEn[band]}"`],
        };
      }
      case 'index-below':
        return Number(shownIndex) >= c.percent
          ? undefined
          : {
              vi: [`Chỉ số ${vi(index, places)} dưới ${vi(c.percent, 0)}`],
              en: [`Index ${en(index, places)} below ${en(c.percent, 0)}`],
            };
      case 'node-below': {
        const out = { vi: [] as string[], en: [] as string[] };
        for (const i of c.nodes) {
          if (status[i] !== SCORED || published(i) >= c.percent) continue;
          const node = p.nodes[i] as CriteriaNode;
          const x = percent[i] as number;
          out.vi.push(
            `"${node.code}. ${node.name}" đạt ${vi(x, places)} số điểm tối đa, dưới ${vi(c.percent, 0)}`,
          );
          out.en.push(
            `"${node.code}. ${node.nameEn ?? node.name}" at ${en(x, places)} of its maximum, below ${en(c.percent, 0)}`,
          );
        }
        return out.vi.length > 0 ? out : undefined;
      }
      case 'criterion-rated': {
        const scale = p.rating?.scale;
        if (scale === undefined) return undefined;
        const out = { vi: [] as string[], en: [] as string[] };
        for (let i = 0; i < size; i++) {
          const l = ratings[i] as number;
          if (l < 0) continue;
          const code = scale.codes[l] as string;
          if (c.ratings !== undefined ? !c.ratings.has(code) : !scale.weak[l]) continue;
          const node = p.nodes[i] as CriteriaNode;
          const x = percent[i] as number;
          out.vi.push(
            `Tiêu chí "${node.code}. ${node.name}" xếp loại "${scale.labels[l]}" (${vi(x, places)})`,
          );
          out.en.push(
            `Criterion "${node.code}. ${node.nameEn ?? node.name}" rated "${scale.labelsEn[l]}" (${en(x, places)})`,
          );
        }
        return out.vi.length > 0 ? out : undefined;
      }
      case 'any':
      case 'all': {
        const all = c.conditions.map(holds);
        const ok = all.filter((r) => r !== undefined);
        if (c.kind === 'any' ? ok.length === 0 : ok.length < all.length) return undefined;
        return { vi: ok.flatMap((r) => r.vi), en: ok.flatMap((r) => r.en) };
      }
    }
  };
  const triggers: FloatTrigger[] = [];
  if (unitMax !== 0) {
    for (const t of p.triggers) {
      const r = holds(t.when);
      if (r !== undefined) triggers.push({ id: t.rule.id, reasons: r.vi, reasonsEn: r.en });
    }
  }
  return {
    points: total,
    max: unitMax,
    index,
    shownPoints: total.toFixed(places),
    shownMax: unitMax.toFixed(places),
    shownIndex,
    band: band < 0 ? undefined : p.bands?.codes[band],
    ratings,
    percent,
    stagePoints: [selfPts, appraisalPts, finalPts],
    mismatches,
    triggers,
  };
}
