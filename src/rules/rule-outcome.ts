import type { Dec } from '../internal/decimal.js';

/** A warning raised while executing a rule: the points stand, but someone should look. */
export interface RuleWarning {
  /** `ratio_above_100`: a ratio above 100 % was used as is; `empty_denominator`: nothing to divide by. */
  readonly code: 'ratio_above_100' | 'empty_denominator';
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** What executing a leaf's scoring rule gives: points, and the rule and input in words. */
export interface RuleOutcome {
  /** Points, unrounded, always within [0, max]. */
  readonly points: Dec;
  /** The rule in Vietnamese words (see `describeRule`). */
  readonly ruleText: string;
  /** The input in Vietnamese words, e.g. `"45/50 = 90 %"`. */
  readonly inputText: string;
  /** Warnings about the input. */
  readonly warnings: readonly RuleWarning[];
}
