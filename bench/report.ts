/** Printing and saving benchmark results. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One checked figure: a target, what was measured, and whether the target is met. */
export interface TargetRow {
  readonly name: string;
  /** Human-readable target, e.g. `≤ 2×`. */
  readonly target: string;
  readonly measured: number;
  readonly unit: string;
  readonly met: boolean;
  /**
   * `issue` for the targets of issue 9 ("Compiled exact engine"), `brief` for the project
   * brief's, `proposed` when the benchmark suggests one, `info` for a figure without a target.
   */
  readonly origin: 'issue' | 'brief' | 'proposed' | 'info';
}

/** The whole result file. */
export interface BenchResults {
  readonly meta: Record<string, string | number>;
  readonly figures: Record<string, number | string>;
  readonly targets: readonly TargetRow[];
}

/** A row whose target is an upper bound. */
export function atMost(
  name: string,
  measured: number,
  limit: number,
  unit: string,
  origin: TargetRow['origin'],
): TargetRow {
  return {
    name,
    target: `≤ ${limit}${unit === '×' ? '×' : ` ${unit}`}`,
    measured,
    unit,
    met: measured <= limit,
    origin,
  };
}

/** A row that only reports a figure. */
export function info(name: string, measured: number, unit: string): TargetRow {
  return { name, target: '—', measured, unit, met: true, origin: 'info' };
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** The table printed at the end of a run: the targets first, then the other figures. */
export function formatTable(
  rows: readonly TargetRow[],
  baseline?: BenchResults | undefined,
): string {
  const before = new Map((baseline?.targets ?? []).map((t) => [t.name, t.measured]));
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const head = `${pad('measure', w)}  ${pad('target', 14)}  ${pad('measured', 16)}  ${pad('met', 4)}  baseline`;
  const line = (r: TargetRow): string => {
    const m = `${r.measured}${r.unit === '×' ? '×' : ` ${r.unit}`}`;
    const met = r.origin === 'info' ? '' : r.met ? 'yes' : 'NO';
    const tag = r.origin === 'proposed' ? ' (p)' : '';
    const b = before.get(r.name);
    return `${pad(r.name, w)}  ${pad(r.target + tag, 14)}  ${pad(m, 16)}  ${pad(met, 4)}  ${b ?? ''}`.trimEnd();
  };
  const rule = '-'.repeat(head.length + 6);
  return [
    head,
    rule,
    ...rows.filter((r) => r.origin !== 'info').map(line),
    rule,
    ...rows.filter((r) => r.origin === 'info').map(line),
    '',
    "(p) = target proposed by the benchmark; the others are issue 9's. baseline = bench/results/baseline.json",
  ].join('\n');
}

/** Reads a results file, or undefined when absent or unreadable. */
export function readResults(path: string): BenchResults | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
  } catch {
    return undefined;
  }
}

/** Writes a results file (creating its folder). */
export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
