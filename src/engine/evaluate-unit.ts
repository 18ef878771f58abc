import type { Program } from '../compile/program.js';
import { type Q, Q0, qAdd, qCmp, qDec, qMin } from '../internal/rational.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import { decimalOnGrid, type OnGrid, qOnGrid } from './grid.js';
import { UnitBuffer } from './unit-buffer.js';
import { RULE_WARNING, SRC, STATUS, type StageData, type UnitData } from './unit-data.js';

/**
 * Own scores of one stage on the grid: value and exactness of node `i` at `off + i` of the
 * scratch arrays, its source kept in the unit's buffer.
 */
interface OwnStage {
  readonly off: number;
  readonly source: Uint8Array;
}

// The own values and exactness are needed only while a unit is evaluated: they live in scratch
// arrays reused from unit to unit (evaluation is synchronous and never re-entered), rather than
// in typed arrays of their own, each an off-heap allocation (see UnitBuffer).
let scratchV = new Float64Array(0);
let scratchInexact = new Uint8Array(0);
let scratchNa = new Uint8Array(0);

/** Makes the scratch arrays hold `n` values for each of the three own stages. */
function growScratch(n: number): void {
  if (scratchNa.length >= n) return;
  scratchV = new Float64Array(3 * n);
  scratchInexact = new Uint8Array(3 * n);
  scratchNa = new Uint8Array(n);
}

/**
 * Runs a set's program on one assessment: own scores at each stage on the set's grid, applicable
 * maxima, and every node's points, exactness and status at the three stages. Exact: values not on
 * the grid are cut and counted, and decisions they could change take the exact path
 * (docs/scoring.md). Total over validated input.
 *
 * @throws RangeError when an entry names a code the set does not have (a programmer error:
 *   `parseAssessment` rules it out).
 */
export function evaluateUnit(
  program: Program,
  assessment: Assessment,
  options: { readonly exactOnly?: boolean } = {},
): UnitData {
  const n = program.size;
  const entries = new Array<AssessmentEntry | undefined>(n);
  let next = 0;
  for (const e of assessment.entries) {
    const i = nodeOf(program, e.code, next);
    if (i === undefined) {
      throw new RangeError(`scoreAssessment: no node "${e.code}" in set "${program.set.id}"`);
    }
    entries[i] = e;
    next = i + 1;
  }
  growScratch(n);
  const parent = program.parent;
  const naScratch = scratchNa;
  // Appraisal rounds that some applicable entry gives: each has its own stage arrays.
  let round1 = false;
  let round2 = false;
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    const e = entries[i];
    const isNa = (p >= 0 && naScratch[p] === 1) || e?.notApplicable !== undefined;
    naScratch[i] = isNa ? 1 : 0;
    if (isNa || e === undefined) continue;
    if (e.appraisal[0] !== undefined) round1 = true;
    if (e.appraisal[1] !== undefined) round2 = true;
  }
  const arena = new UnitBuffer(n, 1 + (round1 ? 1 : 0) + (round2 ? 1 : 0));
  const max = arena.f64();
  const na = arena.u8();
  for (let i = 0; i < n; i++) na[i] = naScratch[i] as number;
  const ruleWarning = arena.u8();
  const { own, mismatch } = ownScores(program, entries, na, ruleWarning, arena, round1, round2);

  for (let i = n - 1; i >= 0; i--) {
    const v =
      na[i] === 1
        ? 0
        : program.leaf[i] === 1
          ? (program.maxFixed[i] as number)
          : (max[i] as number);
    max[i] = v;
    const p = parent[i] as number;
    if (p >= 0) max[p] = (max[p] as number) + v;
  }
  let unitMax = 0;
  for (const f of program.fields) unitMax += max[f] as number;

  const self = stageData(program, na, max, own[0], arena);
  const appraisal = own[1] === own[0] ? self : stageData(program, na, max, own[1], arena);
  const final = own[2] === own[1] ? appraisal : stageData(program, na, max, own[2], arena);
  const { bonus, penalty } = adjustments(program, assessment);
  return {
    program,
    assessment,
    entries,
    na,
    max,
    unitMax,
    bonus,
    penalty,
    ruleWarning,
    mismatch,
    stages: [self, appraisal, final],
    ...(options.exactOnly === true ? { exactOnly: true } : {}),
  };
}

/**
 * Position of the node with `code`. Entries mostly follow the set's order, one per leaf: the
 * nodes just after the last one found (the next leaf, or the parents before it) are tried before
 * the code is looked up.
 */
function nodeOf(program: Program, code: string, next: number): number | undefined {
  const nodes = program.nodes;
  const last = Math.min(next + 3, nodes.length);
  for (let j = next; j < last; j++) if ((nodes[j] as CriteriaNode).code === code) return j;
  return program.index.get(code);
}

/** Own stage `k` (0: self, 1: round 1, 2: round 2): scratch values, its source kept in the arena. */
function newStage(n: number, k: number, arena: UnitBuffer): OwnStage {
  const off = k * n;
  scratchV.fill(0, off, off + n);
  scratchInexact.fill(0, off, off + n);
  return { off, source: arena.u8() };
}

// Leaves whose declared self-score differs from their rule's: usually none, then this one.
const NO_MISMATCH: ReadonlyMap<number, Q> = new Map();

/**
 * Own score of every entry at each stage: self (declared, else the rule's, else points given),
 * then appraisal round 1, then round 2. Stages without rounds share the self stage's arrays.
 */
function ownScores(
  program: Program,
  entries: readonly (AssessmentEntry | undefined)[],
  na: Uint8Array,
  ruleWarning: Uint8Array,
  arena: UnitBuffer,
  hasRound1: boolean,
  hasRound2: boolean,
): { own: [OwnStage, OwnStage, OwnStage]; mismatch: ReadonlyMap<number, Q> } {
  const n = program.size;
  const { places, scale } = program.fixed;
  const out: OnGrid = { v: 0, exact: true };
  const v = scratchV;
  const inexact = scratchInexact;
  const put = (stage: OwnStage, i: number, text: string | undefined, q: Q | undefined): void => {
    if (q !== undefined) qOnGrid(q, scale, out);
    else if (text !== undefined && decimalOnGrid(text, places, scale, out) === undefined) {
      qOnGrid(qDec(text), scale, out);
    } else if (text === undefined) return;
    v[stage.off + i] = out.v;
    inexact[stage.off + i] = out.exact ? 0 : 1;
  };
  let mismatch: Map<number, Q> | undefined;
  const self = newStage(n, 0, arena);
  const round1 = hasRound1 ? newStage(n, 1, arena) : undefined;
  const round2 = hasRound2 ? newStage(n, 2, arena) : undefined;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (e === undefined || na[i] === 1) continue;
    const rule = program.rules[i];
    let computed: Q | undefined;
    if (e.value !== undefined && rule !== undefined) {
      const outcome = evaluateRule(rule, e.value);
      if (outcome !== undefined) {
        computed = outcome.points;
        ruleWarning[i] =
          outcome.warning === 'empty_denominator'
            ? RULE_WARNING.EMPTY
            : outcome.warning === 'ratio_above_100'
              ? RULE_WARNING.ABOVE_100
              : RULE_WARNING.NONE;
      }
    }
    if (e.selfScore !== undefined) {
      self.source[i] = SRC.SELF;
      put(self, i, e.selfScore, undefined);
      if (computed !== undefined && qCmp(computed, qDec(e.selfScore)) !== 0) {
        mismatch ??= new Map();
        mismatch.set(i, computed);
      }
    } else if (computed !== undefined) {
      self.source[i] = SRC.RULE;
      put(self, i, undefined, computed);
    } else if (e.points !== undefined) {
      self.source[i] = SRC.POINTS;
      put(self, i, e.points, undefined);
    }
    const r1 = e.appraisal[0];
    const r2 = e.appraisal[1];
    if (r1 !== undefined && round1 !== undefined) {
      round1.source[i] = SRC.A1;
      put(round1, i, r1, undefined);
    }
    if (r2 !== undefined && round2 !== undefined) {
      round2.source[i] = SRC.A2;
      put(round2, i, r2, undefined);
    }
  }
  // A round replaces only the own scores it gives; every other node keeps the stage before.
  if (round1 !== undefined) fillFrom(self, round1, SRC.A1);
  if (round2 !== undefined) fillFrom(round1 ?? self, round2, SRC.A2);
  const appraisal = round1 ?? self;
  return { own: [self, appraisal, round2 ?? appraisal], mismatch: mismatch ?? NO_MISMATCH };
}

/** Takes every own score of `from` that `into` did not replace by its own round. */
function fillFrom(from: OwnStage, into: OwnStage, round: number): void {
  const v = scratchV;
  const inexact = scratchInexact;
  for (let i = 0; i < from.source.length; i++) {
    if (into.source[i] === round) continue;
    v[into.off + i] = v[from.off + i] as number;
    inexact[into.off + i] = inexact[from.off + i] as number;
    into.source[i] = from.source[i] as number;
  }
}

/** Bonus and penalty: each definition's points (summed over repeats) capped at its cap. */
function adjustments(program: Program, assessment: Assessment): { bonus: Q; penalty: Q } {
  let bonus: Q = Q0;
  let penalty: Q = Q0;
  if (assessment.adjustments.length === 0) return { bonus, penalty };
  for (const def of program.adjustments) {
    let given: Q = Q0;
    for (const a of assessment.adjustments)
      if (a.id === def.id) given = qAdd(given, qDec(a.points));
    const capped = qMin(given, def.cap);
    if (def.bonus) bonus = qAdd(bonus, capped);
    else penalty = qAdd(penalty, capped);
  }
  return { bonus, penalty };
}

/** Points (own score, else the children's sum, else 0), exactness and status at one stage. */
function stageData(
  program: Program,
  na: Uint8Array,
  max: Float64Array,
  own: OwnStage,
  arena: UnitBuffer,
): StageData {
  const n = program.size;
  const points = arena.f64();
  const inexact = arena.u32();
  const parent = program.parent;
  const source = own.source;
  const ownV = scratchV;
  const ownInexact = scratchInexact;
  const off = own.off;
  // Reverse pre-order visits children before their parent: each adds itself to the parent.
  for (let i = n - 1; i >= 0; i--) {
    let v: number;
    let k: number;
    if (na[i] === 1) {
      v = 0;
      k = 0;
    } else if (source[i] !== SRC.NONE) {
      v = ownV[off + i] as number;
      k = ownInexact[off + i] as number;
    } else {
      v = points[i] as number;
      k = inexact[i] as number;
    }
    points[i] = v;
    inexact[i] = k;
    const p = parent[i] as number;
    if (p >= 0) {
      points[p] = (points[p] as number) + v;
      inexact[p] = (inexact[p] as number) + k;
    }
  }
  const status = arena.u8();
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    // Overridden: a parent counts by its own score, or is overridden itself (not applicable
    // parents make their subtree not applicable, which comes first).
    const overridden =
      p >= 0 && (status[p] === STATUS.OVERRIDDEN || (source[p] !== SRC.NONE && na[p] === 0));
    status[i] =
      na[i] === 1
        ? STATUS.NA
        : overridden
          ? STATUS.OVERRIDDEN
          : max[i] === 0
            ? STATUS.EMPTY
            : STATUS.SCORED;
  }
  return { points, inexact, source, status, ratings: arena.i8().fill(-1) };
}
