import type { Issue } from '../errors.js';
import { findCriteriaNode } from '../internal/tree.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Stage } from '../model/score-result.js';
import type { MonteCarloResult, UnitRankDistribution } from '../model/whatif-monte-carlo.js';
import type { ScenarioChange, ScenarioResult } from '../model/whatif-scenario.js';
import { normalizeValue } from '../parse/normalize-value.js';
import { monteCarloRanks } from '../whatif/monte-carlo.js';
import { simulateScenario } from '../whatif/simulate.js';
import { uncertainUnitsFromResults } from '../whatif/uncertain-units.js';
import type { SetGroup } from './what-if-answers.js';
import type { ScenarioFileChange } from './what-if-inputs.js';

/** A scenario's before/after under one criteria set. */
export interface SimulationAnswer {
  readonly criteriaSet: string;
  readonly result: ScenarioResult;
}

function problem(file: string, path: (string | number)[], vi: string, en: string): Issue {
  return { code: 'invalid_value', path, message: vi, messageEn: en, file };
}

/** Turns one change of the file into a library change under its set group, or issues. */
function resolveChange(
  groups: readonly SetGroup[],
  c: ScenarioFileChange,
  i: number,
  defaultUnit: string | undefined,
  file: string,
): { group?: SetGroup | undefined; change?: ScenarioChange | undefined; issues: Issue[] } {
  const at: (string | number)[] = ['changes', i];
  const unitId = c.unit ?? defaultUnit;
  if (unitId === undefined) {
    return {
      issues: [
        problem(file, at, 'Thiếu "unit" (hoặc dùng --unit).', 'Missing "unit" (or use --unit).'),
      ],
    };
  }
  const found = groups.filter(
    (g) =>
      g.results.some((r) => r.unit.id === unitId) && (c.set === undefined || g.set.id === c.set),
  );
  const [group, ...more] = found;
  if (group === undefined || more.length > 0) {
    const vi =
      group === undefined
        ? `Không có hồ sơ của đơn vị "${unitId}"${c.set ? ` theo bộ chỉ số "${c.set}"` : ''}.`
        : `Đơn vị "${unitId}" có hồ sơ theo nhiều bộ chỉ số; ghi thêm "set".`;
    const en =
      group === undefined
        ? `No assessment of unit "${unitId}"${c.set ? ` under set "${c.set}"` : ''}.`
        : `Unit "${unitId}" has assessments under several sets; add "set".`;
    return { issues: [problem(file, [...at, 'unit'], vi, en)] };
  }
  const node = findCriteriaNode(group.set.fields, c.code);
  if (node === undefined) {
    return {
      issues: [
        {
          ...problem(
            file,
            [...at, 'code'],
            `Bộ chỉ số "${group.set.id}" không có mã "${c.code}".`,
            `Set "${group.set.id}" has no code "${c.code}".`,
          ),
          code: 'unknown_criterion',
        },
      ],
    };
  }
  if (c.points !== undefined)
    return { group, change: { unitId, code: node.code, points: c.points }, issues: [] };
  if (c.add !== undefined)
    return { group, change: { unitId, code: node.code, add: c.add }, issues: [] };
  if (node.rule === undefined || node.rule.kind === 'direct') {
    return {
      issues: [
        problem(
          file,
          [...at, 'value'],
          `Mã "${c.code}" nhập điểm trực tiếp: dùng "points" hoặc "add".`,
          `Code "${c.code}" takes points directly: use "points" or "add".`,
        ),
      ],
    };
  }
  const v = normalizeValue(node.rule, c.value, node.code);
  if (!v.ok) {
    return {
      issues: v.problems.map((p) => ({
        code: p.code,
        path: [...at, 'value', ...(p.path ?? [])],
        message: p.message,
        messageEn: p.messageEn,
        file,
      })),
    };
  }
  return { group, change: { unitId, code: node.code, value: v.value }, issues: [] };
}

/** Applies the file's changes, set group by set group, and re-scores and re-ranks everyone. */
export function simulateGroups(
  groups: readonly SetGroup[],
  changes: readonly ScenarioFileChange[],
  defaultUnit: string | undefined,
  stage: Stage,
  file: string,
): { answers: SimulationAnswer[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byGroup = new Map<SetGroup, ScenarioChange[]>();
  changes.forEach((c, i) => {
    const r = resolveChange(groups, c, i, defaultUnit, file);
    issues.push(...r.issues);
    if (r.group !== undefined && r.change !== undefined) {
      byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r.change]);
    }
  });
  if (issues.length > 0) return { answers: [], issues };
  const answers = [...byGroup].map(([g, cs]) => ({
    criteriaSet: g.set.id,
    result: simulateScenario({ set: g.set, assessments: g.assessments, changes: cs, stage }),
  }));
  return { answers, issues };
}

/** Monte Carlo ranks under each set group, or `undefined` when no assessment is uncertain. */
export function monteCarloGroups(
  groups: readonly SetGroup[],
  options: {
    draws: number;
    seed: number;
    unit?: string | undefined;
    rank?: number | undefined;
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): { criteriaSet: string; result: MonteCarloResult; shown: UnitRankDistribution[] }[] | undefined {
  const targets =
    options.unit !== undefined && options.rank !== undefined
      ? { [options.unit]: options.rank }
      : {};
  const runs = groups.map((g) => ({
    g,
    units: uncertainUnitsFromResults(g.results, g.assessments, { targets }).map((u) => ({
      ...u,
      points: u.points as DecimalString,
      nodes: u.nodes.map((n) => ({ ...n, points: n.points as DecimalString })),
    })),
  }));
  if (!runs.some((r) => r.units.some((u) => u.nodes.length > 0))) return undefined;
  return runs
    .filter((r) => r.units.some((u) => u.nodes.length > 0))
    .map(({ g, units }) => {
      const result = monteCarloRanks(units, {
        draws: options.draws,
        seed: options.seed,
        places: g.set.rounding.places,
        rounding: g.set.rounding.mode,
        ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
      });
      const uncertain = new Set(units.filter((u) => u.nodes.length > 0).map((u) => u.id));
      return {
        criteriaSet: g.set.id,
        result,
        shown: result.units.filter((u) => u.unitId === options.unit || uncertain.has(u.unitId)),
      };
    });
}
