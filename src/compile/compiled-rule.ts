import { match } from 'ts-pattern';
import { type Q, Q0, qClamp, qDec, qSign, qSub } from '../internal/rational.js';
import type { ScoringRule } from '../model/scoring-rule.js';
import { isoDayNumber } from '../rules/calendar.js';

/**
 * A leaf's scoring rule compiled once per criteria set: every constant an exact rational, every
 * point value already clamped to [0, max], so scoring a unit only reads and compares.
 */
export type CompiledRule =
  | { readonly kind: 'direct'; readonly max: Q }
  | { readonly kind: 'yes-no'; readonly max: Q; readonly yes: Q; readonly no: Q }
  | {
      readonly kind: 'ratio-tiers';
      readonly max: Q;
      readonly higherBetter: boolean;
      readonly at: readonly Q[];
      readonly points: readonly Q[];
      readonly otherwise: Q;
    }
  | {
      readonly kind: 'ratio-linear';
      readonly max: Q;
      readonly lower: Q;
      readonly upper: Q;
      readonly origin: Q;
      /** upper − origin, the divisor of the proportional part. */
      readonly span: Q;
    }
  | {
      readonly kind: 'deduction';
      readonly max: Q;
      readonly perItem: Q;
      readonly floor: Q;
      readonly freeItems: number;
    }
  | {
      readonly kind: 'deadline';
      readonly max: Q;
      /** Day number of the due date, when the rule has one. */
      readonly dueDay?: number | undefined;
      readonly daysLate: readonly number[];
      readonly points: readonly Q[];
      readonly otherwise: Q;
    }
  | {
      readonly kind: 'survey-options';
      readonly max: Q;
      readonly codes: readonly string[];
      readonly weights: readonly Q[];
    }
  | {
      readonly kind: 'survey-scale';
      readonly max: Q;
      readonly min: Q;
      readonly span: Q;
    };

/**
 * Compiles a validated rule for a leaf of maximum `max`.
 *
 * @throws TypeError for a survey scale whose `min` is not below its `max` (validation rules it out).
 */
export function compileRule(rule: ScoringRule, max: Q): CompiledRule {
  const pts = (v: string): Q => qClamp(qDec(v), Q0, max);
  return match(rule)
    .returnType<CompiledRule>()
    .with({ kind: 'direct' }, () => ({ kind: 'direct', max }))
    .with({ kind: 'yes-no' }, (r) => ({ kind: 'yes-no', max, yes: pts(r.yes), no: pts(r.no) }))
    .with({ kind: 'ratio-tiers' }, (r) => ({
      kind: 'ratio-tiers',
      max,
      higherBetter: r.direction === 'higher-better',
      at: r.tiers.map((t) => qDec(t.at)),
      points: r.tiers.map((t) => pts(t.points)),
      otherwise: pts(r.otherwise),
    }))
    .with({ kind: 'ratio-linear' }, (r) => {
      const origin = r.origin === 'lower' ? qDec(r.lower) : Q0;
      const upper = qDec(r.upper);
      return {
        kind: 'ratio-linear',
        max,
        lower: qDec(r.lower),
        upper,
        origin,
        span: qSub(upper, origin),
      };
    })
    .with({ kind: 'deduction' }, (r) => ({
      kind: 'deduction',
      max,
      perItem: qDec(r.perItem),
      floor: pts(r.floor),
      freeItems: r.freeItems,
    }))
    .with({ kind: 'deadline' }, (r) => ({
      kind: 'deadline',
      max,
      dueDay: r.due === undefined ? undefined : isoDayNumber(r.due),
      daysLate: r.tiers.map((t) => t.daysLate),
      points: r.tiers.map((t) => pts(t.points)),
      otherwise: pts(r.otherwise),
    }))
    .with({ kind: 'survey-options' }, (r) => ({
      kind: 'survey-options',
      max,
      codes: r.options.map((o) => o.code),
      weights: r.options.map((o) => qDec(o.weight)),
    }))
    .with({ kind: 'survey-scale' }, (r) => {
      const span = qSub(qDec(r.max), qDec(r.min));
      if (qSign(span) <= 0)
        throw new TypeError('compileRule: a survey-scale rule needs min below max');
      return { kind: 'survey-scale', max, min: qDec(r.min), span };
    })
    .exhaustive();
}
