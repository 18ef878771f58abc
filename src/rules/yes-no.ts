import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { YesNoRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import type { RuleOutcome } from './rule-outcome.js';

/**
 * Executes a yes-no rule: Có → `yes` points, Không → `no` points, clamped to [0, max].
 */
export function evaluateYesNo(
  rule: YesNoRule,
  max: Dec,
  value: Extract<RawValue, { kind: 'yes-no' }>,
): RuleOutcome {
  return {
    points: clamp(dec(value.value ? rule.yes : rule.no), ZERO, max),
    ruleText: describeRule(rule, toDs(max)),
    inputText: value.value ? 'Có' : 'Không',
    warnings: [],
  };
}
