/**
 * The layout of the appraisal workbook (bảng thẩm định), shared by the writer and the reader so
 * they cannot drift apart: one sheet per unit, what the unit declared locked on the left, the
 * appraisal team's inputs on the right. Version 1.
 */

/** Language of the workbook's labels. */
export type AppraisalLang = 'vi' | 'en';

/** Format marker stored in the metadata sheet; the reader refuses other workbooks. */
export const APPRAISAL_FORMAT = 'par-index/appraisal-workbook';
/** Layout version stored in the metadata sheet. */
export const APPRAISAL_VERSION = 1;

/** Sheet names that are not units. */
export const APPRAISAL_SHEETS = {
  guide: { vi: 'Hướng dẫn', en: 'Instructions' },
  // Very hidden: survives editing; holds the set, the units and what each said when made.
  meta: 'par-index',
} as const;

/** Columns of a unit's sheet. */
export const ACOL = {
  code: 'A',
  name: 'B',
  max: 'C',
  declared: 'D',
  self: 'E',
  evidence: 'F',
  explanation: 'G',
  round1: 'H',
  note1: 'I',
  answer: 'J',
  round2: 'K',
  note2: 'L',
  /** Points after appraisal, a live formula (round 2, else round 1, else self); never read. */
  after: 'M',
  /** Self minus after, a live formula; never read. */
  lost: 'N',
} as const;

/** A column key of a unit's sheet. */
export type AColKey = keyof typeof ACOL;

/** Column headers by language, and widths (characters). */
export const AHEADERS: Readonly<Record<AColKey, { vi: string; en: string; width: number }>> = {
  code: { vi: 'Mã', en: 'Code', width: 8 },
  name: { vi: 'Nội dung tiêu chí', en: 'Criterion', width: 38 },
  max: { vi: 'Điểm tối đa', en: 'Max', width: 8 },
  declared: { vi: 'Số liệu kê khai', en: 'Value declared', width: 16 },
  self: { vi: 'Điểm tự chấm', en: 'Self-score', width: 9 },
  evidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence', width: 30 },
  explanation: { vi: 'Giải trình khi tự chấm', en: 'Explanation (self-assessment)', width: 20 },
  round1: { vi: 'Điểm lần 1', en: 'Round 1 points', width: 9 },
  note1: { vi: 'Lý do (lần 1)', en: 'Reason (round 1)', width: 22 },
  answer: { vi: 'Ý kiến giải trình của đơn vị', en: "The unit's answer", width: 22 },
  round2: { vi: 'Điểm lần 2', en: 'Round 2 points', width: 9 },
  note2: { vi: 'Lý do (lần 2)', en: 'Reason (round 2)', width: 22 },
  after: { vi: 'Điểm sau thẩm định', en: 'Points after appraisal', width: 10 },
  lost: { vi: 'Điểm bị trừ', en: 'Points lost', width: 9 },
};

/** Group headers over the columns (first column, last column, label). */
export const AGROUPS: readonly {
  readonly from: AColKey;
  readonly to: AColKey;
  readonly vi: string;
  readonly en: string;
}[] = [
  {
    from: 'code',
    to: 'explanation',
    vi: 'ĐƠN VỊ TỰ ĐÁNH GIÁ (không sửa)',
    en: 'SELF-ASSESSMENT (locked)',
  },
  { from: 'round1', to: 'note1', vi: 'THẨM ĐỊNH LẦN 1', en: 'APPRAISAL ROUND 1' },
  { from: 'answer', to: 'answer', vi: 'GIẢI TRÌNH', en: 'ANSWER' },
  { from: 'round2', to: 'note2', vi: 'THẨM ĐỊNH LẦN 2', en: 'APPRAISAL ROUND 2' },
  { from: 'after', to: 'lost', vi: 'TỰ TÍNH', en: 'COMPUTED' },
];

/** Header block: labels in column B, values in column C (merged C:F). */
export const AHEADER_ROWS = { unitName: 3, unitId: 4, block: 5, period: 6 } as const;

/** Labels of the header block. */
export const AHEADER_LABELS: Readonly<
  Record<keyof typeof AHEADER_ROWS, { vi: string; en: string }>
> = {
  unitName: { vi: 'Đơn vị', en: 'Unit' },
  unitId: { vi: 'Mã đơn vị', en: 'Unit id' },
  block: { vi: 'Khối xếp hạng', en: 'Ranking block' },
  period: { vi: 'Kỳ đánh giá', en: 'Period' },
};

/** Row of the group headers; the column headers are on the next row. */
export const AGROUP_ROW = 8;
/** Row of the column headers. */
export const AHEADER_ROW = 9;
/** First row of the criteria tree. */
export const AFIRST_ROW = 10;

/** Label of the total row (column B). */
export const ATOTAL = { vi: 'TỔNG ĐIỂM CÁC LĨNH VỰC', en: 'TOTAL OF THE FIELDS' } as const;

/** Kinds of rows of the metadata sheet (column A). */
export const AMETA = {
  format: 'format',
  version: 'version',
  criteriaSet: 'criteriaSet',
  fingerprint: 'fingerprint',
  lang: 'lang',
  /** `unit | id | period | fingerprint of what the unit declared` */
  unit: 'unit',
  /** `base | unit id | code | round 1 | round 2 | reason 1 | reason 2 | answer`: as when made. */
  base: 'base',
} as const;
