/**
 * `npm run bench`: national-scale benchmarks of par-index (see docs/benchmarks.md).
 *
 * Options (environment): BENCH_SEED (default 20231130), BENCH_STEP (time every n-th assessment
 * in the repeated runs; default 10), BENCH_RUNS (default 5). `--write-baseline` also writes
 * bench/results/baseline.json. `--no-cli` skips the cold-start spawns.
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreAssessment } from '../src/engine/score-assessment.js';
import type { ScoreResult } from '../src/model/score-result.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';
import { rankResults } from '../src/ranking/rank-results.js';
import { measureCliStart } from './cli-start.js';
import { floatScore } from './float-baseline.js';
import {
  heapAfterGc,
  interleavedMedians,
  keep,
  kept,
  medianMs,
  mib,
  peaks,
  r3,
  sampleMemory,
} from './measure.js';
import {
  atMost,
  type BenchResults,
  formatTable,
  info,
  readResults,
  type TargetRow,
  writeResults,
} from './report.js';
import { buildWorkload } from './workload.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const env = (k: string, d: number): number => {
  const v = Number(process.env[k]);
  return Number.isFinite(v) && v > 0 ? v : d;
};
const seed = env('BENCH_SEED', 20231130);
const step = env('BENCH_STEP', 10);
const plan = { warmup: 2, runs: env('BENCH_RUNS', 5) };
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const stopSampling = sampleMemory();
log('generating and parsing the country…');
const w = buildWorkload(seed, step);
const s = w.timed;
log(
  `${w.items.length} assessments, ${w.setDocs.length} sets of ${w.leavesPerSet} leaves, ${mib(w.bytes)} MiB of JSON; timing ${s.length} per run`,
);

// 1–2. Scoring against JSON.parse of the same text, and exact against naive floats (both from
// the parsed JSON objects: both read the raw values). Timed in interleaved rounds.
const m = interleavedMedians(
  {
    json: () => s.map((it) => JSON.parse(it.text) as unknown),
    parse: () => s.map((it) => parseAssessment(it.doc, it.set)),
    score: () => s.map((it) => scoreAssessment(it.set, it.assessment)),
    pipeline: () =>
      s.map((it) => scoreAssessment(it.set, parseAssessment(JSON.parse(it.text), it.set))),
    float: () => s.map((it) => floatScore(it.setDoc, it.doc)),
  },
  plan,
);
const jsonMs = m.json;
const parseMs = m.parse;
const scoreMs = m.score;
const pipelineMs = m.pipeline;
const floatMs = m.float;
const exactFromObjectMs = parseMs + scoreMs;

// 3. One full pass over every assessment: throughput, float differences, results for ranking.
log('full pass…');
const heapBefore = heapAfterGc();
const t0 = performance.now();
const communes: ScoreResult[] = [];
let diffPoints = 0;
let diffIndex = 0;
let example = '';
for (const it of w.items) {
  const result = scoreAssessment(it.set, parseAssessment(JSON.parse(it.text), it.set));
  if (it.block === 'xã') communes.push(result);
  const f = floatScore(it.setDoc, it.doc);
  const badPoints = f.shownPoints !== result.shown.points;
  const badIndex = f.shownIndex !== result.shown.index;
  if (badPoints) diffPoints++;
  if (badIndex) diffIndex++;
  if ((badPoints || badIndex) && example === '') {
    example =
      `${it.doc.unit.id}: exact points ${result.points} → ${result.shown.points}, float ${f.points} → ${f.shownPoints}; ` +
      `exact index ${result.index} → ${result.shown.index}, float ${f.index} → ${f.shownIndex}`;
  }
}
const fullPassMs = performance.now() - t0;
peaks.sample();
const perResultKiB = (heapAfterGc() - heapBefore) / communes.length / 1024;

// 4. Ranking the ~3 300 communes in one national block (the worst case for one call).
const rankMs = medianMs(() => rankResults(communes), plan);

// 5. Validation of a criteria set (JSON text → CriteriaSet), per set.
const validateAllMs = medianMs(() => w.setTexts.map((t) => parseCriteriaSet(JSON.parse(t))), plan);
const setJsonMs = medianMs(() => w.setTexts.map((t) => JSON.parse(t) as unknown), plan);
const validateMs = validateAllMs / w.setTexts.length;

// 6. CLI cold start.
const first = w.items[0];
const skipCli = process.argv.includes('--no-cli') || first === undefined;
if (!skipCli) log('CLI cold starts…');
const cli =
  skipCli || first === undefined ? undefined : measureCliStart(root, first.setDoc, first.doc);

// 7. What-if (another helper's module; skipped until it exists).
let whatif: Record<string, number> = {};
let whatifNote = 'skipped: bench/whatif-bench.ts not found';
if (existsSync(resolve(here, 'whatif-bench.ts'))) {
  // A variable specifier: the module may not exist yet when this file is type-checked.
  const spec = './whatif-bench.js';
  const mod = (await import(spec)) as { runWhatIfBench?: () => Promise<Record<string, number>> };
  if (mod.runWhatIfBench) {
    log('what-if…');
    whatif = await mod.runWhatIfBench();
    whatifNote = 'ran';
  }
}
stopSampling();
peaks.sample();
keep(kept());

const ratio = (a: number, b: number): number => r3(a / b);
const targets: TargetRow[] = [
  atMost('score alone / JSON.parse', ratio(scoreMs, jsonMs), 2, '×', 'brief'),
  atMost('parse+score / JSON.parse', ratio(parseMs + scoreMs, jsonMs), 2, '×', 'brief'),
  atMost('exact (parse+score) / float', ratio(exactFromObjectMs, floatMs), 3, '×', 'brief'),
  info('exact score alone / float', ratio(scoreMs, floatMs), '×'),
  info('text→result / JSON.parse', ratio(pipelineMs, jsonMs), '×'),
  info('float totals ≠ exact (points, 2 dp)', diffPoints, `of ${w.items.length}`),
  info('float totals ≠ exact (index, 2 dp)', diffIndex, `of ${w.items.length}`),
  info('full pass, all assessments', r3(fullPassMs), 'ms'),
  info('throughput (text → result)', Math.round((w.items.length / fullPassMs) * 1000), 'units/s'),
  atMost(`rank ${communes.length} units`, r3(rankMs), 250, 'ms', 'proposed'),
  atMost('validate one criteria set', r3(validateMs), 50, 'ms', 'proposed'),
  ...(cli
    ? [
        atMost('CLI --help cold start', r3(cli.helpMs), 500, 'ms', 'proposed'),
        atMost('CLI score one file cold', r3(cli.scoreOneMs), 1500, 'ms', 'proposed'),
        info('node -e 0 (floor)', r3(cli.nodeFloorMs), 'ms'),
      ]
    : []),
  atMost('peak RSS', mib(peaks.peakRss()), 1024, 'MiB', 'proposed'),
  info('peak heapUsed', mib(peaks.heapUsed), 'MiB'),
  info('heap kept per ScoreResult', r3(perResultKiB), 'KiB'),
  ...Object.entries(whatif).map(([k, v]) => info(`what-if: ${k}`, r3(v), '')),
];
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryMiB: mib(totalmem()),
    seed,
    assessments: w.items.length,
    sets: w.setDocs.length,
    leavesPerSet: w.leavesPerSet,
    jsonMiB: mib(w.bytes),
    timedPerRun: s.length,
    runs: plan.runs,
    cliLauncher: cli?.launcher ?? 'skipped',
    whatif: whatifNote,
  },
  figures: {
    jsonParseMs: r3(jsonMs),
    parseAssessmentMs: r3(parseMs),
    scoreMs: r3(scoreMs),
    pipelineFromTextMs: r3(pipelineMs),
    floatMs: r3(floatMs),
    perAssessmentUs: r3(((parseMs + scoreMs) / s.length) * 1000),
    fullPassMs: r3(fullPassMs),
    rankMs: r3(rankMs),
    validateSetMs: r3(validateMs),
    setJsonParseMs: r3(setJsonMs / w.setTexts.length),
    generateMs: r3(w.generateMs),
    floatDiffExample: example || 'none',
    ...(cli
      ? {
          cliHelpMs: r3(cli.helpMs),
          cliScoreOneMs: r3(cli.scoreOneMs),
          nodeFloorMs: r3(cli.nodeFloorMs),
        }
      : {}),
    peakRssMiB: mib(peaks.peakRss()),
    peakHeapUsedMiB: mib(peaks.heapUsed),
    scoreResultKiB: r3(perResultKiB),
  },
  targets,
};
const baselinePath = resolve(here, 'results/baseline.json');
const baseline = readResults(baselinePath);
writeResults(resolve(here, 'results/latest.json'), results);
if (process.argv.includes('--write-baseline')) writeResults(baselinePath, results);

process.stdout.write(
  `\npar-index benchmarks — ${results.meta['assessments']} assessments, ${results.meta['sets']} criteria sets, Node ${process.version}, ${cpus().length} cores\n`,
);
process.stdout.write(
  `medians of ${plan.runs} runs after ${plan.warmup} warm-ups, ${s.length} assessments per run; CLI: ${cli?.launcher ?? 'skipped'}\n\n`,
);
process.stdout.write(`${formatTable(targets, baseline)}\n\n`);
process.stdout.write(`float vs exact example: ${example || 'none'}\n`);
process.stdout.write(`what-if: ${whatifNote}\nwritten: bench/results/latest.json\n`);
