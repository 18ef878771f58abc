import { walkWithDepth } from '../internal/tree.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { describeRule } from '../rules/describe-rule.js';

/** A node of a criteria set as listed once beside results: what the set says of it (its depth is its parent's plus one). */
export interface OutlineNode {
  /** Node code. */
  readonly code: string;
  /** Code of the parent node; absent for a field. */
  readonly parent?: string | undefined;
  /** Vietnamese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string | undefined;
  /** Maximum in the set. */
  readonly max: string;
  /** `survey` for nodes scored by the sociological survey; absent for `appraisal` (the default). */
  readonly method?: 'survey' | undefined;
  /** Tags, when any. */
  readonly tags?: readonly string[] | undefined;
  /** A leaf's rule in Vietnamese words. */
  readonly rule?: string | undefined;
}

/** A criteria set as listed once beside its results (CLI JSON, reports). */
export interface CriteriaSetOutline {
  /** Id of the set. */
  readonly id: string;
  /** Vietnamese title. */
  readonly title: string;
  /** English title. */
  readonly titleEn?: string | undefined;
  /** Whether the numbers are official or illustrative. */
  readonly provenance: string;
  /** Rounding of published values. */
  readonly rounding: CriteriaSet['rounding'];
  /** What bands, ratings and triggers decide on. */
  readonly classifyOn: CriteriaSet['classifyOn'];
  /** Whether the total may pass the applicable maximum. */
  readonly totalCap: CriteriaSet['totalCap'];
  /** Bands of the index. */
  readonly bands?: CriteriaSet['bands'];
  /** Criterion rating. */
  readonly criterionRating?: CriteriaSet['criterionRating'];
  /** Every node in tree order. */
  readonly nodes: readonly OutlineNode[];
}

/**
 * What a criteria set says of its nodes, flat and in tree order: the part of results that is
 * the same for every unit, so documents list it once instead of repeating it per unit.
 *
 * @param set - A parsed criteria set.
 * @returns The outline.
 * @example
 * criteriaSetOutline(set).nodes[0]?.name; // 'Công tác chỉ đạo, điều hành cải cách hành chính'
 */
export function criteriaSetOutline(set: CriteriaSet): CriteriaSetOutline {
  const nodes: OutlineNode[] = [];
  const parents: string[] = [];
  for (const [node, depth] of walkWithDepth(set.fields)) {
    parents.length = depth - 1;
    const parent = parents[depth - 2];
    nodes.push({
      code: node.code,
      ...(parent !== undefined ? { parent } : {}),
      name: node.name,
      ...(node.nameEn !== undefined ? { nameEn: node.nameEn } : {}),
      max: node.max,
      ...(node.method === 'survey' ? { method: 'survey' as const } : {}),
      ...(node.tags.length > 0 ? { tags: node.tags } : {}),
      ...(node.children.length === 0
        ? { rule: describeRule(node.rule ?? { kind: 'direct' }, node.max) }
        : {}),
    });
    parents[depth - 1] = node.code;
  }
  return {
    id: set.id,
    title: set.title,
    ...(set.titleEn !== undefined ? { titleEn: set.titleEn } : {}),
    provenance: set.provenance,
    rounding: set.rounding,
    classifyOn: set.classifyOn,
    totalCap: set.totalCap,
    ...(set.bands !== undefined ? { bands: set.bands } : {}),
    ...(set.criterionRating !== undefined ? { criterionRating: set.criterionRating } : {}),
    nodes,
  };
}
