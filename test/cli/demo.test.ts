import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, removeDir, tempDir } from './helpers.js';

let dir = '';
beforeAll(async () => {
  dir = await tempDir('par-cli-demo-');
});
afterAll(() => removeDir(dir));

describe('demo --write', () => {
  it('copies the shipped example files into a new folder, byte for byte', async () => {
    const r = await cli(['demo', '--write', 'minh-son'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect((await readdir(join(dir, 'minh-son'))).sort()).toEqual([
      '2022',
      '2023',
      'README.md',
      'bang-tieu-chi-xa.csv',
      'what-if',
    ]);
    const file = '2023/districts/an-lac.yaml';
    expect(await readFile(join(dir, 'minh-son', file), 'utf8')).toBe(
      await readFile(join(ROOT, 'examples/minh-son', file), 'utf8'),
    );
    // The copied files are what the other commands use.
    expect((await cli(['validate', 'minh-son/2023'], dir)).out).toBe('Hợp lệ: 24 tệp.\n');
  });

  it('never writes into a folder that holds files (exit 2, the file untouched)', async () => {
    await writeFile(join(dir, 'keep.txt'), 'mine');
    const r = await cli(['demo', '--write', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the folder "." is not empty; choose a new one.');
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
