import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { SurveyScaleRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import type { RuleOutcome } from './rule-outcome.js';
import { num } from './rule-text.js';

/**
 * Executes a survey-scale rule: `max × (mean − min) / (scaleMax − min)`, clamped to [0, max].
 *
 * @throws TypeError when the scale is empty (`min` not below `max`).
 */
export function evaluateSurveyScale(
  rule: SurveyScaleRule,
  max: Dec,
  value: Extract<RawValue, { kind: 'mean' }>,
): RuleOutcome {
  const lo = dec(rule.min);
  const span = dec(rule.max).minus(lo);
  if (span.lessThanOrEqualTo(0)) {
    throw new TypeError('evaluateRule: a survey-scale rule needs min below max');
  }
  const mean = dec(value.mean);
  return {
    points: clamp(max.times(mean.minus(lo)).dividedBy(span), ZERO, max),
    ruleText: describeRule(rule, toDs(max)),
    inputText: `trung bình ${num(mean)} (thang ${num(lo)}–${num(rule.max)})`,
    warnings: [],
  };
}
