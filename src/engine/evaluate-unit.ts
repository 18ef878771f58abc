import type { Program } from '../compile/program.js';
import { add, divFloor, type Int, isSmall, isZero, lcm, mul } from '../internal/int.js';
import { type Q, Q0, qAdd, qCeil, qCmp, qDec, qMin } from '../internal/rational.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import type { RuleWarningCode } from '../rules/rule-outcome.js';
import { SRC, STATUS, type StageData, type UnitData } from './unit-data.js';
import { type Vec, zeros } from './vec.js';

/** Own scores of the entries at the three stages, before scaling. */
interface OwnScores {
  readonly values: [(Q | undefined)[], (Q | undefined)[], (Q | undefined)[]];
  readonly sources: [Uint8Array, Uint8Array, Uint8Array];
  readonly hasRound1: boolean;
  readonly hasRound2: boolean;
}

/**
 * Runs a set's program on one assessment: own scores at each stage, the unit's common
 * denominator, applicable maxima and every node's points and status at the three stages.
 * Exact; total over validated input (docs/scoring.md).
 *
 * @throws RangeError when an entry names a code the set does not have (a programmer error:
 *   `parseAssessment` rules it out).
 */
export function evaluateUnit(program: Program, assessment: Assessment): UnitData {
  const n = program.size;
  const entries = new Array<AssessmentEntry | undefined>(n);
  for (const e of assessment.entries) {
    const i = program.index.get(e.code);
    if (i === undefined) {
      throw new RangeError(`scoreAssessment: no node "${e.code}" in set "${program.set.id}"`);
    }
    entries[i] = e;
  }
  const na = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = program.parent[i] as number;
    if ((p >= 0 && na[p] === 1) || entries[i]?.notApplicable !== undefined) na[i] = 1;
  }
  const ruleWarning = new Array<RuleWarningCode | undefined>(n);
  const mismatch = new Map<number, Q>();
  const own = ownScores(program, entries, na, ruleWarning, mismatch);

  // One denominator for the whole unit: every sum is then an integer addition.
  let den = program.den;
  for (const stage of own.values) for (const v of stage) if (v !== undefined) den = lcm(den, v.d);
  const adjust = adjustments(program, assessment);
  den = lcm(den, adjust.bonus.d);
  den = lcm(den, adjust.penalty.d);
  // No node's points, maximum or total can exceed the set's bound (fields + caps), so this
  // single check proves every sum of the unit stays a safe integer.
  const big = !(isSmall(den) && isSmall(mul(add(qCeil(program.bound), 1), den)));
  const scale = (v: Q): Int => mul(v.n, divFloor(den, v.d).q);

  const max = zeros(n, big);
  for (let i = n - 1; i >= 0; i--) {
    const v: Int =
      na[i] === 1 ? 0 : program.leaf[i] === 1 ? scale(program.max[i] as Q) : (max[i] as Int);
    put(max, i, v, big);
    const p = program.parent[i] as number;
    if (p >= 0) put(max, p, add(max[p] as Int, v), big);
  }
  let unitMax: Int = 0;
  for (const f of program.fields) unitMax = add(unitMax, max[f] as Int);

  const self = stageData(program, na, max, own.values[0], own.sources[0], scale, big);
  const appraisal = own.hasRound1
    ? stageData(program, na, max, own.values[1], own.sources[1], scale, big)
    : self;
  const final = own.hasRound2
    ? stageData(program, na, max, own.values[2], own.sources[2], scale, big)
    : appraisal;
  return {
    program,
    assessment,
    entries,
    den,
    big,
    na,
    max,
    unitMax,
    bonus: scale(adjust.bonus),
    penalty: scale(adjust.penalty),
    ruleWarning,
    mismatch,
    stages: [self, appraisal, final],
  };
}

function put(v: Vec, i: number, value: Int, big: boolean): void {
  if (big) (v as bigint[])[i] = BigInt(value);
  else (v as Float64Array)[i] = value as number;
}

/** Own score of every entry at each stage: self (declared, else rule, else points), then rounds. */
function ownScores(
  program: Program,
  entries: readonly (AssessmentEntry | undefined)[],
  na: Uint8Array,
  ruleWarning: (RuleWarningCode | undefined)[],
  mismatch: Map<number, Q>,
): OwnScores {
  const n = program.size;
  const values: OwnScores['values'] = [new Array(n), new Array(n), new Array(n)];
  const sources: OwnScores['sources'] = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
  let hasRound1 = false;
  let hasRound2 = false;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (e === undefined || na[i] === 1) continue;
    let self: Q | undefined;
    let src: number = SRC.NONE;
    const rule = program.rules[i];
    let computed: Q | undefined;
    if (e.value !== undefined && rule !== undefined) {
      const out = evaluateRule(rule, e.value);
      if (out !== undefined) {
        computed = out.points;
        ruleWarning[i] = out.warning;
      }
    }
    if (e.selfScore !== undefined) {
      self = qDec(e.selfScore);
      src = SRC.SELF;
      if (computed !== undefined && qCmp(computed, self) !== 0) mismatch.set(i, computed);
    } else if (computed !== undefined) {
      self = computed;
      src = SRC.RULE;
    } else if (e.points !== undefined) {
      self = qDec(e.points);
      src = SRC.POINTS;
    }
    const r1 = e.appraisal[0];
    const r2 = e.appraisal[1];
    const a1 = r1 !== undefined ? qDec(r1) : self;
    const a2 = r2 !== undefined ? qDec(r2) : a1;
    if (r1 !== undefined) hasRound1 = true;
    if (r2 !== undefined) hasRound2 = true;
    values[0][i] = self;
    values[1][i] = a1;
    values[2][i] = a2;
    sources[0][i] = src;
    sources[1][i] = r1 !== undefined ? SRC.A1 : src;
    sources[2][i] = r2 !== undefined ? SRC.A2 : r1 !== undefined ? SRC.A1 : src;
  }
  return { values, sources, hasRound1, hasRound2 };
}

/** Bonus and penalty: each definition's points (summed over repeats) capped at its cap. */
function adjustments(program: Program, assessment: Assessment): { bonus: Q; penalty: Q } {
  let bonus: Q = Q0;
  let penalty: Q = Q0;
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

/** Points (own score, else the children's sum, else 0) and status of every node at one stage. */
function stageData(
  program: Program,
  na: Uint8Array,
  max: Vec,
  own: readonly (Q | undefined)[],
  source: Uint8Array,
  scale: (v: Q) => Int,
  big: boolean,
): StageData {
  const n = program.size;
  const points = zeros(n, big);
  const parent = program.parent;
  // Reverse pre-order visits children before their parent: each adds itself to the parent.
  for (let i = n - 1; i >= 0; i--) {
    let v: Int;
    if (na[i] === 1) v = 0;
    else if (source[i] !== SRC.NONE) v = scale(own[i] as Q);
    else v = points[i] as Int;
    put(points, i, v, big);
    const p = parent[i] as number;
    if (p >= 0) put(points, p, add(points[p] as Int, v), big);
  }
  const status = new Uint8Array(n);
  const overridden = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0 && (overridden[p] === 1 || (source[p] !== SRC.NONE && na[p] === 0))) {
      overridden[i] = 1;
    }
    status[i] =
      na[i] === 1
        ? STATUS.NA
        : overridden[i] === 1
          ? STATUS.OVERRIDDEN
          : isZero(max[i] as Int)
            ? STATUS.EMPTY
            : STATUS.SCORED;
  }
  return { points, source, status };
}
