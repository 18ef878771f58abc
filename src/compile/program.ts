import type { FixedGrid } from '../internal/fixed-grid.js';
import type { Q } from '../internal/rational.js';
import type { BandLevel } from '../model/bands.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { TriggerRule } from '../model/trigger.js';
import type { CompiledRule } from './compiled-rule.js';

/** A band scale with each level's lower bound as an exact rational, best first. */
export interface CompiledScale {
  readonly levels: readonly BandLevel[];
  readonly mins: readonly Q[];
}

/** A threshold percent as trigger reasons write it, in each language (`"50,00 %"`, `"50.00%"`). */
export interface ThresholdText {
  readonly vi: string;
  readonly en: string;
}

/** A trigger condition with its node selectors resolved to node positions, thresholds written once. */
export type CompiledCondition =
  | { readonly kind: 'band-in'; readonly bands: ReadonlySet<string> }
  | { readonly kind: 'index-below'; readonly percent: Q; readonly text: ThresholdText }
  | {
      readonly kind: 'node-below';
      readonly nodes: Int32Array;
      readonly percent: Q;
      readonly text: ThresholdText;
    }
  | { readonly kind: 'criterion-rated'; readonly ratings?: ReadonlySet<string> | undefined }
  | { readonly kind: 'any' | 'all'; readonly conditions: readonly CompiledCondition[] };

/** A trigger rule ready to run. */
export interface CompiledTrigger {
  readonly rule: TriggerRule;
  readonly when: CompiledCondition;
}

/** A bonus or penalty definition with its cap as a rational. */
export interface CompiledAdjustment {
  readonly id: string;
  readonly bonus: boolean;
  readonly cap: Q;
}

/**
 * A criteria set compiled into a flat program: nodes in pre-order with parent and subtree-end
 * positions, exact constants, compiled rules, resolved triggers. Scoring, ranking and what-if all
 * run on it (docs/architecture.md). Built once per set object by `compileCriteriaSet`.
 */
export interface Program {
  readonly set: CriteriaSet;
  /** Number of nodes. */
  readonly size: number;
  /** Nodes in pre-order (a parent before its children, children in the set's order). */
  readonly nodes: readonly CriteriaNode[];
  /** Position of each node's parent, −1 for a field. */
  readonly parent: Int32Array;
  /** End (exclusive) of each node's subtree in pre-order. */
  readonly end: Int32Array;
  /** Depth of each node: 1 for a field. */
  readonly depth: Uint8Array;
  /** 1 for a leaf. */
  readonly leaf: Uint8Array;
  /** 1 for a node scored by survey (điều tra xã hội học). */
  readonly survey: Uint8Array;
  /** Positions of the fields. */
  readonly fields: Int32Array;
  /** Position of each code. */
  readonly index: ReadonlyMap<string, number>;
  /** Maximum of each node in the set, exact. */
  readonly max: readonly Q[];
  /**
   * The set's fixed-point grid, chosen so that every maximum and cap is exact on it and every
   * sum, and every percent of a sum rounded to the published places, stays a safe integer
   * (docs/scoring.md, "Exactness").
   */
  readonly fixed: FixedGrid;
  /** Maximum of each node on the grid (exact). */
  readonly maxFixed: Float64Array;
  /** Compiled rule of each leaf (`direct` when the set gives none); undefined for parents. */
  readonly rules: readonly (CompiledRule | undefined)[];
  /** Sum of the fields' maxima and every bonus and penalty cap: no value can exceed it. */
  readonly bound: Q;
  /** Bands of the index, if the set has them. */
  readonly bands?: CompiledScale | undefined;
  /** Criterion rating: the depth rated and its scale. */
  readonly rating?: { readonly depth: number; readonly scale: CompiledScale } | undefined;
  readonly adjustments: readonly CompiledAdjustment[];
  readonly triggers: readonly CompiledTrigger[];
}
