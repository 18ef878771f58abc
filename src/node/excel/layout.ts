/**
 * The layout of the self-assessment template (biểu tự chấm điểm), shared by the writer and the
 * reader so they cannot drift apart. Version 2 (version 1 had no "Điểm tính" column).
 */

/** Language of the template's labels. */
export type TemplateLang = 'vi' | 'en';

/** Format marker stored in the metadata sheet; the reader refuses other workbooks. */
export const TEMPLATE_FORMAT = 'par-index/assessment-template';
/** Layout version stored in the metadata sheet. */
export const TEMPLATE_VERSION = 2;

/** Sheet names by language. */
export const SHEETS = {
  main: { vi: 'Tự chấm điểm', en: 'Self-assessment' },
  guide: { vi: 'Hướng dẫn', en: 'Instructions' },
  // Very hidden: Excel users cannot unhide it from the menu, so it survives editing.
  meta: 'par-index',
} as const;

/** Columns of the main sheet. */
export const COL = {
  code: 'A',
  name: 'B',
  max: 'C',
  rule: 'D',
  value: 'E',
  selfScore: 'F',
  /** Points par-index gives the row (live formula, or "chấm bằng par-index"); never read back. */
  computed: 'G',
  notApplicable: 'H',
  docNumber: 'I',
  docDate: 'J',
  docIssuer: 'K',
  docTitle: 'L',
  docSection: 'M',
  explanation: 'N',
  /** Hidden helper: the percentage read from a ratio value; never read back. */
  helper: 'O',
} as const;

/** A column key of the main sheet. */
export type ColKey = keyof typeof COL;

/** Column headers by language, and widths (characters). */
export const HEADERS: Readonly<Record<ColKey, { vi: string; en: string; width: number }>> = {
  code: { vi: 'Mã', en: 'Code', width: 9 },
  name: { vi: 'Nội dung tiêu chí', en: 'Criterion', width: 48 },
  max: { vi: 'Điểm tối đa', en: 'Maximum', width: 9 },
  rule: { vi: 'Cách chấm điểm', en: 'Scoring rule', width: 36 },
  value: { vi: 'Giá trị', en: 'Value', width: 14 },
  selfScore: { vi: 'Điểm tự chấm', en: 'Self-score', width: 10 },
  computed: { vi: 'Điểm tính (như par-index)', en: 'Points (as par-index)', width: 12 },
  notApplicable: { vi: 'Không áp dụng (lý do)', en: 'Not applicable (reason)', width: 20 },
  docNumber: { vi: 'Số, ký hiệu', en: 'Number', width: 16 },
  docDate: { vi: 'Ngày ban hành', en: 'Date', width: 12 },
  docIssuer: { vi: 'Cơ quan ban hành', en: 'Issuer', width: 20 },
  docTitle: { vi: 'Trích yếu', en: 'Title', width: 30 },
  docSection: { vi: 'Trang/mục', en: 'Page/section', width: 12 },
  explanation: { vi: 'Giải trình', en: 'Explanation', width: 30 },
  helper: { vi: 'Tỷ lệ quy đổi (%)', en: 'Ratio read (%)', width: 10 },
};

/** Group header spanning the evidence columns. */
export const EVIDENCE_GROUP = {
  vi: 'Tài liệu kiểm chứng',
  en: 'Evidence documents',
} as const;

/** Header block: labels in column B, input cells in column C (merged C:F). */
export const HEADER_ROWS = {
  unitName: 3,
  unitId: 4,
  block: 5,
  period: 6,
  criteriaSet: 7,
} as const;

/** Labels of the header block. */
export const HEADER_LABELS: Readonly<Record<keyof typeof HEADER_ROWS, { vi: string; en: string }>> =
  {
    unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
    unitId: { vi: 'Mã đơn vị', en: 'Unit id' },
    block: { vi: 'Khối xếp hạng', en: 'Ranking block' },
    period: { vi: 'Kỳ đánh giá (năm)', en: 'Period (year)' },
    criteriaSet: { vi: 'Bộ chỉ số (không sửa)', en: 'Criteria set (do not edit)' },
  };

/** Row of the evidence group header; the column headers are on the next row. */
export const GROUP_ROW = 9;
/** Row of the column headers. */
export const HEADER_ROW = 10;
/** First row of the criteria tree. */
export const FIRST_DATA_ROW = 11;

/** Label of the bonus/penalty section that follows the tree, when the set has adjustments. */
export const ADJUSTMENTS_LABEL = {
  vi: 'ĐIỂM THƯỞNG, ĐIỂM TRỪ',
  en: 'BONUS AND PENALTY POINTS',
} as const;

/** Answers of yes-no rules in the drop-down. */
export const YES_NO = { vi: ['Có', 'Không'], en: ['Yes', 'No'] } as const;

/** Keys of the metadata sheet (column A), values in column B. */
export const META_KEYS = {
  format: 'format',
  version: 'version',
  criteriaSet: 'criteriaSet',
  fingerprint: 'fingerprint',
  lang: 'lang',
} as const;
