// Census of disagreements: `npx tsx test/oracle/census.ts` samples generated cases (ORACLE_FOCUS,
// ORACLE_RUNS, ORACLE_SEED as for the tests), runs each through oracle and engine, and prints
// every kind of disagreement with its count and the smallest case that shows it. With
// CENSUS_SHRINK=1 it then shrinks one case per kind (ORACLE_KIND=<kind>) and prints the reports.
import fc from 'fast-check';
import type { Diff } from './compare.js';
import { runBatch } from './compare.js';
import { ARBITRARY, runFocus, settings } from './harness.js';

const s = settings(process.env, 400);
const shrink = process.env['CENSUS_SHRINK'] === '1';
for (const focus of s.focuses) {
  const batches = fc.sample(ARBITRARY[focus], { seed: s.seed, numRuns: s.runs[focus] });
  const kinds = new Map<string, { count: number; cases: number; size: number; example: Diff }>();
  let failing = 0;
  let crashed = 0;
  for (const b of batches) {
    let diffs: Diff[];
    try {
      diffs = runBatch(b, focus);
    } catch (e) {
      crashed += 1;
      if (crashed <= 3) console.log(`  oracle crash: ${e instanceof Error ? e.stack : e}`);
      continue;
    }
    if (diffs.length > 0) failing += 1;
    const size = JSON.stringify(b.units.map((u) => u.json)).length + b.planItems.length;
    const seen = new Set<string>();
    for (const d of diffs) {
      const k = kinds.get(d.kind) ?? {
        count: 0,
        cases: 0,
        size: Number.POSITIVE_INFINITY,
        example: d,
      };
      k.count += 1;
      if (!seen.has(d.kind)) {
        k.cases += 1;
        seen.add(d.kind);
        if (size < k.size) {
          k.size = size;
          k.example = d;
        }
      }
      kinds.set(d.kind, k);
    }
  }
  console.log(
    `\n== ${focus}: ${batches.length} cases, ${failing} with disagreements, ${crashed} oracle crashes`,
  );
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].cases - a[1].cases)) {
    console.log(
      `  ${kind}: ${k.cases} cases (${k.count}×) e.g. ${k.example.where}: oracle ${k.example.oracle} ≠ engine ${k.example.engine}`,
    );
  }
  if (shrink) {
    for (const kind of kinds.keys()) {
      const r = runFocus(focus, {
        ...s,
        kinds: [kind],
        runs: { ...s.runs, [focus]: s.runs[focus] },
      });
      console.log(`\n---- ${focus} / ${kind}\n${r ?? '(not reproduced)'}`);
    }
  }
}
