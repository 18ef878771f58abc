import type { CompiledRule } from '../compile/compiled-rule.js';
import { Q0, qClamp, qDec, qDiv, qMul, qSub } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'survey-scale' }>;

/** Survey mean on a scale: `max × (mean − min) / (scaleMax − min)`, within [0, max]. */
export function evaluateSurveyScale(
  rule: Rule,
  value: Extract<RawValue, { kind: 'mean' }>,
): LeafOutcome {
  const points = qDiv(qMul(rule.max, qSub(qDec(value.mean), rule.min)), rule.span);
  return { points: qClamp(points, Q0, rule.max) };
}
