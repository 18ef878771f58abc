/**
 * What-if benchmark: the cheapest plan for one unit among 17 on a ~120-criterion set (target
 * < 50 ms, including the rank gap), and 10 000 Monte Carlo draws for 17 units (target < 1 s).
 * Run alone with `npx tsx bench/whatif-bench.ts`; the main runner imports `runWhatIfBench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { DecimalString } from '../src/model/decimal-string.js';
import type { UncertainUnit } from '../src/model/whatif-monte-carlo.js';
import type { PlanItem } from '../src/model/whatif-plan.js';
import { monteCarloRanks } from '../src/whatif/monte-carlo.js';
import { planCheapest } from '../src/whatif/plan-cheapest.js';
import { seededRandom } from '../src/whatif/prng.js';
import { pointsNeededForRank } from '../src/whatif/rank-gap.js';

const ds = (n: number): DecimalString => n.toFixed(2) as DecimalString;

/** 120 leaves (8 fields × 15): a third yes-no, the last field from the survey. */
function criteria(seed: number): PlanItem[] {
  const rng = seededRandom(seed);
  const items: PlanItem[] = [];
  for (let f = 1; f <= 8; f++) {
    for (let c = 1; c <= 15; c++) {
      const max = 0.5 + Math.round(rng.uniform() * 150) / 100;
      const yesNo = c % 3 === 0;
      const current = yesNo
        ? rng.uniform() < 0.5
          ? 0
          : max
        : Math.round(rng.uniform() * max * 100) / 100;
      items.push({
        code: `${f}.${c}`,
        name: `Tiêu chí ${f}.${c}`,
        current: ds(current),
        max: ds(max),
        method: f === 8 ? 'survey' : 'appraisal',
        costPerPoint: ds(1 + Math.round(rng.uniform() * 400) / 100),
        allOrNothing: yesNo,
      });
    }
  }
  return items;
}

function units(): UncertainUnit[] {
  const rng = seededRandom(17);
  return Array.from({ length: 17 }, (_, u) => {
    const nodes = Array.from({ length: 8 }, (_, f) => {
      const max = f === 7 ? 30 : 10;
      const points = Math.round(max * (0.6 + 0.35 * rng.uniform()) * 100) / 100;
      return {
        code: `${f + 1}`,
        name: `Lĩnh vực ${f + 1}`,
        points: ds(points),
        max: ds(max),
        uncertainty:
          f === 7
            ? {
                kind: 'interval' as const,
                low: ds(points - 3),
                high: ds(Math.min(max, points + 3)),
              }
            : { kind: 'standard-error' as const, standardError: ds(0.3) },
      };
    });
    const total = nodes.reduce((s, n) => s + Number(n.points), 0);
    return { id: `u${u}`, name: `Huyện ${u + 1}`, points: ds(total), max: '100', nodes, target: 6 };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Runs the what-if benchmark and returns median timings in milliseconds. */
export async function runWhatIfBench(): Promise<Record<string, number>> {
  const items = criteria(2024);
  const points = items.reduce((s, i) => s + Number(i.current), 0);
  const max = items.reduce((s, i) => s + Number(i.max), 0);
  const others = Array.from({ length: 16 }, (_, i) => ({
    name: `Huyện ${i + 2}`,
    index: (((points + 4 + i * 1.3) / max) * 100).toFixed(4),
  }));
  const planMs = time(20, () => {
    const gap = pointsNeededForRank({
      points: points.toFixed(2),
      max: max.toFixed(2),
      others,
      k: 1,
    });
    planCheapest(items, gap.pointsNeeded);
  });
  const goal20Ms = time(10, () => planCheapest(items, '20'));
  const all = units();
  const monteCarloMs = time(3, () => monteCarloRanks(all, { draws: 10_000, seed: 1 }));
  return {
    'whatif.plan-17x120.ms': planMs,
    'whatif.plan-goal-20.ms': goal20Ms,
    'whatif.monte-carlo-17x10000.ms': monteCarloMs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runWhatIfBench();
  const target: Record<string, number> = {
    'whatif.plan-17x120.ms': 50,
    'whatif.plan-goal-20.ms': 50,
    'whatif.monte-carlo-17x10000.ms': 1000,
  };
  for (const [k, v] of Object.entries(r)) {
    console.log(
      `${k.padEnd(34)} ${v.toFixed(1).padStart(8)} ms  (target < ${target[k] ?? '?'} ms)`,
    );
  }
}
