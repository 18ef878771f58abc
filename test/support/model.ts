import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { DecimalString } from '../../src/model/decimal-string.js';

/** Casts a literal to a DecimalString (test data only). */
export const ds = (s: string): DecimalString => s as DecimalString;

/** A validated-shape criteria node for tests built without the parser (appraisal, no tags). */
export function criteriaNode(
  code: string,
  name: string,
  max: string,
  extra: Partial<CriteriaNode> = {},
): CriteriaNode {
  return {
    code,
    name,
    max: ds(max),
    method: 'appraisal',
    tags: [],
    evidenceRequired: false,
    children: [],
    ...extra,
  };
}
