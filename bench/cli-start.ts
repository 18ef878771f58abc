/**
 * CLI cold start: spawns a fresh process (nothing cached in memory) for `--help` and for scoring
 * one file. Uses the built `dist/cli.js` when it exists (what users run after `npm i -g`),
 * otherwise `tsx src/cli/bin.ts` (which also pays for on-the-fly TypeScript compilation).
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
  readonly helpMs: number;
  readonly scoreOneMs: number;
  /** Bare `node -e 0`, the floor no CLI can beat. */
  readonly nodeFloorMs: number;
}

function timeSpawn(cmd: string, args: readonly string[], cwd: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    }
    if (i > 0) times.push(ms); // the first run warms the OS file cache
  }
  return median(times);
}

/** Measures CLI cold starts with the given set and assessment written to a temp folder. */
export function measureCliStart(
  root: string,
  set: CriteriaSetDoc,
  assessment: AssessmentDoc,
  runs = 5,
): CliStart {
  const dist = resolve(root, 'dist/cli.js');
  const useDist = existsSync(dist);
  const cmd = useDist ? process.execPath : resolve(root, 'node_modules/.bin/tsx');
  const entry = useDist ? [dist] : [resolve(root, 'src/cli/bin.ts')];
  const dir = mkdtempSync(join(tmpdir(), 'par-bench-'));
  try {
    writeFileSync(join(dir, 'set.json'), JSON.stringify(set));
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(assessment));
    return {
      launcher: useDist
        ? 'node dist/cli.js'
        : 'tsx src/cli/bin.ts (no dist/: run `npm run build` first)',
      helpMs: timeSpawn(cmd, [...entry, '--help'], dir, runs),
      scoreOneMs: timeSpawn(
        cmd,
        [...entry, 'score', 'unit.json', '--criteria', 'set.json'],
        dir,
        runs,
      ),
      nodeFloorMs: timeSpawn(process.execPath, ['-e', '0'], dir, runs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
