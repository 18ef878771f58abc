import type { DecimalString } from './decimal-string.js';
import type { ScoringRule } from './scoring-rule.js';

/**
 * How a node's points are obtained:
 * - `appraisal`: scored from evidence, self-assessed then appraised (thẩm định);
 * - `survey`: from the sociological survey (điều tra xã hội học).
 */
export type ScoringMethod = 'appraisal' | 'survey';

/**
 * One node of the criteria tree: a field (lĩnh vực), criterion (tiêu chí) or
 * sub-criterion (tiêu chí thành phần), at any depth.
 */
export interface CriteriaNode {
  /** Code unique within the set, e.g. `"3.2.1"`. Its prefix need not match the parent. */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string | undefined;
  /** Maximum points (điểm tối đa). For a parent it equals the sum of its children's. */
  readonly max: DecimalString;
  /** How points are obtained; inherited from the parent, `appraisal` at the top. */
  readonly method: ScoringMethod;
  /** Tags used by triggers and reports, e.g. `tthc`, `digital-government`. */
  readonly tags: readonly string[];
  /** Whether evidence documents are expected for this node's score. */
  readonly evidenceRequired: boolean;
  /** Free-text guidance (how to score, what evidence is expected). */
  readonly description?: string | undefined;
  /** The rule that turns a raw value into points. Leaves only; defaults to `direct`. */
  readonly rule?: ScoringRule | undefined;
  /** Sub-nodes. Empty for a leaf. */
  readonly children: readonly CriteriaNode[];
}
