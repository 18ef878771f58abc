import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, removeDir, tempDir } from './helpers.js';

const TINY_SET = JSON.stringify({
  id: 'tiny',
  title: 'Bộ nhỏ',
  level: 'commune',
  year: 2025,
  provenance: 'illustrative',
  fields: [
    { code: '1', name: 'Một', max: 1, rule: { kind: 'yes-no' } },
    { code: '2', name: 'Hai', max: 3, rule: { kind: 'deduction', perItem: 0.5 } },
  ],
});

const tiny = (id: string, name: string, entries: string) =>
  `criteriaSet: tiny\nunit: { id: ${id}, name: ${name}, block: xã }\nperiod: "2025"\nentries:\n${entries}`;

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'tiny.json'), TINY_SET);
  await writeFile(join(dir, 'bad-set.json'), JSON.stringify({ id: 'tiny', title: 'x' }));
  // a: Có → 1, 2 late items → 3 − 2 × 0.5 = 2; total 3 of 4 = 75 %.
  await writeFile(
    join(dir, 'a.yaml'),
    tiny('a', 'Xã A', '  - { code: "1", value: Có }\n  - { code: "2", value: 2 }\n'),
  );
  // b: Không → 0, 0 items → 3; total 3 of 4 = 75 %, tied with a.
  await writeFile(
    join(dir, 'b.yaml'),
    tiny('b', 'Xã B', '  - { code: "1", value: Không }\n  - { code: "2", value: 0 }\n'),
  );
  // c: Có → 1, 7 items → max(0, 3 − 3.5) = 0; total 1 of 4 = 25 %.
  await writeFile(
    join(dir, 'c.yaml'),
    tiny('c', 'Xã C', '  - { code: "1", value: Có }\n  - { code: "2", value: 7 }\n'),
  );
  await writeFile(
    join(dir, 'unknown-code.yaml'),
    tiny('d', 'Xã D', '  - { code: "9", value: Có }\n'),
  );
  await writeFile(
    join(dir, 'other-set.yaml'),
    'criteriaSet: nowhere\nunit: { id: e, name: E, block: xã }\nperiod: "2025"\nentries: []\n',
  );
  await writeFile(join(dir, 'broken.yaml'), 'entries: [\n');
});
afterAll(() => removeDir(dir));

interface Doc {
  results: { unit: { id: string }; points: string; shown: { index: string } }[];
  ranking: { blocks: { units: { unitId: string; rank: number }[] }[] };
}

describe('loading batches with --criteria', () => {
  it('a set file given with --criteria scores and ranks (ties share a rank)', async () => {
    const r = await cli(
      ['rank', 'a.yaml', 'b.yaml', 'c.yaml', '--criteria', 'tiny.json', '--format', 'json'],
      dir,
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Doc;
    const points = Object.fromEntries(doc.results.map((x) => [x.unit.id, x.points]));
    expect(points).toEqual({ a: '3', b: '3', c: '1' });
    expect(doc.results.map((x) => x.shown.index)).toEqual(['75.00', '75.00', '25.00']);
    const ranks = doc.ranking.blocks[0]?.units.map((u) => [u.unitId, u.rank]);
    expect(ranks).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('a glob of assessments with the set as a glob too', async () => {
    const r = await cli(['score', '[abc].yaml', '--criteria', 'tiny.*'], dir);
    // "[abc]" is not a glob character here: the literal file is missing.
    expect(r.code).toBe(1);
    const ok = await cli(['score', '?.yaml', '--criteria', 'tiny.*', '--format', 'json'], dir);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as Doc).results).toHaveLength(3);
  });

  it('every problem of the batch is listed, each with its file', async () => {
    const r = await cli(
      [
        'score',
        'a.yaml',
        'unknown-code.yaml',
        'other-set.yaml',
        'broken.yaml',
        '--criteria',
        'tiny.json',
      ],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('Phát hiện 3 vấn đề trong dữ liệu đầu vào:');
    expect(
      lines.some(
        (l) =>
          l.startsWith('  - unknown-code.yaml: entries.0.code: ') &&
          l.endsWith('[unknown_criterion]'),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (l) =>
          l.startsWith('  - other-set.yaml: criteriaSet: ') &&
          l.includes('"nowhere"') &&
          l.endsWith('[criteria_set_mismatch]'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('  - broken.yaml: '))).toBe(true);
  });

  it('a missing or invalid --criteria file is an input problem (exit 1)', async () => {
    const missing = await cli(['score', 'a.yaml', '--criteria', 'nope.json'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      'nope.json: Không tìm thấy tệp hoặc bộ chỉ số có sẵn với tên này. [file_not_found]',
    );
    const bad = await cli(['score', 'a.yaml', '--criteria', 'bad-set.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^ {2}- bad-set\.json: /m);
  });

  it('a bundled id works with --criteria', async () => {
    const r = await cli([
      'score',
      'examples/minh-son/2022/districts/an-lac.yaml',
      '--criteria',
      'illustrative-district-2023',
      '--format',
      'json',
    ]);
    expect((JSON.parse(r.out) as Doc).results[0]?.shown.index).toBe('78.74');
  });
});

describe('progress on a terminal', () => {
  it('shows "Đang đọc k/n…" on stderr for 20 files or more, then clears the line', async () => {
    const r = await cli(['rank', 'examples/minh-son/2023'], ROOT, { interactive: true });
    expect(r.code).toBe(0);
    expect(r.err).toContain('\rĐang đọc 1/24…');
    expect(r.err).toContain('\rĐang đọc 24/24…');
    expect(r.err.endsWith('\r\u001b[K')).toBe(true);
    const en = await cli(['rank', 'examples/minh-son/2023', '--lang', 'en'], ROOT, {
      interactive: true,
    });
    expect(en.err).toContain('\rReading 24/24…');
  });

  it('stays silent for small batches and when not on a terminal', async () => {
    expect(
      (await cli(['rank', 'examples/minh-son/2023/districts'], ROOT, { interactive: true })).err,
    ).toBe('');
    expect((await cli(['rank', 'examples/minh-son/2023'])).err).toBe('');
  });
});
