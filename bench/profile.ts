/**
 * Profiling helper: scores a sample of the generated country in a loop so that
 * `node --cpu-prof --import tsx bench/profile.ts [parse|score|rank]` shows the hot spots.
 */

import { scoreAssessment } from '../src/engine/score-assessment.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { rankResults } from '../src/ranking/rank-results.js';
import { keep } from './measure.js';
import { buildWorkload } from './workload.js';

const what = process.argv[2] ?? 'score';
const w = buildWorkload(20231130, 20);
const s = w.timed;
const t0 = performance.now();
if (what === 'parse')
  for (let i = 0; i < 3; i++) keep(s.map((it) => parseAssessment(it.doc, it.set)));
if (what === 'score')
  for (let i = 0; i < 3; i++) keep(s.map((it) => scoreAssessment(it.set, it.assessment)));
if (what === 'rank') {
  const results = s
    .filter((it) => it.block === 'xã')
    .map((it) => scoreAssessment(it.set, it.assessment));
  const t1 = performance.now();
  for (let i = 0; i < 5; i++) keep(rankResults(results));
  process.stderr.write(`rank: ${((performance.now() - t1) / 5).toFixed(1)} ms\n`);
}
process.stderr.write(`${what}: ${(performance.now() - t0).toFixed(0)} ms for ${s.length * 3}\n`);
