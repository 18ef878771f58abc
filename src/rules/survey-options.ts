import type { CompiledRule } from '../compile/compiled-rule.js';
import { type Q, Q0, Q100, qAdd, qClamp, qDec, qDiv, qIsZero, qMul } from '../internal/rational.js';
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
  let total: Q = Q0;
  let weighted: Q = Q0;
  for (let i = 0; i < rule.codes.length; i++) {
    const count = value.counts[rule.codes[i] as string];
    if (count === undefined) continue;
    const c = qDec(count);
    total = qAdd(total, c);
    weighted = qAdd(weighted, qMul(c, rule.weights[i] as Q));
  }
  if (qIsZero(total)) return { points: Q0, warning: 'empty_denominator' };
  const points = qDiv(qMul(rule.max, weighted), qMul(Q100, total));
  return { points: qClamp(points, Q0, rule.max) };
}
