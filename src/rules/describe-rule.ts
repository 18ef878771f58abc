import { match } from 'ts-pattern';
import { type Dec, dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import type {
  DeadlineRule,
  DeductionRule,
  RatioLinearRule,
  RatioTiersRule,
  ScoringRule,
  SurveyOptionsRule,
  SurveyScaleRule,
} from '../model/scoring-rule.js';
import { viDate } from './calendar.js';
import { num, pct, pts, type RuleLang } from './rule-text.js';

// Rules are immutable objects of a parsed set and are described once per scoring of every
// leaf: caching the text per rule object keeps scoring from spending its time writing prose.
const cache = new WeakMap<ScoringRule, Map<string, string>>();

/**
 * The rule in words, in the style of provincial decisions, for the Excel template and reports.
 * Numbers are written in full in the language's format (`0,25` in Vietnamese).
 *
 * @param rule - A validated scoring rule.
 * @param max - The node's maximum points.
 * @param lang - `vi` (default) or `en`.
 * @returns One line, e.g. `"Tỷ lệ từ 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; dưới 80 %: 0 điểm"`.
 * @example
 * describeRule({ kind: 'yes-no', yes: '1', no: '0' }, '1'); // 'Có: 1 điểm; Không: 0 điểm'
 * describeRule({ kind: 'deduction', perItem: '0.25', floor: '0', freeItems: 0 }, '2', 'en');
 * // 'Up to 2 points; minus 0.25 points per case, down to 0 points'
 */
export function describeRule(
  rule: ScoringRule,
  max: DecimalString | string | number,
  lang: 'vi' | 'en' = 'vi',
): string {
  const key = `${lang}|${String(max)}`;
  let byKey = cache.get(rule);
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const text = composeRuleText(rule, max, lang);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(rule, byKey);
  }
  byKey.set(key, text);
  return text;
}

function composeRuleText(
  rule: ScoringRule,
  max: DecimalString | string | number,
  lang: 'vi' | 'en' = 'vi',
): string {
  const m = dec(max);
  const vi = lang === 'vi';
  return match(rule)
    .with({ kind: 'direct' }, (r) => {
      const base = vi
        ? `Chấm trực tiếp từ 0 đến ${pts(m)}`
        : `Scored directly from 0 to ${pts(m, lang)}`;
      if (r.step === undefined) return base;
      return vi ? `${base} (bước ${num(r.step)})` : `${base} (step ${num(r.step, lang)})`;
    })
    .with({ kind: 'yes-no' }, (r) =>
      vi
        ? `Có: ${pts(r.yes)}; Không: ${pts(r.no)}`
        : `Yes: ${pts(r.yes, lang)}; No: ${pts(r.no, lang)}`,
    )
    .with({ kind: 'ratio-tiers' }, (r) => describeTiers(r, lang))
    .with({ kind: 'ratio-linear' }, (r) => describeLinear(r, m, lang))
    .with({ kind: 'deduction' }, (r) => describeDeduction(r, m, lang))
    .with({ kind: 'deadline' }, (r) => describeDeadline(r, m, lang))
    .with({ kind: 'survey-options' }, (r) => describeOptions(r, lang))
    .with({ kind: 'survey-scale' }, (r) => describeScale(r, m, lang))
    .exhaustive();
}

function describeTiers(rule: RatioTiersRule, lang: RuleLang): string {
  const vi = lang === 'vi';
  const higher = rule.direction === 'higher-better';
  const parts: string[] = [];
  let previous: DecimalString | undefined;
  for (const tier of rule.tiers) {
    const at = pct(tier.at, lang);
    let range: string;
    if (higher) {
      if (previous === undefined) range = vi ? `từ ${at}` : `${at} or more`;
      else
        range = vi ? `từ ${at} đến dưới ${pct(previous)}` : `${at} to under ${pct(previous, lang)}`;
    } else if (previous === undefined) {
      range = vi ? `đến ${at}` : `up to ${at}`;
    } else {
      range = vi ? `trên ${pct(previous)} đến ${at}` : `over ${pct(previous, lang)} up to ${at}`;
    }
    parts.push(`${range}: ${pts(tier.points, lang)}`);
    previous = tier.at;
  }
  if (previous === undefined) {
    return `${vi ? 'Mọi tỷ lệ' : 'Any ratio'}: ${pts(rule.otherwise, lang)}`;
  }
  const below = vi ? 'dưới' : 'under';
  const over = vi ? 'trên' : 'over';
  const rest = `${higher ? below : over} ${pct(previous, lang)}`;
  parts.push(`${rest}: ${pts(rule.otherwise, lang)}`);
  return `${vi ? 'Tỷ lệ' : 'Ratio'} ${parts.join('; ')}`;
}

function describeLinear(rule: RatioLinearRule, max: Dec, lang: RuleLang): string {
  const vi = lang === 'vi';
  const lower = dec(rule.lower);
  const upper = pct(rule.upper, lang);
  const ratio = vi ? 'tỷ lệ' : 'ratio';
  const formula =
    rule.origin === 'lower' && !lower.isZero()
      ? `${pts(max, lang)} × (${ratio} − ${pct(lower, lang)}) / ${pct(dec(rule.upper).minus(lower), lang)}`
      : `${pts(max, lang)} × ${ratio} / ${upper}`;
  const parts = [
    vi ? `Tỷ lệ từ ${upper}: ${pts(max)}` : `Ratio ${upper} or more: ${pts(max, lang)}`,
  ];
  if (lower.isZero()) {
    parts.push(vi ? `dưới ${upper}: ${formula}` : `under ${upper}: ${formula}`);
  } else {
    const low = pct(lower, lang);
    parts.push(
      vi ? `từ ${low} đến dưới ${upper}: ${formula}` : `${low} to under ${upper}: ${formula}`,
    );
    parts.push(vi ? `dưới ${low}: ${pts(0)}` : `under ${low}: ${pts(0, lang)}`);
  }
  return parts.join('; ');
}

function describeDeduction(rule: DeductionRule, max: Dec, lang: RuleLang): string {
  const free = rule.freeItems;
  if (lang === 'vi') {
    const per =
      free > 0
        ? `không trừ ${free} trường hợp đầu, mỗi trường hợp tiếp theo trừ ${pts(rule.perItem)}`
        : `mỗi trường hợp trừ ${pts(rule.perItem)}`;
    return `Tối đa ${pts(max)}; ${per}, thấp nhất ${pts(rule.floor)}`;
  }
  const perEn =
    free > 0
      ? `the first ${free === 1 ? 'case is' : `${free} cases are`} free, then minus ${pts(rule.perItem, lang)} per case`
      : `minus ${pts(rule.perItem, lang)} per case`;
  return `Up to ${pts(max, lang)}; ${perEn}, down to ${pts(rule.floor, lang)}`;
}

function describeDeadline(rule: DeadlineRule, max: Dec, lang: RuleLang): string {
  const vi = lang === 'vi';
  const days = (n: number): string =>
    vi ? `${num(n)} ngày` : `${num(n, lang)} day${n === 1 ? '' : 's'}`;
  const due =
    rule.due === undefined ? '' : vi ? ` (hạn ${viDate(rule.due)})` : ` (due ${rule.due})`;
  const parts = [vi ? `Đúng hạn${due}: ${pts(max)}` : `On time${due}: ${pts(max, lang)}`];
  let previous: number | undefined;
  for (const tier of rule.tiers) {
    const range =
      previous === undefined
        ? vi
          ? `chậm đến ${days(tier.daysLate)}`
          : `up to ${days(tier.daysLate)} late`
        : vi
          ? `chậm trên ${days(previous)} đến ${days(tier.daysLate)}`
          : `over ${days(previous)} up to ${days(tier.daysLate)} late`;
    parts.push(`${range}: ${pts(tier.points, lang)}`);
    previous = tier.daysLate;
  }
  const rest = previous === undefined ? (vi ? 'chậm' : 'late') : vi ? 'chậm hơn' : 'later';
  parts.push(`${rest}: ${pts(rule.otherwise, lang)}`);
  return parts.join('; ');
}

function describeOptions(rule: SurveyOptionsRule, lang: RuleLang): string {
  const items = rule.options.map(
    (o) => `${o.code}${o.label === undefined ? '' : ` (${o.label})`} ${pct(o.weight, lang)}`,
  );
  return `${items.join(', ')} ${lang === 'vi' ? 'số điểm' : 'of the points'}`;
}

function describeScale(rule: SurveyScaleRule, max: Dec, lang: RuleLang): string {
  const lo = num(rule.min, lang);
  const hi = num(rule.max, lang);
  return lang === 'vi'
    ? `Thang ${lo}–${hi}: điểm trung bình ${hi} được ${pts(max)}, ${lo} được ${pts(0)}, ở giữa tính theo tỷ lệ`
    : `Scale ${lo}–${hi}: a mean of ${hi} earns ${pts(max, lang)}, ${lo} earns ${pts(0, lang)}, proportionally in between`;
}
