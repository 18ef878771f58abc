/**
 * CLI cold start: spawns fresh processes (nothing cached in memory) for `--version`, `--help`
 * and scoring one file, next to a bare `node -e 0`, in interleaved rounds (node, version, help,
 * score, node, …) so that each sees the same machine load; the figures are medians. Uses the
 * built `dist/cli.js` when it exists (what users run after `npm i -g`), otherwise
 * `tsx src/cli/bin.ts` (which also pays for on-the-fly TypeScript compilation).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AssessmentDoc, CriteriaSetDoc } from './generate.js';
import { median } from './measure.js';

/** Cold start figures in milliseconds, and how the CLI was launched. */
export interface CliStart {
  readonly launcher: string;
  readonly versionMs: number;
  readonly helpMs: number;
  readonly scoreOneMs: number;
  /** Bare `node -e 0`, the floor no CLI can beat. */
  readonly nodeFloorMs: number;
  readonly runs: number;
}

function timeSpawn(cmd: string, args: readonly string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  }
  return ms;
}

/** Measures CLI cold starts with the given set and assessment written to a temp folder. */
export function measureCliStart(
  root: string,
  set: CriteriaSetDoc,
  assessment: AssessmentDoc,
  runs = 7,
): CliStart {
  const dist = resolve(root, 'dist/cli.js');
  const useDist = existsSync(dist);
  const cmd = useDist ? process.execPath : resolve(root, 'node_modules/.bin/tsx');
  const entry = useDist ? [dist] : [resolve(root, 'src/cli/bin.ts')];
  const dir = mkdtempSync(join(tmpdir(), 'par-bench-'));
  try {
    writeFileSync(join(dir, 'set.json'), JSON.stringify(set));
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(assessment));
    const spawns: Record<'node' | 'version' | 'help' | 'score', () => number> = {
      node: () => timeSpawn(process.execPath, ['-e', '0'], dir),
      version: () => timeSpawn(cmd, [...entry, '--version'], dir),
      help: () => timeSpawn(cmd, [...entry, '--help'], dir),
      score: () => timeSpawn(cmd, [...entry, 'score', 'unit.json', '--criteria', 'set.json'], dir),
    };
    const times: Record<keyof typeof spawns, number[]> = {
      node: [],
      version: [],
      help: [],
      score: [],
    };
    // The first round warms the OS file cache and is not counted.
    for (let round = 0; round <= runs; round++) {
      for (const k of Object.keys(spawns) as (keyof typeof spawns)[]) {
        const ms = spawns[k]();
        if (round > 0) times[k].push(ms);
      }
    }
    return {
      launcher: useDist
        ? 'node dist/cli.js'
        : 'tsx src/cli/bin.ts (no dist/: run `npm run build` first)',
      versionMs: median(times.version),
      helpMs: median(times.help),
      scoreOneMs: median(times.score),
      nodeFloorMs: median(times.node),
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
