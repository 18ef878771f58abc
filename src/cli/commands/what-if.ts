import { scoreAssessment } from '../../engine/score-assessment.js';
import type { Issue } from '../../errors.js';
import { findCriteriaNode } from '../../internal/tree.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { ScoreResult } from '../../model/score-result.js';
import { identityKey } from '../../parse/code-key.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { emit } from '../emit.js';
import { loadBatch } from '../load-batch.js';
import { formatIssues, formatWarnings } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { progress } from '../progress.js';
import { answerFor, type SetGroup } from '../what-if-answers.js';
import { type CostFile, readCostFile, readPeerFiles, readScenarioFile } from '../what-if-inputs.js';
import { type MonteCarloOutput, renderWhatIf } from '../what-if-render.js';
import { monteCarloGroups, type SimulationAnswer, simulateGroups } from '../what-if-scenario.js';

// 100 000 draws give rank probabilities to ±0,3 % (95 %); more only costs minutes.
const MAX_DRAWS = 100_000;

function str(opts: CommonOptions, key: string): string | undefined {
  const v = opts.raw[key];
  return typeof v === 'string' ? v : undefined;
}

function flag(opts: CommonOptions, key: string): boolean {
  return opts.raw[key] === true;
}

/** A whole number within bounds, or a usage error naming the flag. */
function wholeNumber(value: string | undefined, name: string, min: number, max: number) {
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} phải là số nguyên từ ${min} đến ${max} (nhận "${value}"). / --${name} must be a whole number from ${min} to ${max}.`,
    );
  }
  return n;
}

function groupsOf(
  items: readonly { set: CriteriaSet; assessment: Assessment }[],
  results: readonly ScoreResult[],
): SetGroup[] {
  const groups = new Map<
    string,
    { set: CriteriaSet; assessments: Assessment[]; results: ScoreResult[] }
  >();
  items.forEach((item, i) => {
    const g = groups.get(item.set.id) ?? { set: item.set, assessments: [], results: [] };
    g.assessments.push(item.assessment);
    const r = results[i];
    if (r !== undefined) g.results.push(r);
    groups.set(item.set.id, g);
  });
  return [...groups.values()];
}

/** Codes of the cost file that the set does not have. */
function unknownCostCodes(cost: CostFile, set: CriteriaSet, file: string): Issue[] {
  const where: [string, readonly string[]][] = [
    ['costs', Object.keys(cost.costs)],
    ['locked', cost.locked],
    ['caps', Object.keys(cost.caps)],
    ['allOrNothing', cost.allOrNothing],
  ];
  return where.flatMap(([key, codes]) =>
    codes
      .filter((c) => findCriteriaNode(set.fields, c) === undefined)
      .map(
        (c): Issue => ({
          code: 'unknown_criterion',
          path: [key, c],
          message: `Bộ chỉ số "${set.id}" không có mã "${c}".`,
          messageEn: `Set "${set.id}" has no code "${c}".`,
          file,
        }),
      ),
  );
}

/**
 * `what-if`: loads and scores a batch, then for one unit answers how many points it needs for a
 * rank (the others fixed), a band, or no weak criterion, and the cheapest plan; simulates
 * changes for everyone; draws ranks under the declared uncertainty.
 */
export async function runWhatIf(opts: CommonOptions, io: CliIo): Promise<number> {
  if (opts.positionals.length === 0) {
    throw new UsageError(
      'Cần ít nhất một tệp hồ sơ, thư mục hoặc mẫu. / Give at least one assessment file, folder or glob.',
    );
  }
  if (opts.format !== 'table' && opts.format !== 'json') {
    throw new UsageError(
      'what-if: --format phải là table hoặc json. / what-if: --format must be table or json.',
    );
  }
  const unitAsked = str(opts, 'unit');
  const rank = wholeNumber(str(opts, 'rank'), 'rank', 1, 100_000);
  const band = str(opts, 'band');
  const noWeak = flag(opts, 'no-weak');
  const costFile = str(opts, 'cost');
  const plan = flag(opts, 'plan') || costFile !== undefined;
  const scenarioFile = str(opts, 'simulate');
  const draws = wholeNumber(str(opts, 'monte-carlo'), 'monte-carlo', 1, MAX_DRAWS);
  const seed = wholeNumber(str(opts, 'seed'), 'seed', 0, 2 ** 32 - 1) ?? 1;
  const gapAsked = rank !== undefined || band !== undefined || noWeak;
  if (!gapAsked && !plan && scenarioFile === undefined && draws === undefined) {
    throw new UsageError(
      'Cần ít nhất một mục tiêu: --rank K, --band MÃ, --no-weak, --simulate TỆP hoặc --monte-carlo N. / Give at least one target: --rank K, --band CODE, --no-weak, --simulate FILE or --monte-carlo N.',
    );
  }
  if (plan && !gapAsked) {
    throw new UsageError(
      '--plan cần --rank, --band hoặc --no-weak. / --plan needs --rank, --band or --no-weak.',
    );
  }
  if (gapAsked && unitAsked === undefined) {
    throw new UsageError('Cần --unit <mã đơn vị>. / --unit <unit id> is required.');
  }
  const report = progress(io, opts.lang);
  const batch = await loadBatch(opts.positionals, opts.criteria, io, report);
  report.done();
  const cost = costFile !== undefined ? await readCostFile(costFile, io) : undefined;
  const scenario =
    scenarioFile !== undefined ? await readScenarioFile(scenarioFile, io) : undefined;
  const peersFiles = Array.isArray(opts.raw['peers']) ? (opts.raw['peers'] as string[]) : [];
  const peers = await readPeerFiles(peersFiles, io);
  const issues = [
    ...batch.issues,
    ...(cost?.issues ?? []),
    ...(scenario?.issues ?? []),
    ...peers.issues,
  ];
  if (issues.length > 0) {
    io.err(formatIssues(issues, opts.lang));
    return EXIT.input;
  }
  io.err(formatWarnings(batch.warnings, opts.lang));
  // Scored per item, not with scoreBatch: a unit may have one assessment per set (seed 004),
  // and each set is ranked on its own.
  const results = batch.items.map((i) =>
    scoreAssessment(i.set, i.assessment, { stage: opts.stage }),
  );
  const groups = groupsOf(batch.items, results);
  // `--unit AN-LAC` names the unit the files spell `an-lac` (ids compare like codes, without case).
  const unitId =
    unitAsked === undefined
      ? undefined
      : (results.find((r) => identityKey(r.unit.id) === identityKey(unitAsked))?.unit.id ??
        unitAsked);
  const mine = groups.flatMap((g) =>
    g.results.filter((r) => r.unit.id === unitId).map((r) => ({ g, r })),
  );
  if (unitId !== undefined && mine.length === 0) {
    const ids = [...new Set(results.map((r) => r.unit.id))];
    const list = `${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`;
    throw new UsageError(
      `--unit ${unitId}: không có hồ sơ của đơn vị này (có: ${list}). / no assessment of this unit (have: ${list}).`,
    );
  }
  if (cost?.data !== undefined && costFile !== undefined) {
    const bad = mine.flatMap(({ g }) => unknownCostCodes(cost.data as CostFile, g.set, costFile));
    if (bad.length > 0) {
      io.err(formatIssues(bad, opts.lang));
      return EXIT.input;
    }
  }
  const answers = gapAsked
    ? mine.map(({ g, r }) =>
        answerFor(g, r, {
          rank,
          band,
          noWeak,
          plan,
          cost: cost?.data,
          unlockSurvey: flag(opts, 'unlock-survey'),
          peers: peers.peers,
        }),
      )
    : [];
  let simulation: SimulationAnswer[] | undefined;
  if (scenario?.data !== undefined && scenarioFile !== undefined) {
    const sim = simulateGroups(groups, scenario.data.changes, unitId, opts.stage, scenarioFile);
    if (sim.issues.length > 0) {
      io.err(formatIssues(sim.issues, opts.lang));
      return EXIT.input;
    }
    simulation = sim.answers;
  }
  let monteCarlo: MonteCarloOutput | undefined;
  if (draws !== undefined) {
    const drawing = progress(io, opts.lang, ['Đang mô phỏng', 'Simulating']);
    const runs = monteCarloGroups(groups, { draws, seed, unit: unitId, rank, onProgress: drawing });
    drawing.done();
    monteCarlo = { draws, seed, uncertain: runs !== undefined, runs: runs ?? [] };
  }
  const output = { stage: opts.stage, unit: unitId, answers, simulation, monteCarlo };
  await emit(io, opts.out, renderWhatIf(output, opts.format, opts.lang));
  return EXIT.ok;
}
