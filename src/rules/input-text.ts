import { formatNumber } from '../format/number-format.js';
import { type Q, qToFixed } from '../internal/rational.js';
import type { RawValue } from '../model/assessment.js';
import type { ScoringRule } from '../model/scoring-rule.js';
import { daysBetween, viDate } from './calendar.js';
import { type RatioValue, ratioPercent } from './ratio.js';
import { num, type RuleLang } from './rule-text.js';

/** An exact percent shown to 2 places (exact half-up), trailing zeros dropped: `66,67 %`. */
export function shownPercentQ(value: Q, lang: RuleLang = 'vi'): string {
  const text = formatNumber(qToFixed(value, 2, 'half-up'), { places: 2, trimZeros: true, lang });
  return lang === 'vi' ? `${text} %` : `${text}%`;
}

function ratioText(value: RatioValue, lang: RuleLang): string {
  const percent = ratioPercent(value);
  if (value.kind === 'percent') return shownPercentQ(percent ?? { n: 0, d: 1 }, lang);
  const fraction = `${num(value.numerator, lang)}/${num(value.denominator, lang)}`;
  if (percent === undefined) {
    return `${fraction} (${lang === 'vi' ? 'mẫu số bằng 0' : 'denominator 0'})`;
  }
  return `${fraction} = ${shownPercentQ(percent, lang)}`;
}

/**
 * A leaf's raw value in words, for explanations: `"45/50 = 90 %"`, `"Có"`, `"chậm 3 ngày
 * (hoàn thành 03/12/2023, hạn 30/11/2023)"`, `"A: 290, B: 10"`.
 */
export function describeInput(rule: ScoringRule, value: RawValue, lang: RuleLang = 'vi'): string {
  const vi = lang === 'vi';
  switch (value.kind) {
    case 'ratio':
    case 'percent':
      return ratioText(value, lang);
    case 'yes-no':
      return value.value ? (vi ? 'Có' : 'Yes') : vi ? 'Không' : 'No';
    case 'count': {
      const free = rule.kind === 'deduction' ? rule.freeItems : 0;
      const note =
        free > 0 ? (vi ? ` (không trừ ${num(free)} trường hợp đầu)` : ` (first ${free} free)`) : '';
      return `${num(value.count, lang)} ${vi ? 'trường hợp' : 'cases'}${note}`;
    }
    case 'days-late':
    case 'date': {
      const due = rule.kind === 'deadline' ? rule.due : undefined;
      const days =
        value.kind === 'days-late'
          ? value.days
          : due === undefined
            ? 0
            : daysBetween(due, value.date);
      const late =
        days <= 0
          ? vi
            ? 'đúng hạn'
            : 'on time'
          : vi
            ? `chậm ${num(days)} ngày`
            : `${num(days, lang)} day${days === 1 ? '' : 's'} late`;
      const detail =
        value.kind === 'date' && due !== undefined
          ? vi
            ? ` (hoàn thành ${viDate(value.date)}, hạn ${viDate(due)})`
            : ` (done ${value.date}, due ${due})`
          : '';
      return late + detail;
    }
    case 'answers': {
      const codes = rule.kind === 'survey-options' ? rule.options.map((o) => o.code) : [];
      return codes.map((c) => `${c}: ${num(value.counts[c] ?? '0', lang)}`).join(', ');
    }
    case 'mean': {
      const scale =
        rule.kind === 'survey-scale'
          ? ` (${vi ? 'thang' : 'scale'} ${num(rule.min, lang)}–${num(rule.max, lang)})`
          : '';
      return `${vi ? 'trung bình' : 'mean'} ${num(value.mean, lang)}${scale}`;
    }
    default:
      return unreachable(value);
  }
}

function unreachable(value: never): never {
  throw new TypeError(`describeInput: unknown value ${JSON.stringify(value)}`);
}
