import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, cli as runInProcess } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { deepArrayText, expectNoPollution } from './helpers.js';

// The loader by absolute URL: child processes run in temp folders without node_modules.
const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-cli-'));
  await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
  await writeFile(join(dir, 'good.json'), JSON.stringify(assessmentDoc()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => expectNoPollution());

// The shared in-process runner (test/cli/helpers.ts), in this suite's temp folder.
const cli = (args: readonly string[], stdin: Uint8Array = new Uint8Array(0)) =>
  runInProcess(args, dir, { stdin });

const UNEXPECTED = /Lỗi không mong đợi|Unexpected error/;

/** Exit 1, a message on stderr naming the file, nothing on stdout, no crash text. */
function expectInputError(run: CliRun, file?: string): void {
  expect(run.code).toBe(1);
  expect(run.err).not.toMatch(UNEXPECTED);
  expect(run.err.length).toBeGreaterThan(0);
  if (file !== undefined) expect(run.err).toContain(file);
  expect(run.out).toBe('');
}

const bomb = (): string => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n');
};

const HOSTILE_FILES: [string, string | Uint8Array][] = [
  ['broken.yaml', 'criteriaSet: hostile-set\nentries: [\n'],
  ['dup.json', '{"criteriaSet": "hostile-set", "criteriaSet": "hostile-set"}'],
  ['deep.json', deepArrayText(500)],
  ['bomb.yaml', bomb()],
  ['proto.json', JSON.stringify(assessmentDoc()).replace('{', '{"__proto__":{"polluted":1},')],
  ['nul.json', 'criteriaSet: x\u0000'],
  ['latin1.yaml', Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a])],
  ['junk.json', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
  ['nan.json', JSON.stringify(assessmentDoc()).replace('"points":1', '"points":"NaN"')],
  [
    'huge-number.yaml',
    `criteriaSet: hostile-set\nunit: {id: a, name: A, block: xã}\nperiod: "2023"\nentries: [{code: "1.2", points: 1e309}]`,
  ],
  // A direction mark is stripped from codes; what is left (9.9) is still an unknown criterion.
  ['rtl-code.json', JSON.stringify(assessmentDoc()).replace('"1.2"', '"\u202e9.9"')],
];

describe('CLI on hostile files', () => {
  beforeAll(async () => {
    for (const [name, content] of HOSTILE_FILES) await writeFile(join(dir, name), content);
  });

  it.each(HOSTILE_FILES.map(([name]) => name))(
    'score %s: exit 1, message on stderr, no --out file',
    async (name) => {
      const out = join(dir, `out-${name}.csv`);
      const run = await cli([
        'score',
        name,
        '--criteria',
        'set.json',
        '--format',
        'csv',
        '--out',
        out,
      ]);
      expectInputError(run, name);
      expect(existsSync(out)).toBe(false);
    },
  );

  it.each(HOSTILE_FILES.map(([name]) => name))(
    'validate %s: exit 1 with the file named',
    async (name) => {
      expectInputError(await cli(['validate', name, '--criteria', 'set.json']), name);
    },
  );

  it('leaves no temporary file behind after refusing bad input', async () => {
    await cli([
      'rank',
      'broken.yaml',
      'good.json',
      '--criteria',
      'set.json',
      '--out',
      'rank.md',
      '--format',
      'md',
    ]);
    expect((await readdir(dir)).filter((f) => f.startsWith('.') || f.startsWith('rank'))).toEqual(
      [],
    );
  });

  it('a hostile criteria set stops the run before any output', async () => {
    await writeFile(
      join(dir, 'bad-set.json'),
      JSON.stringify({ ...setDoc(), __proto__: 1, fields: deepArrayText(500) }),
    );
    const run = await cli([
      'score',
      'good.json',
      '--criteria',
      'bad-set.json',
      '--out',
      'x.json',
      '--format',
      'json',
    ]);
    expectInputError(run, 'bad-set.json');
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('a missing file and an empty folder are input errors', async () => {
    expectInputError(await cli(['score', 'nope.yaml', '--criteria', 'set.json']), 'nope.yaml');
    await mkdir(join(dir, 'empty'), { recursive: true });
    const run = await cli(['score', 'empty', '--criteria', 'set.json']);
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(UNEXPECTED);
  });

  it('hostile stdin (-) is refused like a file', async () => {
    const run = await cli(
      ['validate', '-', '--criteria', 'set.json'],
      new TextEncoder().encode(deepArrayText(500)),
    );
    expect(run.code).not.toBe(0);
    expect(run.err).not.toMatch(UNEXPECTED);
  });
});

// Two 10 000-deep files in one run used to kill the CLI with a fatal V8 error inside the yaml
// parser (see test/hostile/data-text.test.ts). Child process, since a regression is fatal.
it('validate of two 10 000-deep files exits 1, not with a fatal crash', async () => {
  const deep = deepArrayText(10_000);
  await writeFile(join(dir, 'deep-a.json'), deep);
  await writeFile(join(dir, 'deep-b.json'), deep);
  const bin = join(process.cwd(), 'src/cli/bin.ts');
  const r = spawnSync(
    process.execPath,
    ['--import', TSX_LOADER, bin, 'validate', 'deep-a.json', 'deep-b.json'],
    {
      cwd: dir,
      timeout: 9000,
      encoding: 'utf8',
    },
  );
  expect(r.stderr).not.toMatch(/FATAL|out of memory/);
  expect(r.stderr).toContain('deep-a.json');
  expect(r.status).toBe(1);
}, 10_000);

describe('CLI usage errors and odd arguments', () => {
  it.each([
    [['score', '--no-such-flag']],
    [['score', 'good.json', '--format', 'pdf']],
    [['score', 'good.json', '--stage', '__proto__']],
    [['score', 'good.json', '--lang', 'fr']],
    [['score']],
    [['no-such-command']],
  ])('%j exits 2 with a message on stderr', async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(UNEXPECTED);
    expect(run.err.length).toBeGreaterThan(0);
  });

  // Commands are looked up as own properties: Object.prototype members are unknown commands.
  it.each([[['__proto__']], [['constructor']], [['toString']]])(
    '%j is an unknown command (exit 2), not an unexpected error',
    async (args) => {
      const run = await cli(args);
      expect(run.err).not.toMatch(UNEXPECTED);
      expect(run.code).toBe(2);
    },
  );

  it('xlsx without --out is a usage error and writes nothing', async () => {
    const run = await cli(['score', 'good.json', '--criteria', 'set.json', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
  });

  it('a 100 000-character argument does not crash', async () => {
    const run = await cli(['score', 'x'.repeat(100_000), '--criteria', 'set.json']);
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(UNEXPECTED);
  });

  it('scores a good file whose name has NFD diacritics, spaces and RTL marks', async () => {
    const name = 'xa\u0303 \u200fa\u0300.json';
    await writeFile(join(dir, name), JSON.stringify(assessmentDoc()));
    const run = await cli(['score', name, '--criteria', 'set.json', '--format', 'json']);
    expect(run.code).toBe(0);
    // 8.64 points of 10 (see fixtures.ts)
    expect(run.out).toContain('"8.64"');
  });
});

describe('CLI --out destinations', () => {
  it('writes the whole file for good input (control)', async () => {
    const run = await cli([
      'score',
      'good.json',
      '--criteria',
      'set.json',
      '--format',
      'csv',
      '--out',
      'ok.csv',
    ]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'ok.csv'))).toBe(true);
  });

  // A failed write of --out (missing folder, a folder) is a clear message, not "Lỗi không mong đợi".
  it('an --out in a missing folder fails with a clear message, not a crash', async () => {
    const run = await cli([
      'score',
      'good.json',
      '--criteria',
      'set.json',
      '--out',
      join('no', 'such', 'dir', 'r.csv'),
      '--format',
      'csv',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.err).not.toMatch(UNEXPECTED);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('an --out that is a folder fails with a clear message and leaves no temp file', async () => {
    await mkdir(join(dir, 'folder-out'), { recursive: true });
    const run = await cli([
      'score',
      'good.json',
      '--criteria',
      'set.json',
      '--out',
      'folder-out',
      '--format',
      'csv',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.err).not.toMatch(UNEXPECTED);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
