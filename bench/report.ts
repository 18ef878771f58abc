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
  /** `brief` when the target was set by the project, `proposed` when the benchmark suggests it. */
  readonly origin: 'brief' | 'proposed' | 'info';
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

/** The table printed at the end of a run. */
export function formatTable(
  rows: readonly TargetRow[],
  baseline?: BenchResults | undefined,
): string {
  const before = new Map((baseline?.targets ?? []).map((t) => [t.name, t.measured]));
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const head = `${pad('measure', w)}  ${pad('target', 12)}  ${pad('measured', 14)}  ${pad('met', 9)}  baseline`;
  const lines = rows.map((r) => {
    const m = `${r.measured}${r.unit === '×' ? '×' : ` ${r.unit}`}`;
    const met = r.origin === 'info' ? '' : r.met ? 'yes' : 'NO';
    const tag = r.origin === 'proposed' ? ' (p)' : '';
    const b = before.get(r.name);
    return `${pad(r.name, w)}  ${pad(r.target + tag, 12)}  ${pad(m, 14)}  ${pad(met, 9)}  ${b ?? ''}`;
  });
  return [
    head,
    '-'.repeat(head.length + 6),
    ...lines,
    '',
    '(p) = target proposed by the benchmark, not set by the brief',
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
