import type { CompiledRule } from '../compile/compiled-rule.js';
import { mul, sub } from '../internal/int.js';
import { type Q, Q0, qCmp, qDiv } from '../internal/rational.js';
import { aboveHundred, type QSlot, type RatioValue, ratioPercentInto } from './ratio.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'ratio-linear' }>;

// The ratio being scored: read, compared and combined at once, never kept.
const percent: QSlot = { n: 0, d: 1 };

/**
 * Proportional ratio: below `lower` → 0; from `upper` → max; in between
 * `max × (ratio − origin) / (upper − origin)`, exact. A 0/0 ratio gives 0 with `empty_denominator`.
 */
export function evaluateRatioLinear(rule: Rule, value: RatioValue): LeafOutcome {
  if (!ratioPercentInto(value, percent)) return { points: Q0, warning: 'empty_denominator' };
  const p = percent;
  let points: Q;
  if (qCmp(p, rule.lower) < 0) points = Q0;
  else if (qCmp(p, rule.upper) >= 0) points = rule.max;
  else {
    // max × (p − origin) in integers (qSub and qMul's steps), then ÷ (upper − origin).
    const o = rule.origin;
    const same = p.d === o.d;
    const dn = same ? sub(p.n, o.n) : sub(mul(p.n, o.d), mul(o.n, p.d));
    const dd = same ? p.d : mul(p.d, o.d);
    points = qDiv({ n: mul(rule.max.n, dn), d: mul(rule.max.d, dd) }, rule.span);
  }
  return aboveHundred(p) ? { points, warning: 'ratio_above_100' } : { points };
}
