import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DATA_FILE_BYTES, readDataFile } from '../../src/node/read-data-file.js';
import { readFileCapped } from '../../src/node/read-file-capped.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectFailure, expectTreeUnchanged, hashTree } from './helpers.js';

const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
const BIN = join(process.cwd(), 'src/cli/bin.ts');
const UNEXPECTED = /Lỗi không mong đợi|Unexpected error/;
const GB = 1024 ** 3;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-caps-'));
  await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
  await writeFile(join(dir, 'good.json'), JSON.stringify(assessmentDoc()));
  // Sparse: 1.5 GB and 3 GB of nothing, costing no disk. Above 2 GB Node cannot read a file
  // whole at all, which used to surface as "not found".
  for (const [name, size] of [
    ['big.yaml', 3 * GB],
    ['big.xlsx', 3 * GB],
    ['big.csv', 1.5 * GB],
    ['mid.json', 1.5 * GB],
  ] as const) {
    await writeFile(join(dir, name), '');
    await truncate(join(dir, name), size);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('every file is capped before it is read whole', () => {
  it.each(['big.yaml', 'mid.json'])(
    'readDataFile(%s): file_too_large with its size',
    async (name) => {
      const t0 = performance.now();
      const issues = expectFailure(await readDataFile(join(dir, name)), 'file_too_large');
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(issues[0]?.messageEn).toMatch(
        /^File too large \((3072\.0|1536\.0) MB; at most 20\.0 MB\)/,
      );
    },
  );

  it('/dev/zero is read only up to the limit, then refused as too large', async () => {
    const t0 = performance.now();
    const r = await readFileCapped('/dev/zero', MAX_DATA_FILE_BYTES);
    expect(r.ok ? '' : r.problem.kind).toBe('too_large');
    expect(performance.now() - t0).toBeLessThan(2000);
    expectFailure(await readDataFile('/dev/zero'), 'file_too_large');
  });

  it('a size at the limit is read, one byte more is not (sparse files of every size near it)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -3, max: 3 }), async (delta) => {
        const path = join(dir, 'edge.bin');
        await writeFile(path, '');
        await truncate(path, 1000 + delta);
        const r = await readFileCapped(path, 1000);
        expect(r.ok).toBe(delta <= 0);
        if (r.ok) expect(r.bytes.byteLength).toBe(1000 + delta);
      }),
      { numRuns: 20 },
    );
  });

  it('a missing file, a folder and an unreadable file are told apart', async () => {
    const r1 = await readFileCapped(join(dir, 'nope'), 10);
    const r2 = await readFileCapped(dir, 10);
    expect([r1.ok || r1.problem.kind, r2.ok || r2.problem.kind]).toEqual([
      'not_found',
      'not_a_file',
    ]);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.json');
      await writeFile(locked, '{}', { mode: 0o000 });
      const r3 = await readFileCapped(locked, 10);
      expect(r3.ok || r3.problem.kind).toBe('no_permission');
    }
  });
});

describe('CLI: huge inputs are "too large", never "not found" or "unexpected error"', () => {
  it.each([
    [['validate', 'big.yaml']],
    [['validate', 'mid.json', 'big.csv', '-c', 'set.json']],
    [['score', 'big.xlsx', '-c', 'set.json', '--out', 'out.csv', '--format', 'csv']],
    [['import', 'criteria', 'big.xlsx', '--out', 'out.yaml']],
    [['import', 'criteria', 'big.csv', '--out', 'out.yaml']],
    [['import', 'criteria', '/dev/zero', '--out', 'out.yaml']],
    [['import', 'assessment', 'big.xlsx', '-c', 'set.json', '--out', 'out.yaml']],
    [['score', 'good.json', '-c', 'big.yaml']],
  ])('%j: exit 1, file_too_large for each, nothing written', async (args) => {
    const before = await hashTree(dir);
    const t0 = performance.now();
    const run = await cli(args, dir);
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(UNEXPECTED);
    expect(run.err).not.toContain('[file_not_found]');
    const big = args.filter((a) => /big|mid|zero/.test(a));
    for (const name of big) expect(run.err).toMatch(new RegExp(`${name}: .*\\[file_too_large\\]`));
    expect(existsSync(join(dir, 'out.csv')) || existsSync(join(dir, 'out.yaml'))).toBe(false);
    await expectTreeUnchanged(dir, before);
  });

  it('a CSV of 10 MB of line breaks is refused by its cell count before it is parsed', async () => {
    await writeFile(join(dir, 'lines.csv'), '\n'.repeat(10_000_000));
    for (const args of [
      ['validate', 'lines.csv', '-c', 'set.json'],
      ['import', 'criteria', 'lines.csv', '--out', 'out.yaml'],
    ]) {
      const t0 = performance.now();
      const run = await cli(args, dir);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/lines\.csv: .*200\.000 ô.*\[file_too_large\]/);
      expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
    }
  });

  it('standard input longer than the limit is refused (in process)', async () => {
    const run = await cli(['validate', '-'], dir, {
      stdin: new Uint8Array(MAX_DATA_FILE_BYTES + 1).fill(0x20),
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/- -: File too large|- -: Tệp quá lớn/);
  });

  it('standard input from /dev/zero stops at the limit (real process)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--import', TSX_LOADER, BIN, 'validate', '-'], {
        cwd: dir,
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('[file_too_large]');
      expect(r.stderr).not.toMatch(UNEXPECTED);
      expect(performance.now() - t0).toBeLessThan(20_000);
    } finally {
      closeSync(zero);
    }
  }, 25_000);
});
