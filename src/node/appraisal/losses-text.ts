import { formatNumber, formatPercent, type Lang } from '../../format/number-format.js';
import type { DecimalString } from '../../model/decimal-string.js';
import type { FieldLossTotals, LossRow, UnitLosses } from './losses.js';

/** Fixed texts of the "where the points went" report, in one language. */
export const LOSSES_LABELS = {
  vi: {
    title: 'ĐIỂM BỊ TRỪ KHI THẨM ĐỊNH',
    criteriaSet: 'Bộ chỉ số',
    period: 'Kỳ đánh giá',
    block: 'Khối',
    rowsHeading: 'Các tiêu chí được thẩm định khác điểm tự chấm',
    fieldsHeading: 'Tổng điểm theo lĩnh vực',
    none: 'Không có tiêu chí nào được thẩm định khác điểm tự chấm.',
    code: 'Mã',
    criterion: 'Tiêu chí',
    field: 'Lĩnh vực',
    max: 'Điểm tối đa',
    self: 'Tự chấm',
    round1: 'Thẩm định lần 1',
    round2: 'Thẩm định lần 2',
    afterRound1: 'Sau lần 1',
    afterRound2: 'Sau thẩm định',
    lost: 'Bị trừ',
    reason1: 'Lý do (lần 1)',
    answer: 'Giải trình của đơn vị',
    reason2: 'Lý do (lần 2)',
    total: 'Tổng các lĩnh vực',
    summary: (s: Summary) =>
      `Tự đánh giá ${s.self} điểm (chỉ số ${s.selfIndex}); sau thẩm định lần 1 ${s.round1} điểm; sau thẩm định ${s.final} điểm (chỉ số ${s.finalIndex}${s.band === undefined ? '' : `, xếp loại ${s.band}`}). Bị trừ ${s.lost} điểm ở ${s.rows} tiêu chí.`,
    sheets: { rows: 'Tiêu chí bị trừ', fields: 'Theo lĩnh vực', totals: 'Tổng hợp' },
    unit: 'Đơn vị',
    selfIndex: 'Chỉ số tự đánh giá (%)',
    finalIndex: 'Chỉ số sau thẩm định (%)',
    band: 'Xếp loại',
    totalPoints: 'Tổng điểm',
  },
  en: {
    title: 'POINTS LOST AT APPRAISAL',
    criteriaSet: 'Criteria set',
    period: 'Period',
    block: 'Block',
    rowsHeading: 'Criteria appraised differently from the self-score',
    fieldsHeading: 'Totals by field',
    none: 'No criterion was appraised differently from the self-score.',
    code: 'Code',
    criterion: 'Criterion',
    field: 'Field',
    max: 'Max',
    self: 'Self',
    round1: 'Round 1',
    round2: 'Round 2',
    afterRound1: 'After round 1',
    afterRound2: 'After appraisal',
    lost: 'Lost',
    reason1: 'Reason (round 1)',
    answer: "Unit's answer",
    reason2: 'Reason (round 2)',
    total: 'Total of the fields',
    summary: (s: Summary) =>
      `Self-assessed ${s.self} points (index ${s.selfIndex}); after round 1 ${s.round1} points; after appraisal ${s.final} points (index ${s.finalIndex}${s.band === undefined ? '' : `, band ${s.band}`}). ${s.lost} points lost on ${s.rows} criteria.`,
    sheets: { rows: 'Criteria lost', fields: 'By field', totals: 'Summary' },
    unit: 'Unit',
    selfIndex: 'Self-assessed index (%)',
    finalIndex: 'Index after appraisal (%)',
    band: 'Band',
    totalPoints: 'Total points',
  },
} as const;

/** The numbers of a unit's summary line, formatted. */
export interface Summary {
  readonly self: string;
  readonly selfIndex: string;
  readonly round1: string;
  readonly final: string;
  readonly finalIndex: string;
  readonly band?: string | undefined;
  readonly lost: string;
  readonly rows: number;
}

/** Formats a unit's numbers with its set's rounding, in the report language. */
export class LossesFormat {
  constructor(
    readonly losses: UnitLosses,
    readonly lang: Lang,
  ) {}

  /** Points rounded once by the set's rule: `1,50` (vi) or `1.50` (en). */
  num(value: DecimalString | string | undefined): string {
    if (value === undefined) return '';
    const { places, roundingMode } = this.losses;
    return formatNumber(value, { places, mode: roundingMode, lang: this.lang });
  }

  /** A published percent: `84,58 %`. */
  percent(shown: string): string {
    return formatPercent(shown, { places: this.losses.places, lang: this.lang });
  }

  /** A node's name in the language. */
  name(n: LossRow | FieldLossTotals): string {
    return this.lang === 'en' ? (n.nameEn ?? n.name) : n.name;
  }

  /** The unit's summary sentence. */
  summary(): string {
    const t = this.losses.totals;
    const band = t.final.band;
    return LOSSES_LABELS[this.lang].summary({
      self: this.num(t.self.points),
      selfIndex: this.percent(t.self.shown.index),
      round1: this.num(t.round1.points),
      final: this.num(t.final.points),
      finalIndex: this.percent(t.final.shown.index),
      band:
        band === undefined
          ? undefined
          : this.lang === 'en'
            ? (band.labelEn ?? band.label)
            : band.label,
      lost: this.num(this.losses.lost),
      rows: this.losses.rows.length,
    });
  }

  /** The line under the title: set, period, block. */
  subtitle(): string {
    const l = LOSSES_LABELS[this.lang];
    const { criteriaSet, period, unit } = this.losses;
    const title =
      this.lang === 'en' ? (criteriaSet.titleEn ?? criteriaSet.title) : criteriaSet.title;
    return `${l.criteriaSet}: ${title} · ${l.period}: ${period} · ${l.block}: ${unit.block}`;
  }
}
