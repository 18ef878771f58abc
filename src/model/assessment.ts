import type { DecimalString } from './decimal-string.js';

/** The unit assessed. */
export interface UnitInfo {
  /** Stable identifier, e.g. `"tu-ky"`. */
  readonly id: string;
  /** Display name, e.g. `"Huyện Tứ Kỳ"`. */
  readonly name: string;
  /** Ranking block: units are ranked only against their block (e.g. `"huyện"`, `"xã"`, `"phường"`, `"sở"`). */
  readonly block: string;
}

/** An evidence document (tài liệu kiểm chứng). */
export interface EvidenceDocument {
  /** Document number, e.g. `"238/UBND-NV"`. */
  readonly number?: string | undefined;
  /** Date (ISO). */
  readonly date?: string | undefined;
  /** Issuing body. */
  readonly issuer?: string | undefined;
  /** Title or subject. */
  readonly title?: string | undefined;
  /** The page or section that counts, when only part of the document does. */
  readonly section?: string | undefined;
  /** Where it can be read. */
  readonly url?: string | undefined;
}

/** A raw value, normalised to the kind the node's rule needs. */
export type RawValue =
  /** A ratio as numerator / denominator. */
  | {
      /** Discriminant: a ratio given as numerator and denominator. */
      readonly kind: 'ratio';
      /** Items that count (tử số), e.g. dossiers settled on time. */
      readonly numerator: DecimalString;
      /** All items (mẫu số); 0 gives 0 points with an `empty_denominator` warning. */
      readonly denominator: DecimalString;
    }
  /** A ratio already in percent. */
  | {
      /** Discriminant: a ratio given in percent. */
      readonly kind: 'percent';
      /** The ratio in percent, e.g. `"95"` for 95 % (not `"0.95"`). */
      readonly percent: DecimalString;
    }
  /** Yes (Có) or no (Không). */
  | {
      /** Discriminant: a yes/no answer. */
      readonly kind: 'yes-no';
      /** True for "Có" (done), false for "Không". */
      readonly value: boolean;
    }
  /** A count of items (e.g. late reports). */
  | {
      /** Discriminant: a count of items. */
      readonly kind: 'count';
      /** Number of items counted, e.g. late reports. */
      readonly count: number;
    }
  /** Completion date (ISO), compared with the rule's due date. */
  | {
      /** Discriminant: a completion date. */
      readonly kind: 'date';
      /** Date the task was done, ISO `YYYY-MM-DD`. */
      readonly date: string;
    }
  /** Days late (0 or less means on time). */
  | {
      /** Discriminant: days late. */
      readonly kind: 'days-late';
      /** Days after the due date; 0 or less means on time. */
      readonly days: number;
    }
  /** Survey answers: count or share per option code. */
  | {
      /** Discriminant: survey answers per option. */
      readonly kind: 'answers';
      /** Count (or share) of answers per option code of the rule; missing options count 0. */
      readonly counts: Readonly<Record<string, DecimalString>>;
    }
  /** Survey mean answer on the rule's scale. */
  | {
      /** Discriminant: a survey mean. */
      readonly kind: 'mean';
      /** Mean answer, on the scale between the rule's `min` and `max`. */
      readonly mean: DecimalString;
    };

/** Uncertainty about a node's points, used by the Monte Carlo simulation. */
export type PointsUncertainty =
  /** The points lie uniformly between `low` and `high`. */
  | {
      /** Discriminant: a uniform interval. */
      readonly kind: 'interval';
      /** Lowest possible points. */
      readonly low: DecimalString;
      /** Highest possible points. */
      readonly high: DecimalString;
    }
  /** The points are normally distributed around the score with this standard error. */
  | {
      /** Discriminant: a normal spread around the score. */
      readonly kind: 'standard-error';
      /** Standard error, in points. */
      readonly standardError: DecimalString;
    };

/** What an assessment says about one node of the tree (any level). */
export interface AssessmentEntry {
  /** Code of the node in the criteria set. */
  readonly code: string;
  /** The raw value the node's rule needs. */
  readonly value?: RawValue | undefined;
  /** Points given directly (e.g. a published field total), instead of a value. */
  readonly points?: DecimalString | undefined;
  /** Points the unit declared in its self-assessment (điểm tự đánh giá). */
  readonly selfScore?: DecimalString | undefined;
  /** Appraisal rounds (thẩm định): round 1, then round 2 after the unit's explanation. */
  readonly appraisal: readonly DecimalString[];
  /**
   * The appraisal team's reason for each round, by round (`[round 1's, round 2's]`), `null` for a
   * round given without a reason; never longer than {@link AssessmentEntry.appraisal}.
   */
  readonly appraisalNotes?: readonly (string | null)[] | undefined;
  /**
   * The unit's answer to appraisal round 1 (giải trình sau thẩm định), read before round 2. Apart
   * from {@link AssessmentEntry.explanation}, which the unit gave with its self-assessment.
   */
  readonly unitAnswer?: string | undefined;
  /** The node does not apply to the unit: its maximum leaves the applicable maximum. */
  readonly notApplicable?:
    | {
        /** Why the node does not apply to the unit. */
        readonly reason: string;
      }
    | undefined;
  /** Evidence documents. */
  readonly evidence: readonly EvidenceDocument[];
  /** The unit's explanation (giải trình), e.g. for missing evidence. */
  readonly explanation?: string | undefined;
  /** Uncertainty of the points, for simulations. */
  readonly uncertainty?: PointsUncertainty | undefined;
}

/** A bonus or penalty applied to one unit. */
export interface AdjustmentEntry {
  /** Id of an {@link AdjustmentDefinition} of the set. */
  readonly id: string;
  /**
   * Points (positive; the definition's kind gives the sign), at most the definition's cap.
   * When one id is given several times, scoring caps their sum at the cap.
   */
  readonly points: DecimalString;
  /** Why. */
  readonly reason?: string | undefined;
}

/** A validated assessment (hồ sơ tự đánh giá): one unit, one period, one criteria set. */
export interface Assessment {
  /** Id of the criteria set it is scored against. */
  readonly criteriaSetId: string;
  /** The unit. */
  readonly unit: UnitInfo;
  /** Period assessed, e.g. `"2023"`. */
  readonly period: string;
  /** Entries, at most one per node code. */
  readonly entries: readonly AssessmentEntry[];
  /** Bonus and penalty points. */
  readonly adjustments: readonly AdjustmentEntry[];
}
