/**
 * A naive float implementation of the same scoring rules, at the `final` stage, working straight
 * on the authoring data of bench/generate.ts. It is what a spreadsheet or a quick script does:
 * JS numbers everywhere and `toFixed(2)` for display. The benchmark compares its speed and its
 * totals with the exact engine; it is deliberately not a second implementation to trust.
 */
import type { AssessmentDoc, CriteriaSetDoc, NodeDoc, RuleDoc } from './generate.js';

/** Totals of one assessment, as a float implementation would publish them. */
export interface FloatTotals {
  readonly points: number;
  readonly max: number;
  readonly index: number;
  readonly shownPoints: string;
  readonly shownIndex: string;
}

const num = (v: unknown): number =>
  typeof v === 'number' ? v : Number.parseFloat(String(v).replace(/\s|%/g, '').replace(',', '.'));

function percentOf(value: unknown): number | undefined {
  if (typeof value === 'object' && value !== null) {
    const { numerator, denominator } = value as { numerator: unknown; denominator: unknown };
    const d = num(denominator);
    return d === 0 ? undefined : (num(numerator) / d) * 100;
  }
  const s = String(value);
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const d = num(s.slice(slash + 1));
    return d === 0 ? undefined : (num(s.slice(0, slash)) / d) * 100;
  }
  return num(s);
}

const YES = new Set(['có', 'co', 'yes', 'x', 'true', '1']);

function daysLate(due: string, value: unknown): number {
  if (typeof value === 'object' && value !== null)
    return num((value as { daysLate: unknown }).daysLate);
  if (typeof value === 'number') return value;
  const d = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((d(String(value)) - d(due)) / 86_400_000);
}

const clamp = (x: number, max: number): number => Math.min(Math.max(x, 0), max);

/** Points a rule gives for a raw value, in floats. */
export function floatRule(rule: RuleDoc, max: number, value: unknown): number {
  switch (rule.kind) {
    case 'direct':
      return clamp(num(value), max);
    case 'yes-no': {
      const yes = YES.has(String(value).toLowerCase());
      return yes ? (rule.yes ?? max) : (rule.no ?? 0);
    }
    case 'ratio-tiers': {
      const p = percentOf(value);
      if (p === undefined) return 0;
      const up = rule.direction === 'higher-better';
      const tier = rule.tiers.find((t) => (up ? p >= t.at : p <= t.at));
      return clamp(tier ? tier.points : (rule.otherwise ?? 0), max);
    }
    case 'ratio-linear': {
      const p = percentOf(value);
      if (p === undefined || p < rule.lower) return 0;
      if (p >= rule.upper) return max;
      const o = rule.origin === 'zero' ? 0 : rule.lower;
      return clamp((max * (p - o)) / (rule.upper - o), max);
    }
    case 'deduction': {
      const items = Math.max(0, num(value) - rule.freeItems);
      return Math.max(rule.floor, max - rule.perItem * items);
    }
    case 'deadline': {
      const days = daysLate(rule.due, value);
      if (days <= 0) return max;
      const tier = rule.tiers.find((t) => days <= t.daysLate);
      return clamp(tier ? tier.points : (rule.otherwise ?? 0), max);
    }
    case 'survey-options': {
      const counts = value as Record<string, number>;
      let total = 0;
      let weighted = 0;
      for (const o of rule.options) {
        const c = num(counts[o.code] ?? 0);
        total += c;
        weighted += c * o.weight;
      }
      return total === 0 ? 0 : clamp((max * weighted) / (100 * total), max);
    }
    case 'survey-scale': {
      const mean =
        typeof value === 'object' && value !== null
          ? num((value as { mean: unknown }).mean)
          : num(value);
      return clamp((max * (mean - rule.min)) / (rule.max - rule.min), max);
    }
  }
}

type EntryOf = (code: string) => AssessmentDoc['entries'][number] | undefined;

/** Self score of an entry, if it has one: declared, else the rule's, else given points. */
function ownSelf(node: NodeDoc, e: AssessmentDoc['entries'][number]): number | undefined {
  if (e.selfScore !== undefined) return num(e.selfScore);
  const rule = node.rule ?? { kind: 'direct' };
  if (e.value !== undefined && rule.kind !== 'direct') return floatRule(rule, node.max, e.value);
  if (e.points !== undefined) return num(e.points);
  return undefined;
}

/** Final points and applicable maximum of a subtree. */
function floatNode(node: NodeDoc, entryOf: EntryOf): { points: number; max: number } {
  const e = entryOf(node.code);
  if (e?.notApplicable !== undefined) return { points: 0, max: 0 };
  const children = node.children ?? [];
  let points = 0;
  let max = children.length === 0 ? node.max : 0;
  for (const c of children) {
    const s = floatNode(c, entryOf);
    points += s.points;
    max += s.max;
  }
  if (e !== undefined) {
    const rounds = e.appraisal ?? [];
    const last = rounds[rounds.length - 1];
    const self = ownSelf(node, e);
    if (last !== undefined) points = num(last);
    else if (self !== undefined) points = self;
  }
  return { points, max };
}

/** Scores one assessment at the `final` stage with floats. */
export function floatScore(set: CriteriaSetDoc, assessment: AssessmentDoc): FloatTotals {
  const entries = new Map(assessment.entries.map((e) => [e.code, e]));
  const entryOf: EntryOf = (code) => entries.get(code);
  let points = 0;
  let max = 0;
  for (const f of set.fields) {
    const s = floatNode(f, entryOf);
    points += s.points;
    max += s.max;
  }
  let bonus = 0;
  let penalty = 0;
  for (const def of set.adjustments) {
    let given = 0;
    for (const a of assessment.adjustments) if (a.id === def.id) given += num(a.points);
    if (def.kind === 'bonus') bonus += Math.min(given, def.cap);
    else penalty += Math.min(given, def.cap);
  }
  const total = Math.max(0, points + bonus - penalty);
  const index = max === 0 ? 0 : (total / max) * 100;
  return { points: total, max, index, shownPoints: total.toFixed(2), shownIndex: index.toFixed(2) };
}
