import type { DecimalString } from './decimal-string.js';
import type { BandResult } from './score-result.js';

/** One value to rank: a unit's index or a field sub-index. */
export interface RankInput {
  /** Id of the unit; unique within its block. */
  readonly unitId: string;
  /** Display name; breaks ties in Vietnamese alphabetical order. */
  readonly unitName: string;
  /** Ranking block (khối): units are ranked only within it. */
  readonly block: string;
  /** The unrounded value ranked (higher is better). */
  readonly value: DecimalString;
  /** The unit's band (xếp loại), carried along for display; it does not affect the rank. */
  readonly band?: BandResult | undefined;
  /**
   * The criteria set the value was scored under. Units of different sets are never ranked
   * against each other: a block is the pair (criteria set, block name).
   */
  readonly criteriaSetId?: string | undefined;
  /**
   * The value as published (rounded once by the set's rule), when the caller has it: scored
   * results do. Without it, `value` is rounded half-up to the ranking's places.
   */
  readonly published?: string | undefined;
}

/** Why a unit is listed apart rather than ranked. */
export type UnrankedReason = 'not-applicable' | 'overridden' | 'empty' | 'no-applicable-maximum';

/** A unit listed apart from its block's ranking, with the reason ("không áp dụng"). */
export interface UnrankedUnit {
  /** Id of the unit. */
  readonly unitId: string;
  /** Display name. */
  readonly unitName: string;
  /** Ranking block (khối). */
  readonly block: string;
  /** Why it is not ranked. */
  readonly reason: UnrankedReason;
  /** The reason in Vietnamese, e.g. `"không áp dụng"`. */
  readonly text: string;
  /** The reason in English. */
  readonly textEn: string;
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
  /** Name of the block (khối). */
  readonly block: string;
  /** The criteria set of the block's units, when known. */
  readonly criteriaSetId?: string | undefined;
  /** The block's units, best first. */
  readonly units: readonly RankedUnit[];
  /** Units of the block that are not ranked (e.g. the node ranked does not apply to them). */
  readonly unranked: readonly UnrankedUnit[];
}

/** Something a ranking reader should know: the ranking stands, but someone should look. */
export interface RankingWarning {
  /**
   * `mixed_sets_in_block`: one block name has units under different criteria sets that do not
   * cover the same units (usually a wrong `criteriaSet` in a file); each set is ranked apart.
   */
  readonly code: 'mixed_sets_in_block';
  /** The block name concerned. */
  readonly block: string;
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** What was ranked: the index or a field's sub-index. */
export type RankBy =
  | {
      /** Ranked by the unit's index (Chỉ số CCHC). */
      readonly kind: 'index';
    }
  | {
      /** Ranked by one node's sub-index (percent of its applicable maximum). */
      readonly kind: 'node';
      /** Code of the node ranked, e.g. `"3"`. */
      readonly code: string;
    };

/** A ranking of every block. */
export interface Ranking {
  /** What was ranked. */
  readonly by: RankBy;
  /** Decimal places of the published values compared. */
  readonly places: number;
  /** Blocks in Vietnamese alphabetical order (then by criteria set id). */
  readonly blocks: readonly BlockRanking[];
  /** Warnings about the ranking as a whole. */
  readonly warnings: readonly RankingWarning[];
}

/** A unit's rank now against a previous period. */
export interface RankChange {
  /** Id of the unit. */
  readonly unitId: string;
  /** The criteria set of the unit's block now, when known. */
  readonly criteriaSetId?: string | undefined;
  /** Rank in this period. */
  readonly rank: number;
  /** Rank in the previous period; absent for a unit not ranked then ("mới"). */
  readonly previousRank?: number | undefined;
  /** Places gained (positive = up, "tăng 2 bậc"); absent when there is no previous rank. */
  readonly change?: number | undefined;
  /** `"tăng 2 bậc"`, `"giảm 1 bậc"`, `"giữ nguyên"`, `"mới"`. */
  readonly text: string;
  /** The same in English: `"up 2 places"`, `"down 1 place"`, `"unchanged"`, `"new"`. */
  readonly textEn: string;
}

/** A rank target, e.g. 6–9/17, or 6/17 or better with `worst` only; met when rank ≤ `worst`. */
export interface RankTarget {
  /** Best rank of the range (e.g. 6 in 6–9); only for the wording: a better rank also meets. */
  readonly best?: number | undefined;
  /** Worst acceptable rank (e.g. 9 in 6–9): the target is met when rank ≤ worst. */
  readonly worst: number;
}

/** Verdict on a rank target. */
export interface RankTargetVerdict {
  /** True when the rank is `worst` or better. */
  readonly met: boolean;
  /** The rank obtained (1 = best). */
  readonly rank: number;
  /** Places short of the worst acceptable rank (0 when met). */
  readonly missedBy: number;
  /** E.g. `"Không đạt: hạng 11/17, mục tiêu 6–9/17, thiếu 2 bậc"`. */
  readonly text: string;
  /** The same in English, e.g. `"Not met: rank 11/17, target 6–9/17, short by 2 places"`. */
  readonly textEn: string;
}
