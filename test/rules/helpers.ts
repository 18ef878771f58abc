import { type Dec, dec, toDs } from '../../src/internal/decimal.js';
import type { RuleOutcome } from '../../src/rules/rule-outcome.js';
import { ds } from '../support/model.js';

export { ds };

/** A max as the evaluators take it. */
export const m = (s: string | number): Dec => dec(s);

/** Points of an outcome as an exact decimal string. */
export const points = (o: RuleOutcome): string => toDs(o.points);

/** Warning codes of an outcome. */
export const codes = (o: RuleOutcome): string[] => o.warnings.map((w) => w.code);
