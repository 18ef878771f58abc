import { type Dec, dec, HUNDRED } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { RuleWarning } from './rule-outcome.js';
import { num, shownPct } from './rule-text.js';

/** A raw value that carries a ratio: numerator/denominator or a percent. */
export type RatioValue = Extract<RawValue, { kind: 'ratio' | 'percent' }>;

/**
 * A ratio read from a {@link RatioValue}. The exact ratio in percent is `num / den`;
 * `percent` is that quotient (40 significant digits). Keeping the fraction lets callers
 * divide only once, so results are correctly rounded at the 40th digit.
 */
export interface RatioReading {
  readonly empty: false;
  /** The ratio in percent. */
  readonly percent: Dec;
  /** Numerator of the exact percent (100 × numerator for a ratio). */
  readonly num: Dec;
  /** Denominator of the exact percent (positive; 1 for a percent value). */
  readonly den: Dec;
  /** The input in words, e.g. `"45/50 = 90 %"`. */
  readonly inputText: string;
  /** `ratio_above_100` when the ratio exceeds 100 %. */
  readonly warnings: readonly RuleWarning[];
}

/** A ratio whose denominator is 0: there is nothing to measure. */
export interface EmptyRatio {
  readonly empty: true;
  readonly inputText: string;
  /** One `empty_denominator` warning. */
  readonly warnings: readonly RuleWarning[];
}

/** The warning for a zero denominator (ratio n/0 or a survey with no answers). */
export function emptyDenominatorWarning(what: 'ratio' | 'survey'): RuleWarning {
  const vi =
    what === 'ratio'
      ? 'Mẫu số bằng 0 nên không tính được tỷ lệ: 0 điểm.'
      : 'Không có câu trả lời nào (tổng số phiếu bằng 0): 0 điểm.';
  const en =
    what === 'ratio'
      ? 'The denominator is 0, so no ratio can be computed: 0 points.'
      : 'There are no answers (the counts sum to 0): 0 points.';
  return {
    code: 'empty_denominator',
    message: `${vi} Nếu trong kỳ không phát sinh nội dung này, hãy đánh dấu tiêu chí là không áp dụng.`,
    messageEn: `${en} If nothing of this kind arose in the period, mark the criterion not applicable.`,
  };
}

function aboveHundredWarning(percent: Dec): RuleWarning {
  return {
    code: 'ratio_above_100',
    message: `Tỷ lệ ${shownPct(percent)} vượt quá 100 %; vẫn dùng nguyên giá trị để tính điểm, đề nghị kiểm tra lại số liệu.`,
    messageEn: `The ratio ${shownPct(percent, 'en')} is above 100%; it is used as is, please check the figures.`,
  };
}

/**
 * Turns a ratio or percent value into a percent.
 *
 * @returns the reading, or an {@link EmptyRatio} when the denominator is 0.
 */
export function ratioPercent(value: RatioValue): RatioReading | EmptyRatio {
  let n: Dec;
  let d: Dec;
  let inputText: string;
  if (value.kind === 'percent') {
    n = dec(value.percent);
    d = dec(1);
    inputText = shownPct(n);
  } else {
    const numerator = dec(value.numerator);
    const denominator = dec(value.denominator);
    const fraction = `${num(numerator)}/${num(denominator)}`;
    if (denominator.isZero()) {
      return {
        empty: true,
        inputText: `${fraction} (mẫu số bằng 0)`,
        warnings: [emptyDenominatorWarning('ratio')],
      };
    }
    // A negative denominator is normalised so that `den` is positive.
    const sign = denominator.isNegative() ? -1 : 1;
    n = numerator.times(HUNDRED).times(sign);
    d = denominator.times(sign);
    inputText = `${fraction} = ${shownPct(n.dividedBy(d))}`;
  }
  const percent = n.dividedBy(d);
  const warnings = percent.greaterThan(HUNDRED) ? [aboveHundredWarning(percent)] : [];
  return { empty: false, percent, num: n, den: d, inputText, warnings };
}
