import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RatioLinearRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import { type RatioValue, ratioPercent } from './ratio.js';
import type { RuleOutcome } from './rule-outcome.js';

/**
 * Executes a ratio-linear rule: ratio < lower → 0; ratio ≥ upper → max; else
 * `max × (ratio − o) / (upper − o)` with o = 0 or `lower`. Clamped to [0, max].
 * A zero denominator gives 0 points with an `empty_denominator` warning.
 */
export function evaluateRatioLinear(
  rule: RatioLinearRule,
  max: Dec,
  value: RatioValue,
): RuleOutcome {
  const ruleText = describeRule(rule, toDs(max));
  const reading = ratioPercent(value);
  if (reading.empty) return { points: ZERO, ruleText, ...reading };
  const { percent, num, den } = reading;
  const upper = dec(rule.upper);
  const origin = rule.origin === 'lower' ? dec(rule.lower) : ZERO;
  let points: Dec;
  if (percent.lessThan(rule.lower)) points = ZERO;
  else if (percent.greaterThanOrEqualTo(upper)) points = max;
  // One division only: max × (num − o·den) / (den · (upper − o)), exact to the last digit.
  else points = max.times(num.minus(origin.times(den))).dividedBy(den.times(upper.minus(origin)));
  return {
    points: clamp(points, ZERO, max),
    ruleText,
    inputText: reading.inputText,
    warnings: reading.warnings,
  };
}
