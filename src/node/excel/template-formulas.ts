import type { CriteriaNode } from '../../model/criteria-node.js';
import type { ScoringRule } from '../../model/scoring-rule.js';
import { COL, type TemplateLang, YES_NO } from './layout.js';

/**
 * Live formulas of the template's "Điểm tính" column: the points par-index gives a row at the
 * self-assessment stage, worked out by the spreadsheet where a formula can do it exactly as the
 * engine does, and the text {@link scoredByParIndex} where it cannot. So the sheet never shows a
 * total that disagrees with `par-index score --stage self`:
 *
 * - not applicable (a reason given): 0 (the maximum shrinks; the points are 0);
 * - a self-score typed as a number: that score (the engine takes the declared score);
 * - nothing entered: 0;
 * - else the rule: yes/no, ratio tiers, proportional ratio, deductions per case, deadlines in
 *   days late (or a date when the rule has a due date), survey mean. The value must be a number,
 *   or text of plain digits (`95`, `95%`, `45/50`); anything else (decimal commas in text, survey
 *   answers per option, a text date) shows "chấm bằng par-index";
 * - a parent: the sum of its children, or "chấm bằng par-index" when any child shows it.
 *
 * Spreadsheet doubles can differ from the exact decimal in the 15th digit; every leaf result is
 * rounded to 10 places so that what the sheet shows (2 places) is the engine's value.
 */

/** The text shown where the spreadsheet cannot compute the points. */
export function scoredByParIndex(lang: TemplateLang): string {
  return lang === 'vi' ? 'chấm bằng par-index' : 'scored by par-index';
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A decimal string as a formula literal (always with a decimal point). */
function n(value: string | number): string {
  return String(value);
}

// Text of plain digits: every digit removed leaves nothing (and it is not empty or huge).
function digitsOnly(x: string): string {
  let stripped = x;
  for (const d of '0123456789') stripped = `SUBSTITUTE(${stripped},"${d}","")`;
  return `AND(LEN(${x})>0,LEN(${x})<=12,LEN(${stripped})=0)`;
}

/**
 * The helper cell's formula for a ratio rule: the percentage the engine reads from the value
 * cell, or the marker. A number is a percentage (a percent-formatted cell holds the fraction),
 * text is `95`, `95%` or `45/50` in plain digits.
 */
export function ratioPercentFormula(row: number, lang: TemplateLang): string {
  const e = `${COL.value}${row}`;
  const mark = q(scoredByParIndex(lang));
  const t = `TRIM(${e})`;
  const noPct = `IF(RIGHT(${t},1)="%",LEFT(${t},LEN(${t})-1),${t})`;
  const slash = `SEARCH("/",${t})`;
  const num = `LEFT(${t},${slash}-1)`;
  const den = `MID(${t},${slash}+1,99)`;
  const fraction =
    `IF(AND(LEN(${t})-LEN(SUBSTITUTE(${t},"/",""))=1,${digitsOnly(num)},${digitsOnly(den)}),` +
    `IF(VALUE(${den})=0,${mark},VALUE(${num})*100/VALUE(${den})),${mark})`;
  const text = `IF(ISNUMBER(${slash}),${fraction},IF(${digitsOnly(noPct)},VALUE(${noPct}),${mark}))`;
  return `IF(ISNUMBER(${e}),${e}*IF(LEFT(CELL("format",${e}),1)="P",100,1),${text})`;
}

/** Whether a rule reads a ratio, so its row needs the helper cell. */
export function needsRatioHelper(rule: ScoringRule): boolean {
  return rule.kind === 'ratio-tiers' || rule.kind === 'ratio-linear';
}

// Clamped to [0, max] like the engine, and rounded to 10 places (see the module comment).
function clampMax(expr: string, max: string): string {
  return `ROUND(MAX(0,MIN(${n(max)},${expr})),10)`;
}

// The rule's points from the value cell, or the marker.
function ruleFormula(node: CriteriaNode, row: number, lang: TemplateLang): string {
  const e = `${COL.value}${row}`;
  const p = `${COL.helper}${row}`;
  const mark = q(scoredByParIndex(lang));
  const max = node.max;
  const rule = node.rule ?? { kind: 'direct' as const };
  // A whole number ≥ 0, from a number or digits typed as text.
  const whole = (body: (v: string) => string): string => {
    const v = `IF(ISNUMBER(${e}),${e},VALUE(TRIM(${e})))`;
    const ok = `OR(AND(ISNUMBER(${e}),${e}>=0,${e}=INT(${e})),AND(NOT(ISNUMBER(${e})),${digitsOnly(`TRIM(${e})`)}))`;
    return `IF(${ok},${body(v)},${mark})`;
  };
  switch (rule.kind) {
    case 'direct':
      // Points go in the self-score column; with none, nothing is given.
      return '0';
    case 'yes-no': {
      const yes = [...YES_NO.vi.slice(0, 1), ...YES_NO.en.slice(0, 1)];
      const no = [...YES_NO.vi.slice(1), ...YES_NO.en.slice(1)];
      const is = (words: readonly string[]) =>
        `OR(${words.map((w) => `TRIM(${e})=${q(w)}`).join(',')})`;
      return `IF(ISNUMBER(${e}),${mark},IF(${is(yes)},${n(rule.yes)},IF(${is(no)},${n(rule.no)},${mark})))`;
    }
    case 'ratio-tiers': {
      const cmp = rule.direction === 'higher-better' ? '>=' : '<=';
      const tiers = rule.tiers.reduceRight(
        (otherwise, t) => `IF(${p}${cmp}${n(t.at)},${n(t.points)},${otherwise})`,
        n(rule.otherwise),
      );
      return `IF(ISNUMBER(${p}),${clampMax(tiers, max)},${mark})`;
    }
    case 'ratio-linear': {
      const origin = rule.origin === 'lower' ? rule.lower : '0';
      const linear = `IF(${p}<${n(rule.lower)},0,IF(${p}>=${n(rule.upper)},${n(max)},${n(max)}*(${p}-${n(origin)})/(${n(rule.upper)}-${n(origin)})))`;
      return `IF(ISNUMBER(${p}),${clampMax(linear, max)},${mark})`;
    }
    case 'deduction':
      return whole((v) => {
        const counted = `MAX(0,${v}-${rule.freeItems})`;
        return clampMax(`MAX(${n(rule.floor)},${n(max)}-${n(rule.perItem)}*${counted})`, max);
      });
    case 'deadline': {
      const tiers = (days: string) =>
        `IF(${days}<=0,${n(max)},${rule.tiers.reduceRight(
          (otherwise, t) => `IF(${days}<=${t.daysLate},${n(t.points)},${otherwise})`,
          n(rule.otherwise),
        )})`;
      const due = rule.due?.split('-').map(Number);
      // Days late (a whole number), or, when the rule has a due date, a date cell.
      const dated =
        due === undefined
          ? mark
          : `IF(LEFT(CELL("format",${e}),1)="D",${tiers(`(${e}-DATE(${due[0]},${due[1]},${due[2]}))`)},${mark})`;
      return `IF(AND(ISNUMBER(${e}),${e}=INT(${e})),IF(${e}>10000,${dated},${clampMax(tiers(e), max)}),${mark})`;
    }
    case 'survey-scale': {
      const span = `(${n(rule.max)}-${n(rule.min)})`;
      return `IF(ISNUMBER(${e}),${clampMax(`${n(max)}*(${e}-${n(rule.min)})/${span}`, max)},${mark})`;
    }
    case 'survey-options':
      return mark;
  }
}

/**
 * The "Điểm tính" formula of a leaf row: not applicable, declared self-score, empty, or the
 * rule (see the module comment).
 */
export function leafPointsFormula(node: CriteriaNode, row: number, lang: TemplateLang): string {
  const f = `${COL.selfScore}${row}`;
  const mark = q(scoredByParIndex(lang));
  const value = `${COL.value}${row}`;
  return (
    `IF(LEN(TRIM(${COL.notApplicable}${row}))>0,0,` +
    `IF(ISNUMBER(${f}),${f},IF(LEN(TRIM(${f}))>0,${mark},` +
    `IF(LEN(TRIM(${value}))=0,0,${ruleFormula(node, row, lang)}))))`
  );
}

/** A parent's (or the total's) formula: the sum of the rows below, or the marker. */
export function sumFormula(rows: readonly number[], lang: TemplateLang): string {
  const cells = rows.map((r) => `${COL.computed}${r}`).join(',');
  return `IF(COUNT(${cells})=${rows.length},ROUND(SUM(${cells}),10),${q(scoredByParIndex(lang))})`;
}
