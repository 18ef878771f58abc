// The eight leaf rules of docs/criteria-format.md, evaluated exactly on the parsed raw value.
import type { RawValue } from '../../src/model/assessment.js';
import type { ScoringRule } from '../../src/model/scoring-rule.js';
import {
  add,
  div,
  ge,
  gt,
  HUNDRED,
  isZero,
  le,
  lt,
  maxQ,
  minQ,
  mul,
  parseQ,
  type Q,
  qi,
  sub,
  ZERO,
} from './rational.js';

/** What a rule gives for one leaf. */
export interface RuleOutcome {
  readonly points: Q;
  /** `empty_denominator` for 0/0 or a survey without answers. */
  readonly emptyDenominator: boolean;
}

function ok(points: Q): RuleOutcome {
  return { points, emptyDenominator: false };
}

/** The ratio in percent of a ratio or percent value; undefined for 0/0. */
function ratioPercent(value: RawValue): Q | undefined {
  if (value.kind === 'percent') return parseQ(value.percent);
  if (value.kind === 'ratio') {
    const num = parseQ(value.numerator);
    const den = parseQ(value.denominator);
    if (isZero(den)) {
      // docs/scoring.md: 0/0 gives 0 points with empty_denominator; n/0 is an input problem.
      if (!isZero(num)) throw new RangeError('oracle: non-zero numerator over 0 reached scoring');
      return undefined;
    }
    return div(mul(num, HUNDRED), den);
  }
  throw new RangeError(`oracle: ratio rule given a ${value.kind} value`);
}

/** Whole calendar days from `due` to `date` (ISO dates), negative when early. */
export function daysBetween(due: string, date: string): number {
  const day = (iso: string): number => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (m === null) throw new RangeError(`oracle: not an ISO date: ${iso}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  };
  return day(date) - day(due);
}

/** Points of a leaf with maximum `max` for `value` under `rule`. */
export function evaluateRule(rule: ScoringRule, max: Q, value: RawValue): RuleOutcome {
  switch (rule.kind) {
    case 'direct': {
      // The parser turns a direct leaf's value into points; accept a percent-free number anyway.
      throw new RangeError('oracle: a direct leaf carries points, not a value');
    }
    case 'yes-no': {
      if (value.kind !== 'yes-no') throw new RangeError('oracle: yes-no rule given another value');
      return ok(parseQ(value.value ? rule.yes : rule.no));
    }
    case 'ratio-tiers': {
      const r = ratioPercent(value);
      if (r === undefined) return { points: ZERO, emptyDenominator: true };
      for (const tier of rule.tiers) {
        const at = parseQ(tier.at);
        const hit = rule.direction === 'higher-better' ? le(at, r) : le(r, at);
        if (hit) return ok(parseQ(tier.points));
      }
      return ok(parseQ(rule.otherwise));
    }
    case 'ratio-linear': {
      const r = ratioPercent(value);
      if (r === undefined) return { points: ZERO, emptyDenominator: true };
      const lower = parseQ(rule.lower);
      const upper = parseQ(rule.upper);
      if (lt(r, lower)) return ok(ZERO);
      if (ge(r, upper)) return ok(max);
      const o = rule.origin === 'zero' ? ZERO : lower;
      return ok(div(mul(max, sub(r, o)), sub(upper, o)));
    }
    case 'deduction': {
      if (value.kind !== 'count')
        throw new RangeError('oracle: deduction rule given another value');
      const counted = Math.max(0, value.count - rule.freeItems);
      const left = sub(max, mul(parseQ(rule.perItem), qi(counted)));
      return ok(maxQ(parseQ(rule.floor), left));
    }
    case 'deadline': {
      let days: number;
      if (value.kind === 'days-late') days = value.days;
      else if (value.kind === 'date') {
        if (rule.due === undefined) throw new RangeError('oracle: a date without a due date');
        days = daysBetween(rule.due, value.date);
      } else throw new RangeError('oracle: deadline rule given another value');
      if (days <= 0) return ok(max);
      for (const tier of rule.tiers) if (days <= tier.daysLate) return ok(parseQ(tier.points));
      return ok(parseQ(rule.otherwise));
    }
    case 'survey-options': {
      if (value.kind !== 'answers') throw new RangeError('oracle: survey rule given another value');
      let total = ZERO;
      let weighted = ZERO;
      for (const option of rule.options) {
        const c = value.counts[option.code];
        const count = c === undefined ? ZERO : parseQ(c);
        total = add(total, count);
        weighted = add(weighted, mul(count, parseQ(option.weight)));
      }
      if (isZero(total)) return { points: ZERO, emptyDenominator: true };
      return ok(div(mul(max, weighted), mul(HUNDRED, total)));
    }
    case 'survey-scale': {
      if (value.kind !== 'mean') throw new RangeError('oracle: scale rule given another value');
      const lo = parseQ(rule.min);
      const hi = parseQ(rule.max);
      const raw = div(mul(max, sub(parseQ(value.mean), lo)), sub(hi, lo));
      return ok(minQ(max, maxQ(ZERO, raw)));
    }
  }
}

/** True when a ratio value is above 100 % (for information; not compared). */
export function ratioAbove100(value: RawValue): boolean {
  if (value.kind !== 'ratio' && value.kind !== 'percent') return false;
  const r = ratioPercent(value);
  return r !== undefined && gt(r, HUNDRED);
}
