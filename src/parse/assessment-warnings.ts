import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';

/** Codes of {@link InputWarning}s. */
export type InputWarningCode =
  /** The period's year is two or more years from the criteria set's year. */
  | 'period_far_from_set_year'
  /** An evidence document or completion date lies far outside the assessed year. */
  | 'date_unlikely'
  /**
   * Units of one block name are scored under different criteria sets that do not cover the same
   * units (usually a wrong `criteriaSet` in a file); each set is ranked apart.
   */
  | 'mixed_sets_in_block';

/** A value that is valid but probably a typing slip: the data is read, someone should look. */
export interface InputWarning {
  /** Kind of warning, stable for programs to test. */
  readonly code: InputWarningCode;
  /** Path inside the assessment document, e.g. `["entries", 3, "evidence", 0, "date"]`. */
  readonly path: readonly (string | number)[];
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

// Documents cited as evidence may be standing rules issued years before; none is dated ten
// years before the assessed year, or later than the year after it (when appraisal ends).
const YEARS_BEFORE = 10;
const YEARS_AFTER = 1;

/** The first four-digit year of a period such as `2023`, `2023-Q4` or `Năm 2023`. */
function yearOf(text: string): number | undefined {
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text);
  return m === null ? undefined : Number(m[1]);
}

/** `dd/mm/yyyy` of an ISO day, as Vietnamese documents write dates. */
function shownDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * Warnings about dates that are valid but far from the criteria set's year: a period two or
 * more years away (`2031` under a 2023 set), and evidence or completion dates more than ten
 * years before or more than a year after it (`2999`, `1900`). Without a set year, the
 * period's year is the reference, and then only the dates are checked.
 *
 * @param assessment - A parsed assessment.
 * @param set - Its criteria set.
 * @returns The warnings, in document order; empty when nothing looks wrong.
 * @example
 * for (const w of assessmentWarnings(assessment, set)) console.warn(w.path.join('.'), w.message);
 */
export function assessmentWarnings(assessment: Assessment, set: CriteriaSet): InputWarning[] {
  const warnings: InputWarning[] = [];
  const period = yearOf(assessment.period);
  const setYear = set.year ?? (set.validFrom === undefined ? undefined : yearOf(set.validFrom));
  if (setYear !== undefined && period !== undefined && Math.abs(period - setYear) > 1) {
    warnings.push({
      code: 'period_far_from_set_year',
      path: ['period'],
      message: `Kỳ đánh giá '${assessment.period}' cách xa năm ${setYear} của bộ chỉ số '${set.id}'; hãy kiểm tra lại kỳ hoặc bộ chỉ số.`,
      messageEn: `The period '${assessment.period}' is far from the year ${setYear} of criteria set '${set.id}'; check the period or the set.`,
    });
  }
  const reference = setYear ?? period;
  if (reference === undefined) return warnings;
  const [from, to] = [reference - YEARS_BEFORE, reference + YEARS_AFTER];
  const check = (
    iso: string,
    path: readonly (string | number)[],
    what: readonly [string, string],
  ) => {
    const year = Number(iso.slice(0, 4));
    if (year >= from && year <= to) return;
    warnings.push({
      code: 'date_unlikely',
      path,
      message: `${what[0]} ngày ${shownDate(iso)} nằm ngoài khoảng ${from}–${to} quanh năm đánh giá ${reference}; có phải gõ nhầm năm?`,
      messageEn: `${what[1]} dated ${iso} is outside ${from}–${to} around the assessed year ${reference}; is the year mistyped?`,
    });
  };
  assessment.entries.forEach((entry, i) => {
    if (entry.value?.kind === 'date') {
      check(
        entry.value.date,
        ['entries', i, 'value'],
        [
          `Tiêu chí '${entry.code}': ngày hoàn thành`,
          `Criterion '${entry.code}': the completion date`,
        ],
      );
    }
    entry.evidence.forEach((doc, k) => {
      if (doc.date === undefined) return;
      check(
        doc.date,
        ['entries', i, 'evidence', k, 'date'],
        [
          `Tiêu chí '${entry.code}': tài liệu kiểm chứng${doc.number ? ` số ${doc.number}` : ''}`,
          `Criterion '${entry.code}': the evidence document${doc.number ? ` ${doc.number}` : ''}`,
        ],
      );
    });
  });
  return warnings;
}
