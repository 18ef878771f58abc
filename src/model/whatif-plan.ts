import type { ScoringMethod } from './criteria-node.js';
import type { DecimalInput, DecimalString } from './decimal-string.js';

/** One criterion (leaf or any node) that a plan may improve. */
export interface PlanItem {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Current points. */
  readonly current: DecimalInput;
  /** Applicable maximum. */
  readonly max: DecimalInput;
  /** The most points the item can reach, when below `max` (a yes-no leaf's "Có" points). */
  readonly upTo?: DecimalInput | undefined;
  /** What the item can still give: `upTo` (or `max`) − `current`; set by `planItemsFromResult`. */
  readonly gain?: DecimalString | undefined;
  /** Cost of one point (default 1); must not be negative. */
  readonly costPerPoint?: DecimalInput | undefined;
  /** Scoring method; `survey` items are locked unless `locked: false`. */
  readonly method?: ScoringMethod | undefined;
  /** Explicitly lock (true) or unlock (false) the item. */
  readonly locked?: boolean | undefined;
  /** Most additional points the plan may take from this item. */
  readonly cap?: DecimalInput | undefined;
  /** The item only gives all its missing points at once (e.g. a yes-no criterion). */
  readonly allOrNothing?: boolean | undefined;
  /** Cost of an all-or-nothing item (default: its gain × `costPerPoint`). */
  readonly fixedCost?: DecimalInput | undefined;
}

/** Options of {@link planCheapest}. */
export interface PlanOptions {
  /** Grid of the gains (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/** One step of a plan. */
export interface PlanStep {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Points now. */
  readonly from: DecimalString;
  /** Points after the step. */
  readonly to: DecimalString;
  /** `to − from`. */
  readonly gain: DecimalString;
  /** Cost of the step. */
  readonly cost: DecimalString;
  /** Whether the item is all-or-nothing. */
  readonly allOrNothing: boolean;
}

/** Answer of {@link planCheapest}. */
export interface CheapestPlan {
  /** True when the goal can be met. */
  readonly feasible: boolean;
  /** The points asked for. */
  readonly goal: DecimalString;
  /** The most points the unlocked items can count toward a goal on the grid (their gains rounded down). */
  readonly maxGain: DecimalString;
  /** Sum of the steps' gains. */
  readonly totalGain: DecimalString;
  /** Sum of the steps' costs. */
  readonly totalCost: DecimalString;
  /** Steps, cheapest cost per point first. When infeasible: everything that can be gained. */
  readonly steps: readonly PlanStep[];
  /** E.g. `"Phương án rẻ nhất: 1.2 +0,5 điểm (chi phí 0,5); … Tổng: +1,5 điểm, chi phí 1,5"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}
