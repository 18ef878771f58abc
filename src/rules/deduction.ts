import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { DeductionRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import type { RuleOutcome } from './rule-outcome.js';
import { num } from './rule-text.js';

/**
 * Executes a deduction rule: `max(floor, max − perItem × max(0, count − freeItems))`,
 * clamped to [0, max].
 */
export function evaluateDeduction(
  rule: DeductionRule,
  max: Dec,
  value: Extract<RawValue, { kind: 'count' }>,
): RuleOutcome {
  const counted = atLeastZero(dec(value.count).minus(rule.freeItems));
  const raw = max.minus(dec(rule.perItem).times(counted));
  const floor = dec(rule.floor);
  const points = raw.lessThan(floor) ? floor : raw;
  const free = rule.freeItems > 0 ? ` (không trừ ${num(rule.freeItems)} trường hợp đầu)` : '';
  return {
    points: clamp(points, ZERO, max),
    ruleText: describeRule(rule, toDs(max)),
    inputText: `${num(value.count)} trường hợp${free}`,
    warnings: [],
  };
}

function atLeastZero(d: Dec): Dec {
  return d.isNegative() ? ZERO : d;
}
