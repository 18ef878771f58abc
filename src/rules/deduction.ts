import type { CompiledRule } from '../compile/compiled-rule.js';
import { Q0, qClamp, qInt, qMax, qMul, qSub } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'deduction' }>;

/** Deductions: `max(floor, max − perItem × max(0, count − freeItems))`, within [0, max]. */
export function evaluateDeduction(
  rule: Rule,
  value: Extract<RawValue, { kind: 'count' }>,
): LeafOutcome {
  const counted = Math.max(0, value.count - rule.freeItems);
  const raw = qSub(rule.max, qMul(rule.perItem, qInt(counted)));
  return { points: qClamp(qMax(raw, rule.floor), Q0, rule.max) };
}
