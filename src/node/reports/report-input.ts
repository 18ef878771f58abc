import type { CriteriaSet } from '../../model/criteria-set.js';
import type { Ranking } from '../../model/ranking.js';
import type { ScoreResult } from '../../model/score-result.js';

/**
 * What every report (workbook, CSV, Markdown, HTML) is written from.
 *
 * @example
 * const results = assessments.map((a) => scoreAssessment(set, a));
 * const input: ReportInput = { results, ranking: rankResults(results), lang: 'vi' };
 */
export interface ReportInput {
  /** One scored result per unit (from `scoreAssessment`). Numbers stay unrounded here. */
  readonly results: readonly ScoreResult[];
  /** The ranking of these results (from `rankResults`); gives the block and row order. */
  readonly ranking: Ranking;
  /** The previous period's ranking; when given, reports show the rank change ("tăng 2 bậc"). */
  readonly previous?: Ranking | undefined;
  /** Report title; a default title in the report language otherwise. */
  readonly title?: string | undefined;
  /** Language of labels and number format: `vi` (default: `84,58 %`) or `en` (`84.58%`). */
  readonly lang?: 'vi' | 'en' | undefined;
  /**
   * The criteria sets the results were scored with, for the band colours (in each set's band
   * order: best green, failing red). Bundled sets are found without it.
   */
  readonly criteriaSets?: readonly CriteriaSet[] | undefined;
}
