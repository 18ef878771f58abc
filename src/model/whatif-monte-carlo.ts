import type { PointsUncertainty } from './assessment.js';
import type { DecimalInput, DecimalString } from './decimal-string.js';

/** A node whose points are uncertain, for {@link monteCarloRanks}. */
export interface UncertainNode {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name?: string | undefined;
  /** Points now (the centre for a standard error). */
  readonly points: DecimalInput;
  /** Applicable maximum: draws are clamped to [0, max]. */
  readonly max: DecimalInput;
  /** The uncertainty; a node without one stays fixed. */
  readonly uncertainty?: PointsUncertainty | undefined;
}

/** A unit for {@link monteCarloRanks}. */
export interface UncertainUnit {
  /** Stable identifier, unique within its criteria set. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Ranking block (default `""`: one block). */
  readonly block?: string | undefined;
  /**
   * Criteria set id: units are ranked per criteria set and block, as `rankResults` ranks them
   * (default: all units under one set).
   */
  readonly criteriaSet?: string | undefined;
  /** Total points now (including fixed parts, bonus and penalty). */
  readonly points: DecimalInput;
  /** Applicable maximum (positive). */
  readonly max: DecimalInput;
  /** Uncertain nodes; they must not overlap (no node under another). */
  readonly nodes: readonly UncertainNode[];
  /** Target rank: rank ≤ target. */
  readonly target?: number | undefined;
}

/** Options of {@link monteCarloRanks}. */
export interface MonteCarloOptions {
  /** Number of draws (default 10 000). */
  readonly draws?: number | undefined;
  /** Seed of the pseudo-random generator (default 1); same seed and input → same output. */
  readonly seed?: number | undefined;
  /** Decimal places of the published index, on which ranks are compared (default 2). */
  readonly places?: number | undefined;
  /** Rounding of the published index (default `half-up`; the set's `rounding.mode`). */
  readonly rounding?: 'half-up' | 'half-even' | undefined;
  /** Called now and then with the draws done and the total (to show progress). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Share of draws in each tail for the sensitivity table (default 0.1: lowest and highest 10 %). */
  readonly tail?: number | undefined;
}

/** How often a unit got one rank. */
export interface RankProbability {
  /** The rank. */
  readonly rank: number;
  /** Draws with this rank. */
  readonly count: number;
  /** `count ÷ draws`, exact. */
  readonly probability: DecimalString;
}

/** How much one uncertain node moves its unit's rank. */
export interface NodeSensitivity {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Mean drawn points over the low tail (4 decimals). */
  readonly low: DecimalString;
  /** Mean drawn points over the high tail (4 decimals). */
  readonly high: DecimalString;
  /** Mean rank over the draws where the node was in its low tail. */
  readonly expectedRankLow: DecimalString;
  /** Mean rank over the draws where the node was in its high tail. */
  readonly expectedRankHigh: DecimalString;
  /** `expectedRankLow − expectedRankHigh`: places gained from low to high. */
  readonly swing: DecimalString;
}

/** The rank distribution of one unit. */
export interface UnitRankDistribution {
  /** Unit id. */
  readonly unitId: string;
  /** Unit name. */
  readonly unitName: string;
  /** Block. */
  readonly block: string;
  /** Criteria set id, when the unit gave one. */
  readonly criteriaSet?: string | undefined;
  /** Units in the block. */
  readonly of: number;
  /** Rank with the current points, no uncertainty. */
  readonly currentRank: number;
  /** Mean rank over the draws, exact. */
  readonly expectedRank: DecimalString;
  /** Ranks that occurred, best first. */
  readonly ranks: readonly RankProbability[];
  /** 5th percentile of the rank (the better end of the 90 % band). */
  readonly rankP5: number;
  /** 95th percentile of the rank (the worse end). */
  readonly rankP95: number;
  /** The target rank, when given. */
  readonly target?: number | undefined;
  /** Probability of rank ≤ target, exact; present when a target is given. */
  readonly targetProbability?: DecimalString | undefined;
  /** Uncertain nodes by decreasing swing. */
  readonly sensitivity: readonly NodeSensitivity[];
  /** A sentence in Vietnamese. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** Answer of {@link monteCarloRanks}. */
export interface MonteCarloResult {
  /** Draws made. */
  readonly draws: number;
  /** Seed used. */
  readonly seed: number;
  /** Decimal places compared. */
  readonly places: number;
  /** One distribution per unit, in input order. */
  readonly units: readonly UnitRankDistribution[];
}
