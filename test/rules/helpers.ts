import { compileRule } from '../../src/compile/compiled-rule.js';
import { type Q, qDec, qToString } from '../../src/internal/rational.js';
import type { RawValue } from '../../src/model/assessment.js';
import type { ScoringRule } from '../../src/model/scoring-rule.js';
import { describeRule } from '../../src/rules/describe-rule.js';
import { evaluateRule } from '../../src/rules/evaluate-rule.js';
import { describeInput } from '../../src/rules/input-text.js';
import { ds } from '../support/model.js';

export { ds };

/** A max as the tests write it. */
export const m = (s: string | number): string => String(s);

/** What a rule gives for a value, with the texts an explanation shows. */
export interface Outcome {
  readonly points: Q;
  readonly inputText: string;
  readonly ruleText: string;
  readonly warnings: readonly { readonly code: string }[];
}

/** Compiles `rule` for a leaf of maximum `max` and runs it on `value`. */
export function outcome(rule: ScoringRule, max: string, value: RawValue): Outcome {
  const out = evaluateRule(compileRule(rule, qDec(max)), value);
  if (out === undefined)
    throw new TypeError(`a ${rule.kind} rule does not accept a ${value.kind} value`);
  return {
    points: out.points,
    inputText: describeInput(rule, value),
    ruleText: describeRule(rule, max),
    warnings: out.warning === undefined ? [] : [{ code: out.warning }],
  };
}

/** Points of an outcome as an exact decimal string. */
export const points = (o: Outcome): string => qToString(o.points);

/** Warning codes of an outcome. */
export const codes = (o: Outcome): string[] => o.warnings.map((w) => w.code);
