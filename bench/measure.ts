/**
 * Timing and memory helpers for the benchmarks. Machines are noisy, so every figure is the
 * median of several timed runs after warm-up runs, and the headline figures are ratios to a
 * reference measured in the same process at the same moment.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How many runs to time and to throw away first. */
export interface RunPlan {
  readonly warmup: number;
  readonly runs: number;
}

/** Median of numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// A sink the optimiser cannot see through, so timed work is never dropped as dead code.
let sink: unknown;

/** Keeps a value alive (see {@link sink}). */
export function keep(value: unknown): void {
  sink = value;
}

/** Last value kept; read once at the end so `sink` is observably used. */
export function kept(): unknown {
  return sink;
}

/** Median wall time in milliseconds of `fn` over `plan.runs` runs after `plan.warmup` runs. */
export function medianMs(fn: () => unknown, plan: RunPlan): number {
  for (let i = 0; i < plan.warmup; i++) keep(fn());
  const times: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const t0 = performance.now();
    keep(fn());
    times.push(performance.now() - t0);
    peaks.sample();
  }
  return median(times);
}

/**
 * Times several functions in interleaved rounds (a, b, c, a, b, c, …), so that each sees the
 * same machine load; returns each one's times of the counted rounds, in round order. With
 * `parts`, each function takes a part of the work and a round interleaves them part by part
 * (a₁, b₁, c₁, a₂, b₂, c₂, …), so that a burst of load on a busy machine falls on every
 * function alike; a round's time is the sum over the parts.
 */
export function interleavedRounds<K extends string, P = undefined>(
  fns: Readonly<Record<K, (part: P) => unknown>>,
  plan: RunPlan,
  parts: readonly P[] = [undefined as P],
): Record<K, number[]> {
  const keys = Object.keys(fns) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < plan.warmup + plan.runs; round++) {
    const sums = new Map<K, number>(keys.map((k) => [k, 0]));
    for (const part of parts) {
      for (const k of keys) {
        const t0 = performance.now();
        keep(fns[k](part));
        sums.set(k, (sums.get(k) ?? 0) + performance.now() - t0);
      }
    }
    if (round >= plan.warmup) for (const k of keys) times[k].push(sums.get(k) ?? 0);
    peaks.sample();
  }
  return times;
}

/** Medians of several functions timed in interleaved rounds (see {@link interleavedRounds}). */
export function interleavedMedians<K extends string>(
  fns: Readonly<Record<K, (part: undefined) => unknown>>,
  plan: RunPlan,
): Record<K, number> {
  const times = interleavedRounds(fns, plan);
  const keys = Object.keys(times) as K[];
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}

/** A ratio of two functions timed in the same rounds: median, lowest and highest per round. */
export interface RoundRatio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * `a ÷ b` round by round (both timed in the same round, under the same load), summarised by
 * the median; steadier on a busy machine than the ratio of two medians.
 */
export function roundRatio(a: readonly number[], b: readonly number[]): RoundRatio {
  const r = a.map((x, i) => x / (b[i] ?? Number.NaN));
  return { median: median(r), low: Math.min(...r), high: Math.max(...r) };
}

/** Async variant of {@link medianMs}. */
export async function medianMsAsync(fn: () => Promise<unknown>, plan: RunPlan): Promise<number> {
  for (let i = 0; i < plan.warmup; i++) keep(await fn());
  const times: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const t0 = performance.now();
    keep(await fn());
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** High-water marks of memory, sampled between timed runs and by a timer. */
class Peaks {
  heapUsed = 0;
  rss = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.heapUsed) this.heapUsed = m.heapUsed;
    if (m.rss > this.rss) this.rss = m.rss;
  }
  /** Peak RSS: the kernel's high-water mark when available (it misses no spike), else sampled. */
  peakRss(): number {
    const maxRssKb = process.resourceUsage().maxRSS;
    return Math.max(this.rss, maxRssKb * 1024);
  }
}

/** The process-wide memory high-water marks. */
export const peaks = new Peaks();

/** Samples memory every `ms` until the returned function is called. */
export function sampleMemory(ms = 25): () => void {
  const timer = setInterval(() => peaks.sample(), ms);
  timer.unref();
  return () => clearInterval(timer);
}

// The gc() function without --expose-gc on the command line (npm run bench runs plain tsx).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** heapUsed after a full garbage collection: what is really retained. */
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Bytes → MiB with one decimal. */
export const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Rounds to 3 significant-ish places for printing (ms and ratios). */
export const r3 = (x: number): number =>
  Math.abs(x) >= 100
    ? Math.round(x)
    : Math.abs(x) >= 1
      ? Math.round(x * 100) / 100
      : Math.round(x * 1000) / 1000;
