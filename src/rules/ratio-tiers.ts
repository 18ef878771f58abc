import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RatioTiersRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import { type RatioValue, ratioPercent } from './ratio.js';
import type { RuleOutcome } from './rule-outcome.js';

/**
 * Executes a ratio-tiers rule. `higher-better`: the first tier with `at ≤ ratio`;
 * `lower-better`: the first tier with `ratio ≤ at`; else `otherwise`. Clamped to [0, max].
 * A zero denominator gives 0 points with an `empty_denominator` warning.
 */
export function evaluateRatioTiers(rule: RatioTiersRule, max: Dec, value: RatioValue): RuleOutcome {
  const ruleText = describeRule(rule, toDs(max));
  const reading = ratioPercent(value);
  if (reading.empty) return { points: ZERO, ruleText, ...reading };
  const { percent } = reading;
  const tier = rule.tiers.find((t) =>
    rule.direction === 'higher-better'
      ? percent.greaterThanOrEqualTo(t.at)
      : percent.lessThanOrEqualTo(t.at),
  );
  return {
    points: clamp(dec(tier === undefined ? rule.otherwise : tier.points), ZERO, max),
    ruleText,
    inputText: reading.inputText,
    warnings: reading.warnings,
  };
}
