/**
 * `npm run bench`: national-scale benchmarks of par-index and issue 9's target table (see
 * docs/benchmarks.md).
 *
 * Options (environment): BENCH_SEED (default 20231130), BENCH_STEP (time every n-th assessment
 * in the repeated runs; default 10), BENCH_RUNS (default 9). `--write-baseline` also writes
 * bench/results/baseline.json. `--no-cli` skips the cold-start spawns.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCriteriaSet } from '../src/compile/compile-set.js';
import { decisionsOf } from '../src/engine/decide-check.js';
import { scoreAssessment } from '../src/engine/score-assessment.js';
import type { ScoreResult } from '../src/model/score-result.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';
import { rankResults } from '../src/ranking/rank-results.js';
import { formatContributors, measureBundle } from './bundle-size.js';
import { measureCliStart } from './cli-start.js';
import { floatScore } from './float-baseline.js';
import { generateAssessment, generateCriteriaSet } from './generate.js';
import {
  interleavedRounds,
  keep,
  kept,
  median,
  medianMs,
  mib,
  peaks,
  type RoundRatio,
  r3,
  roundRatio,
  sampleMemory,
} from './measure.js';
import { type NationalMemory, writeNation } from './national-memory.js';
import { measureOutputVolume } from './output-volume.js';
import {
  atMost,
  type BenchResults,
  formatTable,
  info,
  readResults,
  type TargetRow,
  writeResults,
} from './report.js';
import { runWebBench } from './web-bench.js';
import { runWhatIfBench } from './whatif-bench.js';
import { buildWorkload } from './workload.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const env = (k: string, d: number): number => {
  const v = Number(process.env[k]);
  return Number.isFinite(v) && v > 0 ? v : d;
};
const seed = env('BENCH_SEED', 20231130);
const step = env('BENCH_STEP', 10);
const plan = { warmup: 2, runs: env('BENCH_RUNS', 9) };
const log = (s: string): void => void process.stderr.write(`${s}\n`);
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const loadAtStart = load();
const started = performance.now();

// 1. First, while this process is small (a large parent slows every spawn, and its garbage
// collector every timing): CLI cold starts, output volume, bundle size, what-if.
const skipCli = process.argv.includes('--no-cli');
if (!skipCli) log('CLI cold starts…');
const cliSet = generateCriteriaSet('p01-commune-2023', 'commune', seed);
const cli = skipCli
  ? undefined
  : measureCliStart(
      root,
      cliSet,
      generateAssessment(cliSet, { id: 'p01-xa-1', name: 'Xã 1 (p01)', block: 'xã' }, seed),
    );
log('output volume, bundle, what-if…');
const volume = await measureOutputVolume(root);
const bundle = await measureBundle();
const whatif = await runWhatIfBench();
log('the page in Chromium…');
const web = await runWebBench();
if (!web.ran) log(`page bench skipped: ${web.why}`);

const stopSampling = sampleMemory();
log(`load average ${loadAtStart}; generating and parsing the country…`);
const w = buildWorkload(seed, step);
const s = w.timed;
log(
  `${w.items.length} assessments, ${w.setDocs.length} sets of ${w.leavesPerSet} leaves, ${mib(w.bytes)} MiB of JSON; timing ${s.length} per run`,
);

// 2. The timed sample, in interleaved rounds: scoring, parsing and the whole path against
// JSON.parse of the same text; the engine against its float twin, both from the parsed set and
// assessment and both deciding the same things (published values, band, ratings, triggers).
log('timed rounds…');
const decided = (r: ScoreResult): ScoreResult => {
  keep(r.shown);
  keep(r.triggers);
  return r;
};
// Ten parts per round, interleaved part by part (see interleavedRounds).
const parts = Array.from({ length: 10 }, (_, i) => s.filter((_, j) => j % 10 === i));
const rounds = interleavedRounds(
  {
    json: (p: typeof s) => p.map((it) => JSON.parse(it.text) as unknown),
    parse: (p: typeof s) => p.map((it) => parseAssessment(it.doc, it.set)),
    score: (p: typeof s) => p.map((it) => scoreAssessment(it.set, it.assessment)),
    decided: (p: typeof s) => p.map((it) => decided(scoreAssessment(it.set, it.assessment))),
    float: (p: typeof s) => p.map((it) => floatScore(it.set, it.assessment)),
    pipeline: (p: typeof s) =>
      p.map((it) => scoreAssessment(it.set, parseAssessment(JSON.parse(it.text), it.set))),
  },
  plan,
  parts,
);
const m = {
  json: median(rounds.json),
  parse: median(rounds.parse),
  score: median(rounds.score),
  decided: median(rounds.decided),
  float: median(rounds.float),
  pipeline: median(rounds.pipeline),
};
// The headline ratios: round by round, then the median (see roundRatio).
const scoreVsJson = roundRatio(rounds.score, rounds.json);
const pipelineVsJson = roundRatio(rounds.pipeline, rounds.json);
const exactVsFloat = roundRatio(rounds.decided, rounds.float);
const spread = (name: string, r: RoundRatio): string => `${name} ${r3(r.low)}–${r3(r.high)}×`;

// 3. One pass over every assessment: text → result (timed), the float twin's published values
// and decisions against the engine's, and the grid against the exact path on every decision.
log('full pass, float twin and grid-vs-exact check on every unit…');
let fullPassMs = 0;
let checkMs = 0;
const communes: ScoreResult[] = [];
let diffPoints = 0;
let diffIndex = 0;
let diffDecisions = 0;
let gridVsExact = 0;
let example = '';
let gridExample = '';
for (const it of w.items) {
  const t0 = performance.now();
  const assessment = parseAssessment(JSON.parse(it.text), it.set);
  const result = decided(scoreAssessment(it.set, assessment));
  fullPassMs += performance.now() - t0;
  if (it.block === 'xã') communes.push(result);
  const f = floatScore(it.set, assessment);
  const badPoints = f.shownPoints !== result.shown.points;
  const badIndex = f.shownIndex !== result.shown.index;
  if (badPoints) diffPoints++;
  if (badIndex) diffIndex++;
  const trig = (xs: readonly { id: string; reasons: readonly string[] }[]) =>
    xs.map((x) => `${x.id}×${x.reasons.length}`).join();
  if (f.band !== result.band?.code || trig(f.triggers) !== trig(result.triggers)) diffDecisions++;
  if ((badPoints || badIndex) && example === '') {
    example =
      `${it.id}: exact points ${result.points} → ${result.shown.points}, float ${f.points} → ${f.shownPoints}; ` +
      `exact index ${result.index} → ${result.shown.index}, float ${f.index} → ${f.shownIndex}`;
  }
  const t1 = performance.now();
  const program = compileCriteriaSet(it.set);
  const grid = decisionsOf(program, assessment, false);
  const exact = decisionsOf(program, assessment, true);
  checkMs += performance.now() - t1;
  if (grid !== exact) {
    gridVsExact++;
    if (gridExample === '') gridExample = `${it.id}:\n  grid:  ${grid}\n  exact: ${exact}`;
  }
}
peaks.sample();

// 4. Ranking the ~3 300 communes in one call, and validating criteria sets.
const rankMs = medianMs(() => rankResults(communes), plan);
const communeCount = communes.length;
communes.length = 0;
const validateAllMs = medianMs(() => w.setTexts.map((t) => parseCriteriaSet(JSON.parse(t))), plan);
const validateMs = validateAllMs / w.setTexts.length;

// 5. Memory of the whole national workload, in a process of its own.
log('national memory (child process)…');
const nationDir = mkdtempSync(join(tmpdir(), 'par-nation-'));
let memory: NationalMemory;
try {
  writeNation(w, nationDir);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', resolve(here, 'national-memory.ts'), nationDir],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`national-memory.ts failed: ${child.stderr}`);
  memory = JSON.parse(child.stdout) as NationalMemory;
} finally {
  rmSync(nationDir, { recursive: true, force: true });
}

const sampleJson = s
  .slice(0, 50)
  .map((it) => JSON.stringify(scoreAssessment(it.set, it.assessment)));
const jsonPerGenerated =
  sampleJson.reduce((a, t) => a + Buffer.byteLength(t), 0) / sampleJson.length;
stopSampling();
peaks.sample();
keep(kept());
const loadAtEnd = load();

const ratio = (a: number, b: number): number => r3(a / b);
const kib = (bytes: number): number => r3(bytes / 1024);
const kb = (bytes: number): number => r3(bytes / 1000);
const n = w.items.length;
const targets: TargetRow[] = [
  atMost('score alone / JSON.parse', r3(scoreVsJson.median), 1, '×', 'issue'),
  atMost('text → full result / JSON.parse', r3(pipelineVsJson.median), 2.5, '×', 'issue'),
  atMost('exact / float twin, same work', r3(exactVsFloat.median), 1.5, '×', 'issue'),
  atMost('heap kept per result (input excl.)', kib(memory.perResultBytes), 16, 'KiB', 'issue'),
  atMost('peak RSS, national workload kept', mib(memory.peakRssBytes), 512, 'MiB', 'issue'),
  ...(cli
    ? [
        atMost(
          '--version cold / node -e 0',
          ratio(cli.versionMs, cli.nodeFloorMs),
          1.3,
          '×',
          'issue',
        ),
        atMost(
          'score one file cold / node -e 0',
          ratio(cli.scoreOneMs, cli.nodeFloorMs),
          3,
          '×',
          'issue',
        ),
      ]
    : []),
  atMost('core bundle, quick start, gzip', kb(bundle.gzipBytes), 60, 'KB', 'issue'),
  atMost('what-if plan, 1 unit of 17 × 120', r3(whatif.planTargetsMs), 3, 'ms', 'issue'),
  atMost('Monte Carlo 10 000 × 17 (exact totals)', r3(whatif.monteCarloMs), 300, 'ms', 'issue'),
  ...(web.ran
    ? [
        atMost('page: first load JS, gzip', kb(web.firstLoadGzipBytes), 250, 'KB', 'issue'),
        atMost(
          'page: edit → 17 units re-scored, re-ranked, shown',
          r3(web.rescoreMedianMs),
          50,
          'ms',
          'issue',
        ),
      ]
    : []),
  atMost('score --format json, 12 districts', kb(volume.bytes), 300, 'KB', 'issue'),
  atMost(`grid vs exact: differing units of ${n}`, gridVsExact, 0, '', 'issue'),
  atMost(`rank ${communeCount} communes, one call`, r3(rankMs), 250, 'ms', 'proposed'),
  atMost('validate one criteria set', r3(validateMs), 50, 'ms', 'proposed'),
  info('parseAssessment (object) / JSON.parse', ratio(m.parse, m.json), '×'),
  info('parse + score (object) / JSON.parse', ratio(m.parse + m.score, m.json), '×'),
  info('score + shown + triggers / JSON.parse', ratio(m.decided, m.json), '×'),
  info('scoreAssessment alone / float twin', ratio(m.score, m.float), '×'),
  info('per unit: JSON.parse', r3((m.json / s.length) * 1000), 'µs'),
  info('per unit: parseAssessment', r3((m.parse / s.length) * 1000), 'µs'),
  info('per unit: scoreAssessment', r3((m.score / s.length) * 1000), 'µs'),
  info('per unit: float twin', r3((m.float / s.length) * 1000), 'µs'),
  info('float totals ≠ exact (points, 2 dp)', diffPoints, `of ${n}`),
  info('float totals ≠ exact (index, 2 dp)', diffIndex, `of ${n}`),
  info('float band or triggers ≠ exact', diffDecisions, `of ${n}`),
  info('full pass, text → result, all units', r3(fullPassMs), 'ms'),
  info('throughput (text → result)', Math.round((n / fullPassMs) * 1000), 'units/s'),
  info('grid-vs-exact check, all units', r3(checkMs), 'ms'),
  info('heap per result, shown + triggers read', kib(memory.perDecidedBytes), 'KiB'),
  info('heap per result, node tree read', kib(memory.perTreeBytes), 'KiB'),
  info('heap per parsed assessment (input)', kib(memory.inputBytes), 'KiB'),
  info('RSS floor of that process (node+tsx)', mib(memory.floorRssBytes), 'MiB'),
  ...(cli
    ? [
        info('node -e 0 (floor)', r3(cli.nodeFloorMs), 'ms'),
        info('CLI --version cold', r3(cli.versionMs), 'ms'),
        info('CLI --help cold', r3(cli.helpMs), 'ms'),
        info('CLI score one file cold', r3(cli.scoreOneMs), 'ms'),
      ]
    : []),
  info('core bundle, quick start, minified', kb(bundle.minifiedBytes), 'KB'),
  info('score --format json per district', kb(volume.bytes / volume.results), 'KB'),
  info('JSON.stringify of one 120-leaf result', kb(jsonPerGenerated), 'KB'),
  info('what-if: rank plan only (planCheapest)', r3(whatif.planRankMs), 'ms'),
  info('what-if: scoring the 17 units', r3(whatif.score17Ms), 'ms'),
  info('what-if: uncertainUnitsFromResults × 17', r3(whatif.uncertainUnitsMs), 'ms'),
  info('what-if: uncertain nodes, 17 units', whatif.uncertainNodes, ''),
  info('what-if: Monte Carlo, 8 fields uncertain', r3(whatif.monteCarloFieldsMs), 'ms'),
  info('node tree of one result, on first read', r3(whatif.treeMs), 'ms'),
  ...(web.ran ? [info('page: slowest of the edits', r3(web.rescoreMaxMs), 'ms')] : []),
  info('peak RSS of this benchmark process', mib(peaks.peakRss()), 'MiB'),
];
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryMiB: mib(totalmem()),
    loadAverageStart: loadAtStart,
    loadAverageEnd: loadAtEnd,
    seed,
    assessments: n,
    sets: w.setDocs.length,
    leavesPerSet: w.leavesPerSet,
    jsonMiB: mib(w.bytes),
    timedPerRun: s.length,
    runs: plan.runs,
    cliLauncher: cli?.launcher ?? 'skipped',
    minutes: r3((performance.now() - started) / 60_000),
  },
  figures: {
    jsonParseMs: r3(m.json),
    parseAssessmentMs: r3(m.parse),
    scoreMs: r3(m.score),
    scoreDecidedMs: r3(m.decided),
    floatMs: r3(m.float),
    pipelineFromTextMs: r3(m.pipeline),
    fullPassMs: r3(fullPassMs),
    gridVsExactCheckMs: r3(checkMs),
    rankMs: r3(rankMs),
    validateSetMs: r3(validateMs),
    generateMs: r3(w.generateMs),
    ratioRanges: [
      spread('score/JSON.parse', scoreVsJson),
      spread('text→result/JSON.parse', pipelineVsJson),
      spread('exact/float twin', exactVsFloat),
    ].join('; '),
    floatDiffExample: example || 'none',
    gridVsExactExample: gridExample || 'none',
    nationalParseMs: r3(memory.parseMs),
    nationalScoreMs: r3(memory.scoreMs),
    ...(cli
      ? {
          cliVersionMs: r3(cli.versionMs),
          cliHelpMs: r3(cli.helpMs),
          cliScoreOneMs: r3(cli.scoreOneMs),
          nodeFloorMs: r3(cli.nodeFloorMs),
        }
      : {}),
    outputJsonBytes: volume.bytes,
    bundleMinifiedBytes: bundle.minifiedBytes,
    bundleGzipBytes: bundle.gzipBytes,
    bundleByPackage: bundle.byPackage.map((c) => `${c.name} ${c.bytes}`).join('; '),
    bundleByFolder: bundle.byFolder.map((c) => `${c.name} ${c.bytes}`).join('; '),
    whatifPlanItems: whatif.planItems,
    whatifPlanFeasible: String(whatif.feasible),
    ...(web.ran
      ? {
          webFirstLoadGzipBytes: web.firstLoadGzipBytes,
          webRescoreMedianMs: r3(web.rescoreMedianMs),
          webRescoreMaxMs: r3(web.rescoreMaxMs),
          webEdits: web.edits,
        }
      : { webBench: `skipped: ${web.why}` }),
  },
  targets,
};
const baselinePath = resolve(here, 'results/baseline.json');
const baseline = readResults(baselinePath);
writeResults(resolve(here, 'results/latest.json'), results);
if (process.argv.includes('--write-baseline')) writeResults(baselinePath, results);

const out = (t: string): void => void process.stdout.write(`${t}\n`);
out(
  `\npar-index benchmarks — ${n} assessments, ${w.setDocs.length} criteria sets of ${w.leavesPerSet} leaves, Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart} → ${loadAtEnd}`,
);
out(
  `medians of ${plan.runs} interleaved runs after ${plan.warmup} warm-ups, ${s.length} assessments per run; CLI: ${cli?.launcher ?? 'skipped'}\n`,
);
out(formatTable(targets, baseline));
out('');
out(
  `per-round ranges of the ratios: ${[
    spread('score/JSON.parse', scoreVsJson),
    spread('text→result/JSON.parse', pipelineVsJson),
    spread('exact/float twin', exactVsFloat),
  ].join('; ')}`,
);
out(`float vs exact example: ${example || 'none'}`);
out(
  `grid vs exact: ${gridVsExact} of ${n} units differ${gridExample ? `; first: ${gridExample}` : ''}`,
);
out(formatContributors(bundle));
out(
  `written: bench/results/latest.json${process.argv.includes('--write-baseline') ? ' and bench/results/baseline.json' : ''}`,
);
