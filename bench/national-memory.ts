/**
 * Memory of the national workload, in a process of its own so that nothing of the benchmark's
 * generator or samples counts: `node --expose-gc --import tsx bench/national-memory.ts DIR`, where
 * DIR holds `sets/*.json` (criteria sets) and `units/*.json` (one assessment per file), as
 * {@link writeNation} writes them. It reads and parses every file, keeps every assessment
 * (full GC, heap measured), scores them all and keeps every result (full GC, heap measured),
 * ranks them, and prints one JSON line:
 * - `perResultBytes`: heap kept per result as returned, the parsed input excluded (it was kept
 *   before scoring); `perDecidedBytes`: the same once `shown` and `triggers` were read;
 *   `perTreeBytes`: per result once its node tree (`fields`) was read, on a sample;
 * - `peakRssBytes`: the kernel's high-water mark of resident memory with all 4 500 results
 *   kept and ranked (before the tree sample); `floorRssBytes`: the same process before any work
 *   (Node, tsx and the modules loaded).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreAssessment } from '../src/engine/score-assessment.js';
import type { Assessment } from '../src/model/assessment.js';
import type { CriteriaSet } from '../src/model/criteria-set.js';
import type { ScoreResult } from '../src/model/score-result.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';
import { rankResults } from '../src/ranking/rank-results.js';
import type { Workload } from './workload.js';

/** What the child prints. */
export interface NationalMemory {
  readonly units: number;
  readonly perResultBytes: number;
  readonly perDecidedBytes: number;
  readonly perTreeBytes: number;
  readonly treeSample: number;
  readonly inputBytes: number;
  readonly peakRssBytes: number;
  readonly floorRssBytes: number;
  readonly parseMs: number;
  readonly scoreMs: number;
  readonly rankMs: number;
}

/** Writes the workload's texts as files: one per criteria set and one per assessment. */
export function writeNation(w: Workload, dir: string): void {
  mkdirSync(join(dir, 'sets'), { recursive: true });
  mkdirSync(join(dir, 'units'), { recursive: true });
  for (const [i, t] of w.setTexts.entries()) writeFileSync(join(dir, 'sets', `${i}.json`), t);
  for (const [i, it] of w.items.entries()) {
    writeFileSync(join(dir, 'units', `${String(i).padStart(5, '0')}.json`), it.text);
  }
}

const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  if (gc === undefined) throw new Error('run with node --expose-gc');
  gc();
  gc();
  // Typed arrays over 64 bytes live outside V8's heap (in arrayBuffers): count both, or a
  // result's number buffers would not show.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const rss = (): number => process.resourceUsage().maxRSS * 1024;

function run(dir: string): NationalMemory {
  const floorRssBytes = rss();
  const sets = new Map<string, CriteriaSet>();
  for (const f of readdirSync(join(dir, 'sets'))) {
    const set = parseCriteriaSet(JSON.parse(readFileSync(join(dir, 'sets', f), 'utf8')));
    sets.set(set.id, set);
  }
  const files = readdirSync(join(dir, 'units')).sort();
  const h0 = heap();
  let t0 = performance.now();
  const inputs: { set: CriteriaSet; assessment: Assessment }[] = [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(dir, 'units', f), 'utf8')) as { criteriaSet: string };
    const set = sets.get(doc.criteriaSet);
    if (set === undefined) throw new Error(`${f}: unknown set ${doc.criteriaSet}`);
    inputs.push({ set, assessment: parseAssessment(doc, set) });
  }
  const parseMs = performance.now() - t0;
  const h1 = heap();
  t0 = performance.now();
  const results: ScoreResult[] = inputs.map((x) => scoreAssessment(x.set, x.assessment));
  const scoreMs = performance.now() - t0;
  const h2 = heap();
  let fired = 0;
  for (const r of results) {
    if (r.shown.index.length > 0) fired += r.triggers.length;
  }
  const h3 = heap();
  t0 = performance.now();
  const ranking = rankResults(results);
  const rankMs = performance.now() - t0;
  const peakRssBytes = rss();
  // The node tree, on a sample: once read, a result keeps it.
  const sample = results.filter((_, i) => i % 45 === 0);
  const h4 = heap();
  let nodes = 0;
  for (const r of sample) nodes += r.fields.length;
  const h5 = heap();
  if (ranking.blocks.length === 0 || fired < 0 || nodes === 0) throw new Error('nothing ranked');
  return {
    units: results.length,
    perResultBytes: (h2 - h1) / results.length,
    perDecidedBytes: (h3 - h1) / results.length,
    perTreeBytes: (h5 - h4) / sample.length + (h3 - h1) / results.length,
    treeSample: sample.length,
    inputBytes: (h1 - h0) / results.length,
    peakRssBytes,
    floorRssBytes,
    parseMs,
    scoreMs,
    rankMs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: national-memory.ts DIR');
  process.stdout.write(`${JSON.stringify(run(dir))}\n`);
}
