import type { DecimalString } from './decimal-string.js';
import type { BandResult } from './score-result.js';

/** One value to rank: a unit's index or a field sub-index. */
export interface RankInput {
  readonly unitId: string;
  readonly unitName: string;
  readonly block: string;
  /** The unrounded value ranked (higher is better). */
  readonly value: DecimalString;
  readonly band?: BandResult | undefined;
}

/** A unit's place in its block. */
export interface RankedUnit extends RankInput {
  /** The value as published (rounded), on which ranks are compared. */
  readonly shown: string;
  /** Competition rank: ties share a rank, the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  /** Number of units in the block. */
  readonly of: number;
  /** `"11/17"`. */
  readonly position: string;
  /** True when another unit shares the rank. */
  readonly tied: boolean;
}

/** Ranking of one block, best first; ties in Vietnamese alphabetical order of unit name. */
export interface BlockRanking {
  readonly block: string;
  readonly units: readonly RankedUnit[];
}

/** What was ranked: the index or a field's sub-index. */
export type RankBy = { readonly kind: 'index' } | { readonly kind: 'node'; readonly code: string };

/** A ranking of every block. */
export interface Ranking {
  readonly by: RankBy;
  /** Decimal places of the published values compared. */
  readonly places: number;
  /** Blocks in Vietnamese alphabetical order. */
  readonly blocks: readonly BlockRanking[];
}

/** A unit's rank now against a previous period. */
export interface RankChange {
  readonly unitId: string;
  readonly rank: number;
  readonly previousRank?: number | undefined;
  /** Places gained (positive = up, "tăng 2 bậc"); absent when there is no previous rank. */
  readonly change?: number | undefined;
  /** `"tăng 2 bậc"`, `"giảm 1 bậc"`, `"giữ nguyên"`, `"mới"`. */
  readonly text: string;
  readonly textEn: string;
}

/** A rank target: rank between `best` and `worst` inclusive (e.g. 6–9/17, or ≤ 6 with `worst` only). */
export interface RankTarget {
  readonly best?: number | undefined;
  readonly worst: number;
}

/** Verdict on a rank target. */
export interface RankTargetVerdict {
  readonly met: boolean;
  readonly rank: number;
  /** Places short of the worst acceptable rank (0 when met). */
  readonly missedBy: number;
  /** E.g. `"Không đạt: hạng 11/17, mục tiêu 6–9/17, thiếu 2 bậc"`. */
  readonly text: string;
  readonly textEn: string;
}
