import type { CompiledCondition } from '../compile/program.js';
import { formatScaledPercent } from '../format/scaled-percent.js';
import { pow10 } from '../internal/int.js';
import { type Q, Q100, qCmp, qDiv, qMul } from '../internal/rational.js';
import type { FiredTrigger } from '../model/score-result.js';
import { gridQ } from './exact.js';
import { nodeReaches, publishedPercent, type StageScore, totalsOf } from './stage-score.js';
import { STATUS } from './unit-data.js';

interface Reasons {
  readonly vi: string[];
  readonly en: string[];
}

/** A node's percent as published, for people, in both languages: `"74,50 %"`, `"74.50%"`. */
function shownPercent(score: StageScore, i: number): { vi: string; en: string } {
  const { places } = score.unit.program.set.rounding;
  const p = publishedPercent(score.unit, score.data, i);
  return { vi: formatScaledPercent(p, places, 'vi'), en: formatScaledPercent(p, places, 'en') };
}

/** The unit's index as published, for people. */
function shownIndex(score: StageScore, lang: 'vi' | 'en'): string {
  return formatScaledPercent(score.published, score.unit.program.set.rounding.places, lang);
}

/** The index as the set decides: published, or exact. */
function indexValue(score: StageScore): Q {
  const { unit } = score;
  const { places } = unit.program.set.rounding;
  if (unit.program.set.classifyOn === 'published') return { n: score.published, d: pow10(places) };
  return qDiv(qMul(totalsOf(score).total, Q100), gridQ(unit, unit.unitMax));
}

/**
 * Whether a condition holds, its reasons appended to `out` (a condition that does not hold
 * leaves `out` as it found it). One pair of lists per trigger, not one per condition.
 */
function holds(c: CompiledCondition, score: StageScore, out: Reasons): boolean {
  const { unit, data } = score;
  const { program } = unit;
  switch (c.kind) {
    case 'band-in': {
      const level = program.bands?.levels[score.band];
      if (level === undefined || !c.bands.has(level.code)) return false;
      out.vi.push(`Xếp loại "${level.label}"`);
      out.en.push(`Band "${level.labelEn ?? level.label}"`);
      return true;
    }
    case 'index-below': {
      if (qCmp(indexValue(score), c.percent) >= 0) return false;
      out.vi.push(`Chỉ số ${shownIndex(score, 'vi')} dưới ${c.text.vi}`);
      out.en.push(`Index ${shownIndex(score, 'en')} below ${c.text.en}`);
      return true;
    }
    case 'node-below': {
      const before = out.vi.length;
      for (const i of c.nodes) {
        if (data.status[i] !== STATUS.SCORED) continue;
        if (nodeReaches(unit, data, i, c.percent)) continue;
        const node = program.nodes[i];
        if (node === undefined) continue;
        const shown = shownPercent(score, i);
        out.vi.push(
          `"${node.code}. ${node.name}" đạt ${shown.vi} số điểm tối đa, dưới ${c.text.vi}`,
        );
        out.en.push(
          `"${node.code}. ${node.nameEn ?? node.name}" at ${shown.en} of its maximum, below ${c.text.en}`,
        );
      }
      return out.vi.length > before;
    }
    case 'criterion-rated': {
      const scale = program.rating?.scale;
      if (scale === undefined) return false;
      const before = out.vi.length;
      for (let i = 0; i < program.size; i++) {
        const level = scale.levels[score.ratings[i] as number];
        if (level === undefined) continue;
        if (c.ratings !== undefined ? !c.ratings.has(level.code) : !level.weak) continue;
        const node = program.nodes[i];
        if (node === undefined) continue;
        const shown = shownPercent(score, i);
        out.vi.push(
          `Tiêu chí "${node.code}. ${node.name}" xếp loại "${level.label}" (${shown.vi})`,
        );
        out.en.push(
          `Criterion "${node.code}. ${node.nameEn ?? node.name}" rated "${level.labelEn ?? level.label}" (${shown.en})`,
        );
      }
      return out.vi.length > before;
    }
    case 'any': {
      // Every condition that holds gives its reasons, in order.
      let any = false;
      for (const sub of c.conditions) if (holds(sub, score, out)) any = true;
      return any;
    }
    case 'all': {
      // All must hold; once one does not, the reasons gathered so far are taken back.
      const before = out.vi.length;
      for (const sub of c.conditions) {
        if (!holds(sub, score, out)) {
          out.vi.length = before;
          out.en.length = before;
          return false;
        }
      }
      return true;
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
  if (score.unit.unitMax === 0) return [];
  const fired: FiredTrigger[] = [];
  for (const t of score.unit.program.triggers) {
    const reasons: Reasons = { vi: [], en: [] };
    if (!holds(t.when, score, reasons)) continue;
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
