import type { CompiledRule } from '../compile/compiled-rule.js';
import { add, type Int, isZero, mul } from '../internal/int.js';
import { type Q, Q0, Q100, qClamp, qDec, qDiv, qMul } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'survey-options' }>;

/**
 * Survey answers: `max × Σ(countᵢ × weightᵢ) / (100 × Σ countᵢ)`, within [0, max]. Options
 * without a count count 0; no answers at all give 0 points with `empty_denominator`.
 */
export function evaluateSurveyOptions(
  rule: Rule,
  value: Extract<RawValue, { kind: 'answers' }>,
): LeafOutcome {
  // Both sums as numerator over denominator in locals (the steps of qAdd and qMul, without a
  // rational object per option: this runs for every survey leaf of every unit).
  let tn: Int = 0;
  let td: Int = 1;
  let wn: Int = 0;
  let wd: Int = 1;
  for (let i = 0; i < rule.codes.length; i++) {
    const count = value.counts[rule.codes[i] as string];
    if (count === undefined) continue;
    const c = qDec(count);
    const w = rule.weights[i] as Q;
    if (c.d === td) tn = add(tn, c.n);
    else {
      tn = add(mul(tn, c.d), mul(c.n, td));
      td = mul(td, c.d);
    }
    const pn = mul(c.n, w.n);
    const pd = mul(c.d, w.d);
    if (pd === wd) wn = add(wn, pn);
    else {
      wn = add(mul(wn, pd), mul(pn, wd));
      wd = mul(wd, pd);
    }
  }
  if (isZero(tn)) return { points: Q0, warning: 'empty_denominator' };
  const points = qDiv(qMul(rule.max, { n: wn, d: wd }), qMul(Q100, { n: tn, d: td }));
  return { points: qClamp(points, Q0, rule.max) };
}
