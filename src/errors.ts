/** Codes of the problems found in input data. */
export type IssueCode =
  // shape
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value'
  | 'invalid_number'
  | 'invalid_date'
  // criteria set
  | 'duplicate_code'
  | 'max_mismatch'
  | 'rule_on_parent'
  | 'rule_points_above_max'
  | 'tiers_unordered'
  | 'tiers_not_monotonic'
  | 'band_gap'
  | 'band_overlap'
  | 'unknown_node'
  | 'unknown_tag'
  | 'unknown_band'
  | 'duplicate_id'
  // assessment
  | 'criteria_set_mismatch'
  | 'unknown_criterion'
  | 'duplicate_entry'
  | 'wrong_value_kind'
  | 'points_above_max'
  | 'negative_points'
  | 'step_mismatch'
  | 'unknown_adjustment'
  | 'unknown_option'
  // a batch of files ranked together
  | 'mixed_periods'
  // an appraisal workbook merged into assessments that changed since it was made
  | 'appraisal_conflict'
  // files
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_too_large'
  | 'invalid_syntax'
  | 'unsupported_format';

/** One problem in input data: what, where, and why, in words an office clerk understands. */
export interface Issue {
  /** Kind of problem, stable for programs to test. */
  readonly code: IssueCode;
  /** Path inside the document, e.g. `["fields", 2, "children", 0, "max"]`. */
  readonly path: readonly (string | number)[];
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** The file the problem is in, when read from a file. */
  readonly file?: string | undefined;
}

/** Result of a `safeParse…` function. */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The validated value. */
      readonly data: T;
    }
  | {
      /** The input is invalid. */
      readonly success: false;
      /** Every problem found, at least one. */
      readonly issues: readonly [Issue, ...Issue[]];
    };

/** Thrown by `parse…` functions when input is invalid; carries every issue found. */
export class ParIndexError extends Error {
  /** Always `'ParIndexError'`; {@link isParIndexError} relies on it across library copies. */
  override readonly name = 'ParIndexError';
  /** Always `'invalid_input'`. */
  readonly code = 'invalid_input' as const;
  /** Every problem found, at least one. */
  readonly issues: readonly [Issue, ...Issue[]];

  constructor(issues: readonly [Issue, ...Issue[]], what = 'input') {
    super(`Invalid ${what}: ${issues.length} problem(s). ${issues.map(formatOne).join('; ')}`);
    this.issues = issues;
  }
}

function formatOne(issue: Issue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `${issue.file ? `${issue.file}: ` : ''}${where}: ${issue.messageEn}`;
}

/**
 * True when `error` is a {@link ParIndexError}, even one from another copy of the library
 * (a dual ESM/CJS install can load two, and then `instanceof` fails).
 */
export function isParIndexError(error: unknown): error is ParIndexError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'ParIndexError' &&
    (error as { code?: unknown }).code === 'invalid_input' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
