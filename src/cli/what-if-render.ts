import { formatNumber, formatPercent, type Lang } from '../format/number-format.js';
import type { Stage } from '../model/score-result.js';
import type { MonteCarloResult, UnitRankDistribution } from '../model/whatif-monte-carlo.js';
import { escapeLine, jsonSafe } from '../node/control-chars.js';
import type { WhatIfAnswer } from './what-if-answers.js';
import { planLines } from './what-if-plan.js';
import type { SimulationAnswer } from './what-if-scenario.js';

const collator = new Intl.Collator('vi');

/** Identifies the what-if JSON document; bump `version` on any breaking change. */
export const WHAT_IF_JSON_FORMAT = { format: 'par-index.what-if', version: 1 } as const;

/** Monte Carlo part of the output: `runs` is empty when no assessment carries `uncertainty`. */
export interface MonteCarloOutput {
  readonly draws: number;
  readonly seed: number;
  readonly uncertain: boolean;
  readonly runs: readonly {
    readonly criteriaSet: string;
    readonly result: MonteCarloResult;
    readonly shown: readonly UnitRankDistribution[];
  }[];
}

/** Everything the `what-if` command found. */
export interface WhatIfOutput {
  readonly stage: Stage;
  readonly unit?: string | undefined;
  readonly answers: readonly WhatIfAnswer[];
  readonly simulation?: readonly SimulationAnswer[] | undefined;
  readonly monteCarlo?: MonteCarloOutput | undefined;
}

const NO_UNCERTAINTY = {
  vi: 'Không hồ sơ nào khai báo độ bất định (uncertainty), nên không có gì để mô phỏng: với số liệu hiện có, thứ hạng là chắc chắn. Hãy thêm uncertainty: { low, high } hoặc { standardError } vào mục còn chưa chắc chắn của hồ sơ (xem docs/assessment-format.md).',
  en: 'No assessment declares any uncertainty, so there is nothing to simulate: with the data given, the ranks are certain. Add uncertainty: { low, high } or { standardError } to the entries not yet certain (see docs/assessment-format.md).',
} as const;

function answerLines(a: WhatIfAnswer, lang: Lang, several: boolean): string[] {
  const vi = lang === 'vi';
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  const c = a.current;
  const band = c.band ? (vi ? c.band.label : (c.band.labelEn ?? c.band.label)) : undefined;
  const lines = [
    `${a.unit.name}${several ? ` — ${a.criteriaSet.title}` : ''}`,
    vi
      ? `Hiện tại: ${n(c.points)}/${n(c.max)} điểm, chỉ số ${formatPercent(c.shown, { lang })}${c.of > 1 ? `, hạng ${c.rank}/${c.of}` : ''}${band ? `, xếp loại ${band}` : ''}; còn có thể giành thêm ${n(c.available)} điểm.`
      : `Now: ${n(c.points)}/${n(c.max)} points, index ${formatPercent(c.shown, { lang })}${c.of > 1 ? `, rank ${c.rank}/${c.of}` : ''}${band ? `, band ${band}` : ''}; ${n(c.available)} points can still be won.`,
  ];
  const prefix = `${a.unit.name}: `;
  if (a.rank) {
    const t = vi ? a.rank.text : a.rank.textEn;
    lines.push(`${vi ? 'Hạng' : 'Rank'}: ${t.startsWith(prefix) ? t.slice(prefix.length) : t}.`);
  }
  if (a.band) lines.push(`${vi ? 'Xếp loại' : 'Band'}: ${vi ? a.band.text : a.band.textEn}.`);
  if (a.noWeak) {
    lines.push(
      `${vi ? 'Tiêu chí yếu' : 'Weak criteria'}: ${vi ? a.noWeak.text : a.noWeak.textEn}.`,
    );
  }
  if (a.plan) {
    const [first, ...rest] = planLines(a.plan, { band: a.band }, lang);
    lines.push(`${vi ? 'Phương án' : 'Plan'}: ${first ?? ''}`, ...rest.map((l) => `  ${l}`));
  }
  return lines;
}

function simulationLines(sims: readonly SimulationAnswer[], lang: Lang): string[] {
  const vi = lang === 'vi';
  return sims.flatMap((s) => [
    vi ? `Mô phỏng (bộ chỉ số ${s.criteriaSet}):` : `Simulation (set ${s.criteriaSet}):`,
    ...[...s.result.units]
      .sort((a, b) => a.after.rank - b.after.rank || collator.compare(a.unitName, b.unitName))
      .map((u) => `${u.changed ? '* ' : '  '}${vi ? u.text : u.textEn}`),
  ]);
}

function monteCarloLines(mc: MonteCarloOutput, lang: Lang): string[] {
  const vi = lang === 'vi';
  if (!mc.uncertain) return [NO_UNCERTAINTY[lang]];
  return mc.runs.flatMap((r) => [
    vi
      ? `Mô phỏng Monte Carlo (${r.result.draws} lần rút, hạt giống ${r.result.seed}, bộ chỉ số ${r.criteriaSet}):`
      : `Monte Carlo (${r.result.draws} draws, seed ${r.result.seed}, set ${r.criteriaSet}):`,
    ...r.shown.map((u) => `  ${vi ? u.text : u.textEn}`),
  ]);
}

/** The what-if answers as sentences (table format) or as the stable JSON document. */
export function renderWhatIf(output: WhatIfOutput, format: 'table' | 'json', lang: Lang): string {
  if (format === 'json') {
    const doc = {
      ...WHAT_IF_JSON_FORMAT,
      stage: output.stage,
      unit: output.unit ?? null,
      answers: output.answers,
      ...(output.simulation
        ? {
            simulation: output.simulation.map((s) => ({
              criteriaSet: s.criteriaSet,
              units: s.result.units,
            })),
          }
        : {}),
      ...(output.monteCarlo
        ? {
            monteCarlo: {
              draws: output.monteCarlo.draws,
              seed: output.monteCarlo.seed,
              uncertain: output.monteCarlo.uncertain,
              runs: output.monteCarlo.runs.map((r) => ({
                criteriaSet: r.criteriaSet,
                units: r.shown,
              })),
            },
          }
        : {}),
    };
    return `${jsonSafe(JSON.stringify(doc, null, 2))}\n`;
  }
  const several = output.answers.length > 1;
  // Unit names and texts come from the files: each line is shown as one line.
  const show = (lines: readonly string[]) => lines.map(escapeLine).join('\n');
  const blocks = [
    ...output.answers.map((a) => show(answerLines(a, lang, several))),
    ...(output.simulation ? [show(simulationLines(output.simulation, lang))] : []),
    ...(output.monteCarlo ? [show(monteCarloLines(output.monteCarlo, lang))] : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}
