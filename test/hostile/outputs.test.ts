import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import {
  chmod,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/node/write-file-atomic.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectTreeUnchanged, hashTree } from './helpers.js';

const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
const UNEXPECTED = /Lỗi không mong đợi|Unexpected error/;
const SCORE = ['score', 'good.json', '-c', 'set.json', '--format', 'csv'];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-out-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  for (const name of await readdir(dir))
    await rm(join(dir, name), { recursive: true, force: true });
  await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
  await writeFile(join(dir, 'good.json'), JSON.stringify(assessmentDoc()));
  await writeFile(join(dir, 'cost.yaml'), 'costs: { "1.1": 2 }\n');
});

/** Files beside the target that a clerk would see (temporary files included). */
const leftovers = async (d: string) =>
  (await readdir(d)).filter((n) => /\.tmp$|par-index-/.test(n));

describe('--out never overwrites an input', () => {
  it('whatever it is called: same name, ./name, absolute, symlink, hard link, inside an input folder', async () => {
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'b.json'), JSON.stringify(assessmentDoc()));
    await symlink(join(dir, 'good.json'), join(dir, 'alias.json'));
    await link(join(dir, 'good.json'), join(dir, 'hard.json'));
    const spellings: [string[], string][] = [
      [SCORE, 'good.json'],
      [SCORE, './good.json'],
      [SCORE, join(dir, 'good.json')],
      [SCORE, 'alias.json'],
      [SCORE, 'hard.json'],
      [SCORE, 'set.json'],
      [['rank', 'in', '-c', 'set.json'], 'in/b.json'],
      [['rank', 'in/*.json', '-c', 'set.json'], join(dir, 'in', 'b.json')],
      [['rank', 'good.json', '-c', 'set.json', '--previous', 'in'], 'in/b.json'],
      [['report', 'good.json', '-c', 'set.json', '--format', 'md'], 'set.json'],
      [['import', 'criteria', 'good.json'], 'good.json'],
      [
        [
          'what-if',
          'good.json',
          '-c',
          'set.json',
          '--unit',
          'xa-a',
          '--rank',
          '1',
          '--cost',
          'cost.yaml',
        ],
        'cost.yaml',
      ],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...spellings), async ([args, out]) => {
        const before = await hashTree(dir);
        const run = await cli([...args, '--out', out], dir);
        expect(run.code).toBe(2);
        expect(run.err).toMatch(/chính là tệp đầu vào|is the input/);
        expect(run.err).not.toMatch(UNEXPECTED);
        await expectTreeUnchanged(dir, before);
        expect(lstatSync(join(dir, 'alias.json')).isSymbolicLink()).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('a new file, or an unrelated existing one, is written (control)', async () => {
    await writeFile(join(dir, 'old.csv'), 'old');
    for (const out of ['new.csv', 'old.csv']) {
      const run = await cli([...SCORE, '--out', out], dir);
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, out), 'utf8')).toContain('Xã A');
    }
  });
});

describe('links, devices and pipes are written through, never replaced by a file', () => {
  it('a symlink to a file elsewhere: the file changes, the link stays', async () => {
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'r.csv'), 'old');
    await symlink(join(dir, 'elsewhere', 'r.csv'), join(dir, 'link.csv'));
    const run = await cli([...SCORE, '--out', 'link.csv'], dir);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere', 'r.csv'), 'utf8')).toContain('Xã A');
    expect(await leftovers(dir)).toEqual([]);
    expect(await leftovers(join(dir, 'elsewhere'))).toEqual([]);
  });

  it('a dangling symlink creates its target; a link loop is a usage error', async () => {
    await symlink('made.csv', join(dir, 'dangling.csv'));
    expect((await cli([...SCORE, '--out', 'dangling.csv'], dir)).code).toBe(0);
    expect(lstatSync(join(dir, 'dangling.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.csv'), 'utf8')).toContain('Xã A');
    await symlink('loop-b', join(dir, 'loop-a'));
    await symlink('loop-a', join(dir, 'loop-b'));
    const before = await hashTree(dir);
    const run = await cli([...SCORE, '--out', 'loop-a'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('(ELOOP)');
    await expectTreeUnchanged(dir, before);
  });

  it('--out /dev/stdout writes to the output stream; /dev/null stays a device', async () => {
    const run = await cli([...SCORE, '--out', '/dev/stdout'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Xã A');
    expect((await cli([...SCORE, '--out', '/dev/null'], dir)).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(await leftovers('/dev')).toEqual([]);
  });

  it('xlsx to /dev/stdout of a real process arrives on its standard output', () => {
    const bin = join(process.cwd(), 'src/cli/bin.ts');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        TSX_LOADER,
        bin,
        'score',
        'good.json',
        '-c',
        'set.json',
        '--format',
        'xlsx',
        '--out',
        '/dev/stdout',
      ],
      { cwd: dir, timeout: 20_000 },
    );
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  }, 25_000);

  it('a named pipe is written into, and stays a pipe', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => {
      got += c.toString('utf8');
    });
    const done = new Promise((ok) => reader.on('close', ok));
    const run = await cli([...SCORE, '--out', fifo], dir);
    await done;
    expect(run.code).toBe(0);
    expect(got).toContain('Xã A');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('names and modes', () => {
  it('a 255-byte name works, in ASCII or Vietnamese (3 bytes a letter); 256 bytes is a clear error', async () => {
    const names = [`${'a'.repeat(251)}.csv`, `${'ệ'.repeat(83)}.csv`, `${'b'.repeat(252)}.csv`];
    expect(names.map((n) => Buffer.byteLength(n))).toEqual([255, 253, 256]);
    for (const name of names.slice(0, 2)) {
      const run = await cli([...SCORE, '--out', name], dir);
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).toContain('Xã A');
    }
    const before = await hashTree(dir);
    const long = await cli([...SCORE, '--out', names[2] ?? ''], dir);
    expect(long.code).toBe(2);
    expect(long.err).toContain('ENAMETOOLONG');
    await expectTreeUnchanged(dir, before);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('replacing a file keeps its permissions', async () => {
    await writeFile(join(dir, 'private.csv'), 'old');
    await chmod(join(dir, 'private.csv'), 0o600);
    expect((await cli([...SCORE, '--out', 'private.csv'], dir)).code).toBe(0);
    expect(statSync(join(dir, 'private.csv')).mode & 0o777).toBe(0o600);
  });
});

describe('killed mid-write: the target is whole, and no temporary file outlives the next run', () => {
  it('SIGKILL at any moment of a 200 MB write', async () => {
    const script = join(dir, 'writer.mts');
    const module = pathToFileURL(join(process.cwd(), 'src/node/write-file-atomic.ts')).href;
    await writeFile(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(module)};\nawait writeFileAtomic(process.argv[2], new Uint8Array(200 * 1024 * 1024).fill(120));\n`,
    );
    let orphaned = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 150 }), async (delay) => {
        const target = join(dir, 'big.bin');
        await writeFile(target, 'old');
        const child = spawn(process.execPath, ['--import', TSX_LOADER, script, target]);
        const closed = new Promise((ok) => child.on('close', ok));
        // Killed while its temporary file exists (or, for the largest delays, just after).
        const t0 = performance.now();
        while ((await leftovers(dir)).length === 0 && performance.now() - t0 < 15_000) {
          await new Promise((ok) => setTimeout(ok, 2));
        }
        await new Promise((ok) => setTimeout(ok, delay));
        child.kill('SIGKILL');
        await closed;
        // Whole: the old content or all of the new, never a part.
        expect([3, 200 * 1024 * 1024]).toContain(statSync(target).size);
        if ((await leftovers(dir)).length > 0) orphaned++;
        await writeFileAtomic(join(dir, 'next.txt'), 'next run');
        expect(await leftovers(dir)).toEqual([]);
      }),
      { numRuns: 6 },
    );
    // The kills did strike mid-write: temporary files were left, and the next write removed them.
    expect(orphaned).toBeGreaterThan(0);
  }, 120_000);

  it('a failed write removes its temporary file at once', async () => {
    await mkdir(join(dir, 'folder.csv'));
    const run = await cli([...SCORE, '--out', 'folder.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('(EISDIR)');
    expect(await leftovers(dir)).toEqual([]);
    expect(await readFile(join(dir, 'good.json'), 'utf8')).toContain('xa-a');
  });
});

describe('--format a command cannot write is a usage error, and text never lands in a .xlsx', () => {
  it.each([
    [['criteria', 'show', 'set.json', '--format', 'xlsx', '--out', 'x.xlsx']],
    [['criteria', 'list', '--out', 'list.xlsx']],
    [['import', 'criteria', 'good.json', '--format', 'csv', '--out', 'x.csv']],
    [['template', '-c', 'set.json', '--format', 'csv', '--out', 't.csv']],
    [['template', '-c', 'set.json', '--out', 't.csv']],
    [['validate', 'good.json', '-c', 'set.json', '--format', 'json']],
    [['score', 'good.json', '-c', 'set.json', '--format', 'csv', '--out', 'r.xlsx']],
    [['score', 'good.json', '-c', 'set.json', '--format', 'table', '--out', 'r.md']],
    [
      [
        'what-if',
        'good.json',
        '-c',
        'set.json',
        '--unit',
        'xa-a',
        '--rank',
        '1',
        '--out',
        'w.xlsx',
      ],
    ],
  ])('%j: exit 2, nothing written', async (args) => {
    const before = await hashTree(dir);
    const run = await cli(args, dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--format|--out/);
    await expectTreeUnchanged(dir, before);
  });

  it('without --format, the --out extension chooses a format the command can write', async () => {
    expect((await cli(['score', 'good.json', '-c', 'set.json', '--out', 'r.xlsx'], dir)).code).toBe(
      0,
    );
    expect([...readFileSync(join(dir, 'r.xlsx')).subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect((await cli(['criteria', 'show', 'set.json', '--out', 's.json'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).id).toBe('hostile-set');
    expect(existsSync(join(dir, 's.json'))).toBe(true);
  });
});
