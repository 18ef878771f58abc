import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's quick start is examples/quick-start.ts: run it and check what it prints.
const ROOT = join(import.meta.dirname, '../..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

describe('examples/quick-start.ts', () => {
  it('prints the exact points, shown index, Vietnamese percent and position', () => {
    const r = spawnSync(process.execPath, ['--import', TSX, 'examples/quick-start.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stderr).toBe('');
    // 1.5.1 "Có" = its maximum, 1 point; 1.1.3 "Không" = 0; of 100 → index 1 %.
    expect(r.stdout).toBe('1\n1.00\n1,00 %\n1/1\n');
  });
});
