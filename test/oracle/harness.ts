// Settings of the differential runs (environment variables) and the failure report.
//   ORACLE_FOCUS  scoring,ranking,whatif,plan (comma-separated; default all)
//   ORACLE_RUNS   total cases, shared among the focuses (default 640: the npm test run)
//   ORACLE_SEED   fast-check seed (default 20261108)
//   ORACLE_PATH   fast-check path to replay one shrunk case (with its seed and a single focus)
//   ORACLE_KIND   only these kinds of disagreement (comma-separated; `whatif.rank.*` for a prefix)
//   ORACLE_SHRINK most shrink steps (default 150; 0 = report the first failing case unshrunk)
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diff, Focus } from './compare.js';
import { runBatch } from './compare.js';
import type { Batch } from './generators.js';
import { planCase, rankingCase, scoringCase, whatIfCase } from './generators.js';

export const ALL_FOCUSES: readonly Focus[] = ['scoring', 'ranking', 'whatif', 'plan'];

/** Share of the cases per focus (ranking cases are the heaviest: 25–50 units each). */
const WEIGHT: Record<Focus, number> = { scoring: 0.4, ranking: 0.1, whatif: 0.2, plan: 0.3 };

export const ARBITRARY: Record<Focus, fc.Arbitrary<Batch>> = {
  scoring: scoringCase,
  ranking: rankingCase,
  whatif: whatIfCase,
  plan: planCase,
};

export interface Settings {
  readonly focuses: readonly Focus[];
  readonly runs: Record<Focus, number>;
  readonly seed: number;
  readonly path: string | undefined;
  readonly kinds: readonly string[];
  readonly shrink: number;
}

export function settings(env: NodeJS.ProcessEnv = process.env, defaultRuns = 640): Settings {
  const focuses = (env['ORACLE_FOCUS'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Focus => (ALL_FOCUSES as readonly string[]).includes(s));
  const chosen = focuses.length > 0 ? focuses : ALL_FOCUSES;
  const total = Number(env['ORACLE_RUNS'] ?? defaultRuns);
  const weight = chosen.reduce((s, f) => s + WEIGHT[f], 0);
  const runs = Object.fromEntries(
    ALL_FOCUSES.map((f) => [
      f,
      chosen.includes(f) ? Math.max(1, Math.round((total * WEIGHT[f]) / weight)) : 0,
    ]),
  ) as Record<Focus, number>;
  return {
    focuses: chosen,
    runs,
    seed: Number(env['ORACLE_SEED'] ?? 20261108),
    path: env['ORACLE_PATH'],
    kinds: (env['ORACLE_KIND'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    shrink: Number(env['ORACLE_SHRINK'] ?? 150),
  };
}

/** The disagreements of a batch that the run looks at. */
export function relevant(batch: Batch, focus: Focus, kinds: readonly string[]): Diff[] {
  const diffs = runBatch(batch, focus);
  const match = (kind: string, k: string) =>
    k.endsWith('*') ? kind.startsWith(k.slice(0, -1)) : kind === k;
  return kinds.length === 0 ? diffs : diffs.filter((d) => kinds.some((k) => match(d.kind, k)));
}

/** The first diff of each kind (then the rest), at most `n`. */
function summarise(diffs: readonly Diff[], n: number): Diff[] {
  const seen = new Set<string>();
  const first = diffs.filter((d) => !seen.has(d.kind) && seen.add(d.kind) !== undefined);
  return first.slice(0, n);
}

function unitsNamed(batch: Batch, diffs: readonly Diff[]): string[] {
  const lines: string[] = [];
  for (const u of batch.units) {
    const id = (u.json['unit'] as { id: string }).id;
    if (diffs.some((d) => d.where.includes(`/${id}`) || d.where.includes(` ${id}`))) {
      lines.push(`  ${JSON.stringify(u.json)}`);
    }
  }
  return lines;
}

/** A readable report of a failing case; the whole shrunk batch is also written to a file. */
export function report(focus: Focus, s: Settings, details: fc.RunDetails<[Batch]>): string {
  const batch = details.counterexample?.[0];
  if (batch === undefined) return `oracle ${focus}: ${String(details.errorInstance ?? 'failed')}`;
  let diffs: Diff[];
  let crash: string | undefined;
  try {
    diffs = relevant(batch, focus, s.kinds);
  } catch (e) {
    // not a disagreement: the oracle found itself inconsistent, or something crashed
    diffs = [];
    crash = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const dir = join(tmpdir(), 'par-index-oracle');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${focus}-seed-${details.seed}.json`);
  const doc = {
    focus,
    seed: details.seed,
    path: details.counterexamplePath,
    stage: batch.stage,
    sets: batch.sets.map((x) => x.json),
    assessments: batch.units.map((u) => u.json),
    previous: batch.previous.map((u) => u.json),
    queries: batch.queries,
    planItems: batch.planItems,
    planGoal: batch.planGoal,
    diffs,
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
  const kinds = [...new Set(diffs.map((d) => d.kind))];
  const lines = [
    ...(crash === undefined ? [] : [`THE ORACLE ITSELF FAILED (fix test/oracle first): ${crash}`]),
    `Oracle and engine disagree (focus ${focus}; ${diffs.length} differences of ${kinds.length} kinds: ${kinds.join(', ')}).`,
    `Replay: ORACLE_FOCUS=${focus} ORACLE_SEED=${details.seed} ORACLE_PATH=${details.counterexamplePath ?? ''}${s.kinds.length > 0 ? ` ORACLE_KIND=${s.kinds.join(',')}` : ''} npm run oracle`,
    `Shrunk case (${details.numShrinks} shrinks), stage ${batch.stage}; full case in ${file}`,
    'First difference of each kind (where: oracle ≠ engine):',
    ...summarise(diffs, 14).map(
      (d) => `  [${d.kind}] ${d.where}: oracle ${d.oracle} ≠ engine ${d.engine}`,
    ),
  ];
  if (focus === 'plan') {
    lines.push(`Plan items: ${JSON.stringify(batch.planItems)} goal ${batch.planGoal / 100}`);
  } else {
    lines.push('Criteria sets:', ...batch.sets.map((x) => `  ${JSON.stringify(x.json)}`));
    const named = unitsNamed(batch, summarise(diffs, 14));
    lines.push(
      `Assessments named above (${named.length} of ${batch.units.length}):`,
      ...named.slice(0, 6),
    );
    if (batch.queries.length > 0) lines.push(`What-if questions: ${JSON.stringify(batch.queries)}`);
  }
  return lines.join('\n');
}

/** Runs one focus; returns the report of the first failing case, or undefined. */
export function runFocus(focus: Focus, s: Settings): string | undefined {
  const arb = s.shrink > 0 ? fc.limitShrink(ARBITRARY[focus], s.shrink) : ARBITRARY[focus];
  const property = fc.property(arb, (batch) => {
    const diffs = relevant(batch, focus, s.kinds);
    if (diffs.length > 0) {
      const d = diffs[0] as Diff;
      throw new Error(`[${d.kind}] ${d.where}: oracle ${d.oracle} ≠ engine ${d.engine}`);
    }
  });
  const details = fc.check(property, {
    seed: s.seed,
    numRuns: s.runs[focus],
    ...(s.path === undefined ? {} : { path: s.path }),
    endOnFailure: s.shrink === 0,
  });
  if (!details.failed) return undefined;
  return report(focus, s, details);
}
