import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from './helpers.js';

// Issue 10, class 4: rankings that must not be mixed.
let dir = '';
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

const SET = (id: string, max = 10) => ({
  id,
  title: `Bộ ${id}`,
  level: 'district',
  provenance: 'illustrative',
  fields: [{ code: '1', name: 'Một', max }],
});
const UNIT = (set: string, id: string, period: string, points: number) => ({
  criteriaSet: set,
  unit: { id, name: `Huyện ${id}`, block: 'huyện' },
  period,
  entries: [{ code: '1', points, explanation: 'x' }],
});

async function write(name: string, data: unknown): Promise<string> {
  const file = join(dir, name);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, JSON.stringify(data));
  return file;
}

describe('batches that must not be ranked together', () => {
  it('refuses two periods in one block of one set, naming both files (rank and validate)', async () => {
    const set = await write('p/set.json', SET('bo-a'));
    await write('p/a.json', UNIT('bo-a', 'a', '2023', 5));
    await write('p/b.json', UNIT('bo-a', 'b', '2022', 6));
    const before = await readFile(join(dir, 'p/a.json'), 'utf8');
    for (const command of ['rank', 'validate']) {
      const r = await cli([command, join(dir, 'p/a.json'), join(dir, 'p/b.json'), '-c', set]);
      expect(r.code, command).toBe(1);
      expect(r.err).toContain('[mixed_periods]');
      expect(r.err).toContain('--previous');
    }
    expect(await readFile(join(dir, 'p/a.json'), 'utf8')).toBe(before);
  });

  it('refuses two criteria files with one id but different content', async () => {
    const one = await write('s/one.json', SET('bo-b', 10));
    const two = await write('s/two.json', SET('bo-b', 20));
    await write('s/u.json', UNIT('bo-b', 'u', '2023', 5));
    const r = await cli(['score', join(dir, 's/u.json'), '-c', one, '-c', two]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[duplicate_id]');
    // The same content twice is harmless.
    const same = await cli(['score', join(dir, 's/u.json'), '-c', one, '-c', one]);
    expect(same.code).toBe(0);
  });

  it('warns when one block name holds units of different sets that do not cover the same units', async () => {
    const a = await write('m/a-set.json', SET('bo-c'));
    const b = await write('m/b-set.json', SET('bo-d'));
    await write('m/x.json', UNIT('bo-c', 'x', '2023', 5));
    await write('m/y.json', UNIT('bo-d', 'y', '2023', 6));
    const r = await cli(['rank', join(dir, 'm/x.json'), join(dir, 'm/y.json'), '-c', a, '-c', b]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('[mixed_sets_in_block]');
    const v = await cli([
      'validate',
      join(dir, 'm/x.json'),
      join(dir, 'm/y.json'),
      '-c',
      a,
      '-c',
      b,
    ]);
    expect(v.code).toBe(0);
    expect(v.err).toContain('[mixed_sets_in_block]');
  });
});
