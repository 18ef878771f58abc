import type { CompiledRule } from '../compile/compiled-rule.js';
import { type Q, Q0, qCmp } from '../internal/rational.js';
import { aboveHundred, type QSlot, type RatioValue, ratioPercentInto } from './ratio.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'ratio-tiers' }>;

// The ratio being scored: only compared with the tiers, never kept.
const percent: QSlot = { n: 0, d: 1 };

/**
 * Ratio tiers: `higher-better` takes the first tier with `at ≤ ratio`, `lower-better` the first
 * with `ratio ≤ at`, else `otherwise`. A 0/0 ratio gives 0 points with `empty_denominator`.
 */
export function evaluateRatioTiers(rule: Rule, value: RatioValue): LeafOutcome {
  if (!ratioPercentInto(value, percent)) return { points: Q0, warning: 'empty_denominator' };
  let points = rule.otherwise;
  for (let i = 0; i < rule.at.length; i++) {
    const c = qCmp(percent, rule.at[i] as Q);
    if (rule.higherBetter ? c >= 0 : c <= 0) {
      points = rule.points[i] as Q;
      break;
    }
  }
  return aboveHundred(percent) ? { points, warning: 'ratio_above_100' } : { points };
}
