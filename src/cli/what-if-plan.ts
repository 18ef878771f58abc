import { formatNumber, type Lang } from '../format/number-format.js';
import type { BandGap } from '../model/whatif-gaps.js';
import type { CheapestPlan } from '../model/whatif-plan.js';
import type { TargetsPlan } from '../whatif/plan-targets.js';

/** Plans with more steps than this are listed one step per line. */
const LONG_PLAN = 5;

/** The plan for a unit's targets, as the CLI prints it. */
export type WhatIfPlan = TargetsPlan;

/** A plan of many steps as a head line and one line per step; `undefined` for short plans. */
function long(plan: CheapestPlan, lang: Lang): string | undefined {
  if (plan.steps.length <= LONG_PLAN) return undefined;
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  const vi = lang === 'vi';
  const head = plan.feasible
    ? vi
      ? 'phương án rẻ nhất'
      : 'cheapest plan'
    : vi
      ? `không đủ, các tiêu chí có thể cải thiện chỉ cho thêm tối đa ${n(plan.maxGain)} điểm`
      : `not enough, the criteria that can be improved give at most ${n(plan.maxGain)} points`;
  const steps = plan.steps.map(
    (s) =>
      `    ${s.code} ${s.name} +${n(s.gain)} ${vi ? 'điểm' : 'points'} (${vi ? 'chi phí' : 'cost'} ${n(s.cost)})`,
  );
  const total = vi
    ? `    Tổng: +${n(plan.totalGain)} điểm, chi phí ${n(plan.totalCost)}`
    : `    Total: +${n(plan.totalGain)} points, cost ${n(plan.totalCost)}`;
  return [`${head}:`, ...steps, total].join('\n');
}

/** The plan in sentences, one line per part (and a total when there are several). */
export function planLines(plan: WhatIfPlan, gaps: { band?: BandGap | undefined }, lang: Lang) {
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  if (plan.phases.length === 0) {
    return [lang === 'vi' ? 'Không cần cải thiện thêm.' : 'No improvement needed.'];
  }
  const band = gaps.band?.band;
  const lines = plan.phases
    .flatMap((p) => {
      const body =
        long(p.plan, lang) ?? (lang === 'vi' ? p.plan.text : p.plan.textEn).replace(/\.$/, '');
      if (p.purpose === 'no-weak') {
        return lang === 'vi'
          ? `Nâng tiêu chí ${p.code} (+${n(p.goal)} điểm): ${body}.`
          : `Lift criterion ${p.code} (+${n(p.goal)} points): ${body}.`;
      }
      const target =
        p.purpose === 'band' && band !== undefined
          ? lang === 'vi'
            ? `loại ${band.label}`
            : `band ${band.labelEn ?? band.label}`
          : lang === 'vi'
            ? 'hạng mục tiêu'
            : 'the target rank';
      return lang === 'vi'
        ? `Cho ${n(p.goal)} điểm (${target}): ${body}.`
        : `For ${n(p.goal)} points (${target}): ${body}.`;
    })
    .flatMap((line) => line.split('\n'));
  if (plan.phases.length > 1) {
    lines.push(
      lang === 'vi'
        ? `Tổng cộng: +${n(plan.totalGain)} điểm, chi phí ${n(plan.totalCost)}${plan.feasible ? '' : ' (chưa đủ để đạt mọi mục tiêu)'}.`
        : `In all: +${n(plan.totalGain)} points, cost ${n(plan.totalCost)}${plan.feasible ? '' : ' (not enough for every target)'}.`,
    );
  }
  return lines;
}
