import type { Lang } from '../../format/number-format.js';

/** Every piece of fixed text the reports print, in one language. */
export interface ReportLabels {
  /** Title used when the input gives none. */
  readonly defaultTitle: string;
  /** Sheet names of the workbook (Excel allows at most 31 characters). */
  readonly sheets: {
    readonly ranking: string;
    readonly fieldIndices: string;
    readonly detail: string;
    readonly lost: string;
    readonly alerts: string;
  };
  readonly block: string;
  readonly rank: string;
  readonly position: string;
  readonly unit: string;
  readonly points: string;
  readonly max: string;
  readonly indexPercent: string;
  /** Header of the ranked value when the ranking is by a node; `{code}` is replaced. */
  readonly rankedBy: string;
  readonly band: string;
  readonly previousRank: string;
  readonly rankChange: string;
  readonly triggers: string;
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly selfPoints: string;
  readonly finalPoints: string;
  readonly lostAtAppraisal: string;
  readonly unitsAffected: string;
  readonly total: string;
  readonly kind: string;
  readonly trigger: string;
  readonly warning: string;
  readonly node: string;
  readonly message: string;
  readonly reason: string;
  readonly action: string;
  readonly due: string;
  readonly notApplicable: string;
  readonly noBand: string;
  readonly none: string;
  readonly period: string;
  readonly criteriaSet: string;
  readonly illustrative: string;
  /** Names of tree levels by depth: 1 field, 2 criterion, 3 and deeper sub-criterion. */
  readonly depths: readonly [string, string, string];
  readonly headings: {
    readonly ranking: string;
    readonly bands: string;
    readonly fieldIndices: string;
    readonly lost: string;
    readonly triggers: string;
    readonly warnings: string;
  };
  readonly charts: {
    /** `{block}` is replaced. */
    readonly rankingTitle: string;
    readonly rankingDesc: string;
    /** `{unit}` is replaced. */
    readonly fieldsTitle: string;
    readonly fieldsDesc: string;
    readonly lostTitle: string;
    readonly lostDesc: string;
  };
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
