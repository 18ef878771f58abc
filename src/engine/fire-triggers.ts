import type { CompiledCondition } from '../compile/program.js';
import { formatPercent } from '../format/number-format.js';
import { type Int, isZero, mul, pow10 } from '../internal/int.js';
import { type Q, qCmp, qToString, roundDiv, scaledToFixed } from '../internal/rational.js';
import type { FiredTrigger } from '../model/score-result.js';
import { decisionValue, type StageScore } from './stage-score.js';
import { STATUS } from './unit-data.js';

interface Reasons {
  readonly vi: string[];
  readonly en: string[];
}

/** A node's percent as published, for people: `"74,50 %"`. */
function shownPercent(score: StageScore, points: Int, max: Int, lang: 'vi' | 'en'): string {
  const { places, mode } = score.unit.program.set.rounding;
  const p = roundDiv(mul(mul(points, 100), pow10(places)), max, mode);
  return formatPercent(scaledToFixed(p, places), { places, lang });
}

function threshold(value: Q, lang: 'vi' | 'en'): string {
  return formatPercent(qToString(value), { lang });
}

function holds(c: CompiledCondition, score: StageScore): Reasons | undefined {
  const { unit, data } = score;
  const { program } = unit;
  switch (c.kind) {
    case 'band-in': {
      const level = program.bands?.levels[score.band];
      if (level === undefined || !c.bands.has(level.code)) return undefined;
      return {
        vi: [`Xếp loại "${level.label}"`],
        en: [`Band "${level.labelEn ?? level.label}"`],
      };
    }
    case 'index-below': {
      if (qCmp(decisionValue(unit, score.total, unit.unitMax), c.percent) >= 0) return undefined;
      const shown = (lang: 'vi' | 'en') => shownPercent(score, score.total, unit.unitMax, lang);
      return {
        vi: [`Chỉ số ${shown('vi')} dưới ${threshold(c.percent, 'vi')}`],
        en: [`Index ${shown('en')} below ${threshold(c.percent, 'en')}`],
      };
    }
    case 'node-below': {
      const out: Reasons = { vi: [], en: [] };
      for (const i of c.nodes) {
        if (data.status[i] !== STATUS.SCORED) continue;
        const points = data.points[i] as Int;
        const max = unit.max[i] as Int;
        if (qCmp(decisionValue(unit, points, max), c.percent) >= 0) continue;
        const node = program.nodes[i];
        if (node === undefined) continue;
        out.vi.push(
          `"${node.code}. ${node.name}" đạt ${shownPercent(score, points, max, 'vi')} số điểm tối đa, dưới ${threshold(c.percent, 'vi')}`,
        );
        out.en.push(
          `"${node.code}. ${node.nameEn ?? node.name}" at ${shownPercent(score, points, max, 'en')} of its maximum, below ${threshold(c.percent, 'en')}`,
        );
      }
      return out.vi.length > 0 ? out : undefined;
    }
    case 'criterion-rated': {
      const out: Reasons = { vi: [], en: [] };
      const scale = program.rating?.scale;
      if (scale === undefined) return undefined;
      for (let i = 0; i < program.size; i++) {
        const level = scale.levels[score.ratings[i] as number];
        if (level === undefined) continue;
        if (c.ratings !== undefined ? !c.ratings.has(level.code) : !level.weak) continue;
        const node = program.nodes[i];
        if (node === undefined) continue;
        const points = data.points[i] as Int;
        const max = unit.max[i] as Int;
        out.vi.push(
          `Tiêu chí "${node.code}. ${node.name}" xếp loại "${level.label}" (${shownPercent(score, points, max, 'vi')})`,
        );
        out.en.push(
          `Criterion "${node.code}. ${node.nameEn ?? node.name}" rated "${level.labelEn ?? level.label}" (${shownPercent(score, points, max, 'en')})`,
        );
      }
      return out.vi.length > 0 ? out : undefined;
    }
    case 'any': {
      const all = c.conditions.map((sub) => holds(sub, score)).filter((r) => r !== undefined);
      return all.length > 0
        ? { vi: all.flatMap((r) => r.vi), en: all.flatMap((r) => r.en) }
        : undefined;
    }
    case 'all': {
      const all = c.conditions.map((sub) => holds(sub, score));
      if (all.some((r) => r === undefined)) return undefined;
      const ok = all.filter((r) => r !== undefined);
      return { vi: ok.flatMap((r) => r.vi), en: ok.flatMap((r) => r.en) };
    }
    default:
      return unreachable(c);
  }
}

function unreachable(c: never): never {
  throw new TypeError(`fireTriggers: unknown condition ${JSON.stringify(c)}`);
}

/**
 * The set's triggers that fire for a decided stage, each with its reasons in Vietnamese and
 * English. A unit without an applicable maximum fires nothing: there is nothing to judge.
 */
export function fireTriggers(score: StageScore): FiredTrigger[] {
  if (isZero(score.unit.unitMax)) return [];
  const fired: FiredTrigger[] = [];
  for (const t of score.unit.program.triggers) {
    const reasons = holds(t.when, score);
    if (reasons === undefined) continue;
    const r = t.rule;
    fired.push({
      id: r.id,
      label: r.label,
      ...(r.labelEn !== undefined ? { labelEn: r.labelEn } : {}),
      ...(r.action !== undefined ? { action: r.action } : {}),
      ...(r.due !== undefined ? { due: r.due } : {}),
      reasons: reasons.vi,
      reasonsEn: reasons.en,
    });
  }
  return fired;
}
