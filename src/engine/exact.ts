import { type Q, Q0, qAddReduced, qDec } from '../internal/rational.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import { SRC, type StageData, type UnitData } from './unit-data.js';

// The exact path: the same program and the same sources as the grid, in exact rationals. Taken
// only where a value is not on the grid and a decision or a printed digit depends on it.

/** The exact own score of node `i` at a stage, from its entry and the stage's source. */
export function exactOwn(unit: UnitData, stage: StageData, i: number): Q | undefined {
  const e = unit.entries[i];
  if (e === undefined) return undefined;
  switch (stage.source[i]) {
    case SRC.RULE: {
      const rule = unit.program.rules[i];
      return rule === undefined || e.value === undefined
        ? undefined
        : evaluateRule(rule, e.value)?.points;
    }
    case SRC.POINTS:
      return e.points === undefined ? undefined : qDec(e.points);
    case SRC.SELF:
      return e.selfScore === undefined ? undefined : qDec(e.selfScore);
    case SRC.A1:
      return e.appraisal[0] === undefined ? undefined : qDec(e.appraisal[0]);
    case SRC.A2:
      return e.appraisal[1] === undefined ? undefined : qDec(e.appraisal[1]);
    default:
      return undefined;
  }
}

const memo = new WeakMap<StageData, readonly Q[]>();

/** Exact points of every node at a stage (computed once per stage, then kept). */
export function exactPointsAll(unit: UnitData, stage: StageData): readonly Q[] {
  const hit = memo.get(stage);
  if (hit !== undefined) return hit;
  const { program } = unit;
  const n = program.size;
  const out = new Array<Q>(n).fill(Q0);
  for (let i = n - 1; i >= 0; i--) {
    let v: Q;
    if (unit.na[i] === 1) v = Q0;
    else if (stage.source[i] !== SRC.NONE) v = exactOwn(unit, stage, i) ?? Q0;
    else v = out[i] as Q;
    out[i] = v;
    const p = program.parent[i] as number;
    if (p >= 0) out[p] = qAddReduced(out[p] as Q, v);
  }
  memo.set(stage, out);
  return out;
}

/** Exact points of node `i`: read off the grid when exact there, else from the exact path. */
export function exactPoints(unit: UnitData, stage: StageData, i: number): Q {
  if (stage.inexact[i] === 0 && unit.exactOnly !== true) {
    return { n: stage.points[i] as number, d: unit.program.fixed.scale };
  }
  return exactPointsAll(unit, stage)[i] as Q;
}

/** A grid value (always exact for maxima) as a rational. */
export function gridQ(unit: UnitData, v: number): Q {
  return { n: v, d: unit.program.fixed.scale };
}
