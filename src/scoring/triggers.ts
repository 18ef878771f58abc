import { match } from 'ts-pattern';
import { formatPercent } from '../format/number-format.js';
import { dec } from '../internal/decimal.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { BandResult, FiredTrigger, NodeScore } from '../model/score-result.js';
import type { TriggerCondition } from '../model/trigger.js';
import { walkScores } from './find-node.js';

/** What a trigger condition sees of a scored unit. */
export interface TriggerContext {
  readonly index: string;
  readonly band?: BandResult | undefined;
  readonly fields: readonly NodeScore[];
  readonly ratings: readonly NodeScore[];
}

interface Reasons {
  readonly vi: string[];
  readonly en: string[];
}

const pct = (v: string, lang: 'vi' | 'en') => formatPercent(v, { lang });

/** Evaluates a condition; returns the reasons it holds, or undefined when it does not. */
function holds(condition: TriggerCondition, ctx: TriggerContext): Reasons | undefined {
  return match(condition)
    .with({ kind: 'band-in' }, (c) =>
      ctx.band !== undefined && c.bands.includes(ctx.band.code)
        ? {
            vi: [`Xếp loại "${ctx.band.label}"`],
            en: [`Band "${ctx.band.labelEn ?? ctx.band.label}"`],
          }
        : undefined,
    )
    .with({ kind: 'index-below' }, (c) =>
      dec(ctx.index).lessThan(dec(c.percent))
        ? {
            vi: [`Chỉ số ${pct(ctx.index, 'vi')} dưới ${pct(c.percent, 'vi')}`],
            en: [`Index ${pct(ctx.index, 'en')} below ${pct(c.percent, 'en')}`],
          }
        : undefined,
    )
    .with({ kind: 'node-below' }, (c) => {
      const out: Reasons = { vi: [], en: [] };
      for (const n of walkScores(ctx.fields)) {
        const selected =
          c.node.code !== undefined ? n.code === c.node.code : n.tags.includes(c.node.tag);
        if (!selected || !n.applicable || dec(n.max).isZero()) continue;
        if (dec(n.percent).lessThan(dec(c.percent))) {
          out.vi.push(
            `"${n.code}. ${n.name}" đạt ${pct(n.percent, 'vi')} số điểm tối đa, dưới ${pct(c.percent, 'vi')}`,
          );
          out.en.push(
            `"${n.code}. ${n.nameEn ?? n.name}" at ${pct(n.percent, 'en')} of its maximum, below ${pct(c.percent, 'en')}`,
          );
        }
      }
      return out.vi.length > 0 ? out : undefined;
    })
    .with({ kind: 'criterion-rated' }, (c) => {
      const out: Reasons = { vi: [], en: [] };
      for (const n of ctx.ratings) {
        const r = n.rating;
        if (r === undefined) continue;
        if (c.ratings !== undefined ? c.ratings.includes(r.code) : r.weak) {
          out.vi.push(
            `Tiêu chí "${n.code}. ${n.name}" xếp loại "${r.label}" (${pct(n.percent, 'vi')})`,
          );
          out.en.push(
            `Criterion "${n.code}. ${n.nameEn ?? n.name}" rated "${r.labelEn ?? r.label}" (${pct(n.percent, 'en')})`,
          );
        }
      }
      return out.vi.length > 0 ? out : undefined;
    })
    .with({ kind: 'any' }, (c) => {
      const all = c.conditions.map((sub) => holds(sub, ctx)).filter((r) => r !== undefined);
      return all.length > 0
        ? { vi: all.flatMap((r) => r.vi), en: all.flatMap((r) => r.en) }
        : undefined;
    })
    .with({ kind: 'all' }, (c) => {
      const all = c.conditions.map((sub) => holds(sub, ctx));
      if (all.some((r) => r === undefined)) return undefined;
      const ok = all.filter((r) => r !== undefined);
      return { vi: ok.flatMap((r) => r.vi), en: ok.flatMap((r) => r.en) };
    })
    .exhaustive();
}

/** The set's triggers that fire for a scored unit, each with its reasons. */
export function fireTriggers(set: CriteriaSet, ctx: TriggerContext): FiredTrigger[] {
  const fired: FiredTrigger[] = [];
  for (const t of set.triggers) {
    const reasons = holds(t.when, ctx);
    if (reasons === undefined) continue;
    fired.push({
      id: t.id,
      label: t.label,
      ...(t.labelEn !== undefined ? { labelEn: t.labelEn } : {}),
      ...(t.action !== undefined ? { action: t.action } : {}),
      ...(t.due !== undefined ? { due: t.due } : {}),
      reasons: reasons.vi,
      reasonsEn: reasons.en,
    });
  }
  return fired;
}
