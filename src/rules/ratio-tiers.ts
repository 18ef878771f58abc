import type { CompiledRule } from '../compile/compiled-rule.js';
import { Q0, qCmp } from '../internal/rational.js';
import { aboveHundred, type RatioValue, ratioPercent } from './ratio.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'ratio-tiers' }>;

/**
 * Ratio tiers: `higher-better` takes the first tier with `at ≤ ratio`, `lower-better` the first
 * with `ratio ≤ at`, else `otherwise`. A 0/0 ratio gives 0 points with `empty_denominator`.
 */
export function evaluateRatioTiers(rule: Rule, value: RatioValue): LeafOutcome {
  const percent = ratioPercent(value);
  if (percent === undefined) return { points: Q0, warning: 'empty_denominator' };
  let points = rule.otherwise;
  for (let i = 0; i < rule.at.length; i++) {
    const c = qCmp(percent, rule.at[i] as (typeof rule.at)[number]);
    if (rule.higherBetter ? c >= 0 : c <= 0) {
      points = rule.points[i] as (typeof rule.points)[number];
      break;
    }
  }
  return aboveHundred(percent) ? { points, warning: 'ratio_above_100' } : { points };
}
