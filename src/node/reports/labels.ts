import type { Lang } from '../../format/number-format.js';

/** Every piece of fixed text the reports print, in one language. */
export interface ReportLabels {
  /** Title used when the input gives none. */
  readonly defaultTitle: string;
  /** Sheet names of the workbook (Excel allows at most 31 characters). */
  readonly sheets: {
    /** Ranking sheet (Xếp hạng): one line per unit, by block and rank. */
    readonly ranking: string;
    /** Field sub-indices sheet (Chỉ số thành phần): each field's percent per unit. */
    readonly fieldIndices: string;
    /** Detailed points sheet (Điểm chi tiết): every node's points per unit. */
    readonly detail: string;
    /** Points lost at appraisal sheet (Điểm bị trừ): self-assessed minus appraised points. */
    readonly lost: string;
    /** Alerts sheet (Cảnh báo): triggers fired and scoring warnings. */
    readonly alerts: string;
  };
  /** Ranking block (khối): column header and prefix of a block's heading. */
  readonly block: string;
  /** Header of the rank number column (hạng). */
  readonly rank: string;
  /** Header of the rank-out-of column, e.g. `11/17` (thứ hạng). */
  readonly position: string;
  /** Header of the unit name column (đơn vị). */
  readonly unit: string;
  /** Header of the total points column (điểm đạt được). */
  readonly points: string;
  /** Header of the maximum points column (điểm tối đa). */
  readonly max: string;
  /** Header of the index column, in percent (chỉ số). */
  readonly indexPercent: string;
  /** Header of the ranked value when the ranking is by a node; `{code}` is replaced. */
  readonly rankedBy: string;
  /** Header of the band column (xếp loại). */
  readonly band: string;
  /** Header of the previous period's rank (hạng kỳ trước). */
  readonly previousRank: string;
  /** Header of the rank change against the previous period, e.g. "tăng 2 bậc". */
  readonly rankChange: string;
  /** Header of the list of triggers fired for a unit. */
  readonly triggers: string;
  /** Header of a code column: node code, trigger id or warning code (mã). */
  readonly code: string;
  /** Header of the node name column (tên). */
  readonly name: string;
  /** Header of the tree level column: field, criterion or sub-criterion (cấp). */
  readonly level: string;
  /** Header of the self-assessed points column (điểm tự đánh giá). */
  readonly selfPoints: string;
  /** Header of the appraised, final points column (điểm thẩm định). */
  readonly finalPoints: string;
  /** Header of the points lost at appraisal: self-assessed minus appraised (điểm bị trừ). */
  readonly lostAtAppraisal: string;
  /** Header of the number of units that lost points at appraisal in a field. */
  readonly unitsAffected: string;
  /** Label of a unit's total line in the points lost sheet (tổng). */
  readonly total: string;
  /** Header of the alert kind column: trigger or warning (loại). */
  readonly kind: string;
  /** A trigger fired (cảnh báo): alert kind and column header. */
  readonly trigger: string;
  /** A scoring warning (lưu ý): alert kind. */
  readonly warning: string;
  /** Header of the column naming the node a warning is about (tiêu chí). */
  readonly node: string;
  /** Header of the message column: trigger label or warning text (nội dung). */
  readonly message: string;
  /** Header of the reasons a trigger fired (lý do). */
  readonly reason: string;
  /** Header of the action a trigger requires of the unit (việc phải làm). */
  readonly action: string;
  /** Header of the action's due date (hạn). */
  readonly due: string;
  /** Cell text for a node that does not apply to the unit (không áp dụng). */
  readonly notApplicable: string;
  /** Cell text for a unit without a band (chưa xếp loại). */
  readonly noBand: string;
  /** Text of an empty section, e.g. no trigger fired (không có). */
  readonly none: string;
  /** Label of the period assessed in the subtitle (kỳ đánh giá). */
  readonly period: string;
  /** Label of the criteria sets used in the subtitle (bộ chỉ số). */
  readonly criteriaSet: string;
  /** Note after an illustrative set's title: its numbers are not official. */
  readonly illustrative: string;
  /** Names of tree levels by depth: 1 field, 2 criterion, 3 and deeper sub-criterion. */
  readonly depths: readonly [string, string, string];
  /** Section headings of the HTML and Markdown reports. */
  readonly headings: {
    /** Ranking section (xếp hạng). */
    readonly ranking: string;
    /** Units grouped by band (xếp loại). */
    readonly bands: string;
    /** Field sub-indices section (chỉ số thành phần). */
    readonly fieldIndices: string;
    /** Points lost at appraisal by field. */
    readonly lost: string;
    /** Triggers fired section. */
    readonly triggers: string;
    /** Scoring warnings section. */
    readonly warnings: string;
  };
  /** Titles and accessible descriptions (SVG `<title>`, `<desc>`) of the HTML charts. */
  readonly charts: {
    /** `{block}` is replaced. */
    readonly rankingTitle: string;
    /** Description of the ranking bar chart. */
    readonly rankingDesc: string;
    /** `{unit}` is replaced. */
    readonly fieldsTitle: string;
    /** Description of a unit's field sub-indices chart. */
    readonly fieldsDesc: string;
    /** Title of the points lost at appraisal chart. */
    readonly lostTitle: string;
    /** Description of the points lost at appraisal chart. */
    readonly lostDesc: string;
  };
  /** Header of the number of units in the unit's block (rank 3 of 12: 12). */
  readonly blockSize: string;
  /** Block statistics (thống kê theo khối), as published decisions print them. */
  readonly stats: {
    /** Section heading (HTML, Markdown) and caption. */
    readonly heading: string;
    /** Sheet name of the workbook (at most 31 characters). */
    readonly sheet: string;
    /** Average self-assessed total. */
    readonly averageSelf: string;
    /** Average total points at the report's stage (final: appraised). */
    readonly averagePoints: string;
    /** Average index, in percent. */
    readonly averageIndex: string;
    /** Points lost at appraisal, all units of the block. */
    readonly totalLost: string;
    /** Points lost at appraisal per unit. */
    readonly averageLost: string;
    /** Units per band. */
    readonly bandCounts: string;
    /** Per-field averages caption. */
    readonly fieldAverages: string;
    /** Header: average points in a field. */
    readonly averageFieldPoints: string;
    /** Header: average field sub-index (%). */
    readonly averageFieldPercent: string;
    /** Header: units where the field applies. */
    readonly applicableUnits: string;
  };
  /** Caption of a band legend; `{set}` is replaced by the criteria set's title. */
  readonly legend: string;
  /** `{n}` is replaced by a count of units. */
  readonly unitsCount: string;
  /** Header of a column counting units. */
  readonly unitCount: string;
}

const vi: ReportLabels = {
  defaultTitle: 'Kết quả Chỉ số cải cách hành chính',
  sheets: {
    ranking: 'Xếp hạng',
    fieldIndices: 'Chỉ số thành phần',
    detail: 'Điểm chi tiết',
    lost: 'Điểm bị trừ',
    alerts: 'Cảnh báo',
  },
  block: 'Khối',
  rank: 'Hạng',
  position: 'Thứ hạng',
  unit: 'Đơn vị',
  points: 'Điểm đạt được',
  max: 'Điểm tối đa',
  indexPercent: 'Chỉ số (%)',
  rankedBy: 'Chỉ số thành phần {code} (%)',
  band: 'Xếp loại',
  previousRank: 'Hạng kỳ trước',
  rankChange: 'Thay đổi thứ hạng',
  triggers: 'Cảnh báo kích hoạt',
  code: 'Mã',
  name: 'Tên',
  level: 'Cấp',
  selfPoints: 'Điểm tự đánh giá',
  finalPoints: 'Điểm thẩm định',
  lostAtAppraisal: 'Điểm bị trừ',
  unitsAffected: 'Số đơn vị bị trừ điểm',
  total: 'Tổng',
  kind: 'Loại',
  trigger: 'Cảnh báo',
  warning: 'Lưu ý',
  node: 'Tiêu chí',
  message: 'Nội dung',
  reason: 'Lý do',
  action: 'Việc phải làm',
  due: 'Hạn',
  notApplicable: 'Không áp dụng',
  noBand: 'Chưa xếp loại',
  none: 'Không có',
  period: 'Kỳ đánh giá',
  criteriaSet: 'Bộ chỉ số',
  illustrative: 'không phải số liệu chính thức',
  depths: ['Lĩnh vực', 'Tiêu chí', 'Tiêu chí thành phần'],
  headings: {
    ranking: 'Xếp hạng',
    bands: 'Xếp loại',
    fieldIndices: 'Chỉ số thành phần theo lĩnh vực',
    lost: 'Điểm bị trừ khi thẩm định theo lĩnh vực',
    triggers: 'Cảnh báo kích hoạt',
    warnings: 'Lưu ý khi chấm điểm',
  },
  charts: {
    rankingTitle: 'Chỉ số CCHC khối {block}',
    rankingDesc: 'Mỗi thanh là một đơn vị, dài theo chỉ số (%), tô màu theo xếp loại.',
    fieldsTitle: 'Chỉ số thành phần của {unit}',
    fieldsDesc: 'Mỗi cột là một lĩnh vực: tỷ lệ điểm đạt được trên điểm tối đa (%).',
    lostTitle: 'Điểm bị trừ khi thẩm định theo lĩnh vực',
    lostDesc: 'Tổng điểm tự đánh giá trừ điểm thẩm định của mọi đơn vị, theo lĩnh vực.',
  },
  blockSize: 'Số đơn vị trong khối',
  stats: {
    heading: 'Thống kê theo khối',
    sheet: 'Thống kê khối',
    averageSelf: 'Điểm tự đánh giá bình quân',
    averagePoints: 'Điểm đạt được bình quân',
    averageIndex: 'Chỉ số bình quân (%)',
    totalLost: 'Tổng điểm bị trừ khi thẩm định',
    averageLost: 'Điểm bị trừ bình quân mỗi đơn vị',
    bandCounts: 'Số đơn vị theo xếp loại',
    fieldAverages: 'Bình quân theo lĩnh vực',
    averageFieldPoints: 'Điểm bình quân',
    averageFieldPercent: 'Chỉ số thành phần bình quân (%)',
    applicableUnits: 'Số đơn vị áp dụng',
  },
  legend: 'Màu xếp loại: {set}',
  unitsCount: '{n} đơn vị',
  unitCount: 'Số đơn vị',
};

const en: ReportLabels = {
  defaultTitle: 'PAR Index results',
  sheets: {
    ranking: 'Ranking',
    fieldIndices: 'Field sub-indices',
    detail: 'Detailed points',
    lost: 'Points lost',
    alerts: 'Alerts',
  },
  block: 'Block',
  rank: 'Rank',
  position: 'Position',
  unit: 'Unit',
  points: 'Points',
  max: 'Maximum',
  indexPercent: 'Index (%)',
  rankedBy: 'Sub-index {code} (%)',
  band: 'Band',
  previousRank: 'Previous rank',
  rankChange: 'Rank change',
  triggers: 'Triggers fired',
  code: 'Code',
  name: 'Name',
  level: 'Level',
  selfPoints: 'Self-assessed points',
  finalPoints: 'Appraised points',
  lostAtAppraisal: 'Points lost',
  unitsAffected: 'Units losing points',
  total: 'Total',
  kind: 'Kind',
  trigger: 'Trigger',
  warning: 'Warning',
  node: 'Criterion',
  message: 'Message',
  reason: 'Reason',
  action: 'Action',
  due: 'Due',
  notApplicable: 'N/A',
  noBand: 'Not banded',
  none: 'None',
  period: 'Period',
  criteriaSet: 'Criteria set',
  illustrative: 'not official figures',
  depths: ['Field', 'Criterion', 'Sub-criterion'],
  headings: {
    ranking: 'Ranking',
    bands: 'Bands',
    fieldIndices: 'Field sub-indices',
    lost: 'Points lost at appraisal by field',
    triggers: 'Triggers fired',
    warnings: 'Scoring warnings',
  },
  charts: {
    rankingTitle: 'PAR Index, block {block}',
    rankingDesc: 'One bar per unit, as long as its index (%), coloured by band.',
    fieldsTitle: 'Field sub-indices of {unit}',
    fieldsDesc: 'One column per field: points obtained over the maximum (%).',
    lostTitle: 'Points lost at appraisal by field',
    lostDesc: 'Self-assessed minus appraised points of all units, by field.',
  },
  blockSize: 'Units in block',
  stats: {
    heading: 'Block statistics',
    sheet: 'Block statistics',
    averageSelf: 'Average self-assessed points',
    averagePoints: 'Average points',
    averageIndex: 'Average index (%)',
    totalLost: 'Points lost at appraisal, total',
    averageLost: 'Points lost at appraisal, per unit',
    bandCounts: 'Units per band',
    fieldAverages: 'Averages per field',
    averageFieldPoints: 'Average points',
    averageFieldPercent: 'Average sub-index (%)',
    applicableUnits: 'Units where it applies',
  },
  legend: 'Band colours: {set}',
  unitsCount: '{n} units',
  unitCount: 'Units',
};

/** The report labels in Vietnamese and English, shared by every report format. */
export const REPORT_LABELS: Readonly<Record<Lang, ReportLabels>> = { vi, en };

/**
 * The labels of one language.
 *
 * @param lang - `vi` (default) or `en`.
 * @returns The label dictionary.
 * @example
 * reportLabels('en').sheets.ranking; // 'Ranking'
 */
export function reportLabels(lang: Lang = 'vi'): ReportLabels {
  return REPORT_LABELS[lang];
}

/**
 * Fills `{name}` placeholders of a label.
 *
 * @example
 * fillLabel('{n} đơn vị', { n: 17 }); // '17 đơn vị'
 */
export function fillLabel(
  label: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Name of the tree level at a depth (1 = field).
 *
 * @example
 * depthName(3, 'vi'); // 'Tiêu chí thành phần'
 */
export function depthName(depth: number, lang: Lang = 'vi'): string {
  const names = REPORT_LABELS[lang].depths;
  return depth <= 1 ? names[0] : depth === 2 ? names[1] : names[2];
}

/**
 * An ISO date as people read it: `10/04/2023` in Vietnamese, unchanged in English.
 *
 * @example
 * formatDate('2023-04-10', 'vi'); // '10/04/2023'
 */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null || lang === 'en') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}
