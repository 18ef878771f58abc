import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Runs the real entry point through tsx, as `npm start` does, with exit code and streams. */
function bin(args: readonly string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/bin.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NPM_CONFIG_LOGLEVEL: 'error' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('src/cli/bin.ts (spawned)', () => {
  it('--version: exit 0 and the package version on stdout', () => {
    const r = bin(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${pkg.version}\n`);
  });

  it('rank on a missing file: exit code 1 reaches the shell', () => {
    const r = bin(['rank', 'examples/minh-son/no-such-file.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('examples/minh-son/no-such-file.yaml');
    expect(r.err).toContain('[file_not_found]');
  });
});
