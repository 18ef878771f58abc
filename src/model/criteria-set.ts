import type { AdjustmentDefinition } from './adjustment.js';
import type { BandScale, CriterionRatingConfig } from './bands.js';
import type { CriteriaNode } from './criteria-node.js';
import type { DecimalString } from './decimal-string.js';
import type { TriggerRule } from './trigger.js';

/** The administrative level a criteria set scores. Open-ended: provinces invent their own blocks. */
export type AdminLevel =
  | 'province'
  | 'ministry'
  | 'department'
  | 'district'
  | 'commune'
  | 'ward'
  | 'other';

/**
 * Where a criteria set's numbers come from.
 * - `official`: a faithful transcription of the decisions listed in {@link CriteriaSet.decisions}.
 * - `illustrative`: an example built for demonstration; its numbers are not official.
 */
export type Provenance = 'official' | 'illustrative';

/** A legal decision (quyết định) a criteria set follows. */
export interface Decision {
  /** Decision number, e.g. `"876/QĐ-BNV"`. */
  readonly number: string;
  /** Date of signature, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Issuing body, e.g. `"Bộ Nội vụ"`. */
  readonly issuer: string;
  /** Title or subject of the decision. */
  readonly title?: string | undefined;
  /** Where the text can be read. */
  readonly url?: string | undefined;
}

/** How displayed values are rounded. Computation always uses unrounded values. */
export interface RoundingConfig {
  /** Decimal places shown (published results use 2; one province uses 3). */
  readonly places: number;
  /** Rounding of the last shown digit. `half-up` rounds 0.005 to 0.01. */
  readonly mode: 'half-up' | 'half-even';
}

/**
 * What bands, criterion ratings and triggers decide on: the published (rounded) value people
 * read (default), or the exact value.
 */
export type ClassifyOn = 'published' | 'exact';

/**
 * Whether the total may exceed the applicable maximum when bonus points are added:
 * `max` (default) caps it, so the index is at most 100 %; `none` lets it pass.
 */
export type TotalCap = 'max' | 'none';

/** A validated criteria set (bộ chỉ số / bộ tiêu chí): identity, provenance and the criteria tree. */
export interface CriteriaSet {
  /** Stable identifier, e.g. `"minh-son-district-2023"`. */
  readonly id: string;
  /** Vietnamese title. */
  readonly title: string;
  /** English title. */
  readonly titleEn?: string | undefined;
  /** Which units this set scores. */
  readonly level: AdminLevel;
  /** The year assessed, when the set is for one year. */
  readonly year?: number | undefined;
  /** First day of validity (ISO date), when the set covers a period. */
  readonly validFrom?: string | undefined;
  /** Last day of validity (ISO date). */
  readonly validTo?: string | undefined;
  /** Whether the numbers are official or illustrative. */
  readonly provenance: Provenance;
  /** Free-text note on the provenance (what was transcribed, what is missing). */
  readonly provenanceNote?: string | undefined;
  /** True when only part of the official set is encoded (e.g. fields only). */
  readonly partial: boolean;
  /** The decisions this set follows. */
  readonly decisions: readonly Decision[];
  /** Rounding of displayed values. */
  readonly rounding: RoundingConfig;
  /** Bands, ratings and triggers decide on published (default) or exact values. */
  readonly classifyOn: ClassifyOn;
  /** Whether bonus points may lift the total above the applicable maximum (default `max`: no). */
  readonly totalCap: TotalCap;
  /** Top-level nodes: the fields (lĩnh vực). */
  readonly fields: readonly CriteriaNode[];
  /** Classification bands on the index (xếp loại). */
  readonly bands?: BandScale | undefined;
  /** Optional rating of each criterion by its percent (to detect weak criteria). */
  readonly criterionRating?: CriterionRatingConfig | undefined;
  /** Bonus and penalty points (điểm thưởng / điểm trừ). */
  readonly adjustments: readonly AdjustmentDefinition[];
  /** Declarative rules that flag a unit. */
  readonly triggers: readonly TriggerRule[];
  /** Sum of the fields' maxima (normally 100). Derived at parse time. */
  readonly max: DecimalString;
}
