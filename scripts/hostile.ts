/**
 * `npm run hostile`: the large hostile inputs of issue 10, built here at run time (never
 * committed), each given to the real CLI in a child process. Every one must be refused with a
 * clear problem (exit 1 and the expected issue code, never "Lỗi không mong đợi") within
 * 2 s of wall time and 300 MB of peak memory (the child's own maximum resident set size).
 *
 * The CLI is bundled first (tsup, into node_modules/.cache/par-hostile), so the timings are
 * those of `par-index` as installed, not of a TypeScript loader. Exit code 1 if any case fails.
 * Options (environment): HOSTILE_ONLY=<substring> runs the matching cases only.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsup';
import {
  sharedStringsXml,
  sheetXml,
  stylesXml,
  workbookBytes,
} from '../test/hostile/build/workbook.js';
import { deflateChunks } from '../test/hostile/build/zip.js';
import { assessmentDoc, setDoc } from '../test/hostile/fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'par-hostile');
const MAX_MS = 2000;
const MAX_MB = 300;
const GB = 1024 ** 3;

/** One hostile input: how to build it, the command, and the issue code it must produce. */
interface Case {
  readonly name: string;
  readonly build: (dir: string) => Promise<void>;
  readonly args: readonly string[];
  readonly code: string;
  /** A file to feed as standard input. */
  readonly stdin?: string | undefined;
}

/** `count` rows of `cols` cells, yielded a thousand rows at a time. */
function* rowChunks(rows: number, cols: number, first = 1): Generator<string> {
  const names = Array.from({ length: cols }, (_, i) => column(i + 1));
  let chunk = '';
  for (let r = first; r < first + rows; r++) {
    chunk += `<row r="${r}">`;
    for (const c of names) chunk += `<c r="${c}${r}"><v>1</v></c>`;
    chunk += '</row>';
    if (r % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

function column(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

async function bigSheet(rows: number, cols: number) {
  return deflateChunks(
    (function* () {
      yield `${HEAD}<sheetData>`;
      yield* rowChunks(rows, cols);
      yield '</sheetData></worksheet>';
    })(),
  );
}

/** Rows of cells without addresses: repetitive, so 320 MB deflate to about 0.3 MB. */
async function plainCells(rows: number, cols: number) {
  const row = `<row>${'<c><v>1</v></c>'.repeat(cols)}</row>`;
  return deflateChunks(
    (function* () {
      yield `${HEAD}<sheetData>`;
      for (let r = 0; r < rows; r += 100) yield row.repeat(Math.min(100, rows - r));
      yield '</sheetData></worksheet>';
    })(),
  );
}

async function manyStrings(count: number) {
  return deflateChunks(
    (function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
      for (let i = 0; i < count; i += 100_000)
        yield '<si><t/></si>'.repeat(Math.min(100_000, count - i));
      yield '</sst>';
    })(),
  );
}

const write = (dir: string, name: string, data: string | Uint8Array) =>
  writeFile(join(dir, name), data);
const sparse = async (dir: string, name: string, size: number) => {
  await writeFile(join(dir, name), '');
  await truncate(join(dir, name), size);
};

const SET = ['-c', 'set.json'];

const CASES: readonly Case[] = [
  {
    name: 'xlsx: 0.3 MB, 20 000 rows × 1 000 cells (unpacks to 320 MB)',
    build: async (d) => {
      const deflated = await plainCells(20_000, 1000);
      await write(d, 'wide.xlsx', workbookBytes({ sheet: '', sheetPart: { deflated } }));
    },
    args: ['validate', 'wide.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: the same, claiming to unpack to 40 MB',
    build: async (d) => {
      const deflated = await plainCells(20_000, 1000);
      const sheetPart = { deflated, claimedSize: 40 * 1024 * 1024 };
      await write(d, 'liar.xlsx', workbookBytes({ sheet: '', sheetPart }));
    },
    args: ['validate', 'liar.xlsx', ...SET],
    code: 'file_unreadable',
  },
  {
    name: 'xlsx: 20 000 rows × 11 addressed cells (220 000 cells)',
    build: async (d) => {
      const deflated = await bigSheet(20_000, 11);
      await write(d, 'cells.xlsx', workbookBytes({ sheet: '', sheetPart: { deflated } }));
    },
    args: ['import', 'assessment', 'cells.xlsx', ...SET, '--out', 'cells.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: 23 000 000 shared strings',
    build: async (d) => {
      const extra = [
        { name: 'xl/sharedStrings.xml', data: '', deflated: await manyStrings(23_000_000) },
      ];
      await write(d, 'strings.xlsx', workbookBytes({ sheet: sheetXml(1, 1), extra }));
    },
    args: ['validate', 'strings.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: 1 000 000 rows under "/xl/worksheets/sheet1.xml"',
    build: async (d) => {
      const deflated = await deflateChunks(
        (function* () {
          yield `${HEAD}<sheetData>`;
          for (let r = 1; r <= 1_000_000; r += 1000) {
            let s = '';
            for (let k = r; k < r + 1000; k++) s += `<row r="${k}"/>`;
            yield s;
          }
          yield '</sheetData></worksheet>';
        })(),
      );
      await write(
        d,
        'slash.xlsx',
        workbookBytes({
          sheet: '',
          sheetEntry: '/xl/worksheets/sheet1.xml',
          sheetPart: { deflated },
        }),
      );
    },
    args: ['validate', 'slash.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: one merge over the whole sheet (17 billion cells)',
    build: (d) =>
      write(
        d,
        'merge.xlsx',
        workbookBytes({ sheet: sheetXml(1, 1, { merges: ['A1:XFD1048576'] }) }),
      ),
    args: ['validate', 'merge.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: a data validation over the whole sheet',
    build: (d) =>
      write(
        d,
        'dv.xlsx',
        workbookBytes({ sheet: sheetXml(1, 1, { validations: ['A1:XFD1048576'] }) }),
      ),
    args: ['validate', 'dv.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: columns 1 to 100 000 000',
    build: (d) =>
      write(d, 'cols.xlsx', workbookBytes({ sheet: sheetXml(1, 1, { cols: [[1, 100_000_000]] }) })),
    args: ['validate', 'cols.xlsx', ...SET],
    code: 'file_unreadable',
  },
  {
    name: 'xlsx: a named range over the whole sheet',
    build: (d) =>
      write(
        d,
        'names.xlsx',
        workbookBytes({ sheet: sheetXml(1, 1), names: ['S!$A$1:$XFD$1048576'] }),
      ),
    args: ['import', 'criteria', 'names.xlsx', '--out', 'names.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: 1 000 000 cell formats',
    build: (d) =>
      write(
        d,
        'styles.xlsx',
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'xl/styles.xml', data: stylesXml(1_000_000) }],
        }),
      ),
    args: ['import', 'assessment', 'styles.xlsx', ...SET, '--out', 'styles.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: 2 000 000 shared strings, loaded against 3 candidate sets',
    build: async (d) => {
      for (const id of ['s1', 's2'])
        await write(d, `${id}.json`, JSON.stringify({ ...setDoc(), id }));
      await write(
        d,
        'three.xlsx',
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'xl/sharedStrings.xml', data: sharedStringsXml(2_000_000) }],
        }),
      );
    },
    args: ['validate', 'three.xlsx', '-c', 's1.json', '-c', 's2.json', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'xlsx: a 3 GB sparse file',
    build: (d) => sparse(d, 'huge.xlsx', 3 * GB),
    args: ['score', 'huge.xlsx', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'yaml: a 1.5 GB sparse file',
    build: (d) => sparse(d, 'huge.yaml', 1.5 * GB),
    args: ['validate', 'huge.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'import criteria /dev/zero',
    build: async () => undefined,
    args: ['import', 'criteria', '/dev/zero', '--out', 'zero.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'standard input from /dev/zero',
    build: async () => undefined,
    args: ['validate', '-'],
    code: 'file_too_large',
    stdin: '/dev/zero',
  },
  {
    name: 'json: 19 MB, 1 000 000 entries',
    build: (d) => {
      const doc = assessmentDoc() as { entries: unknown[] };
      doc.entries = Array.from({ length: 1_000_000 }, () => ({ code: '1.1', points: 1 }));
      return write(d, 'entries.json', JSON.stringify(doc).slice(0, 19 * 1024 * 1024));
    },
    args: ['validate', 'entries.json', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'yaml: 1 020 levels at one-space indent, and 100 000 flow levels',
    build: async (d) => {
      await write(
        d,
        'stairs.yaml',
        `${Array.from({ length: 1020 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
      );
      await write(d, 'flow.json', '['.repeat(100_000) + ']'.repeat(100_000));
    },
    args: ['validate', 'stairs.yaml', 'flow.json', ...SET],
    code: 'invalid_syntax',
  },
  {
    name: 'yaml: a billion-laughs alias bomb',
    build: (d) => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
        lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      return write(d, 'bomb.yaml', lines.join('\n'));
    },
    args: ['validate', 'bomb.yaml', ...SET],
    code: 'invalid_syntax',
  },
  {
    name: 'csv: 19 MB of line breaks',
    build: (d) => write(d, 'lines.csv', '\n'.repeat(19 * 1024 * 1024)),
    args: ['import', 'criteria', 'lines.csv', '--out', 'lines.yaml'],
    code: 'file_too_large',
  },
  {
    name: 'folder: 100 001 files',
    build: async (d) => {
      await mkdir(join(d, 'many'));
      for (let i = 0; i <= 100_000; i++) closeSync(openSync(join(d, 'many', `f${i}.json`), 'w'));
    },
    args: ['validate', 'many', ...SET],
    code: 'file_too_large',
  },
  {
    name: 'folder: a link loop',
    build: async (d) => {
      await mkdir(join(d, 'loop', 'a'), { recursive: true });
      await symlink('..', join(d, 'loop', 'a', 'up'));
    },
    args: ['validate', 'loop', ...SET],
    code: 'file_unreadable',
  },
];

interface Measured {
  readonly ms: number;
  readonly mb: number;
  readonly status: number | null;
  readonly stderr: string;
}

function runCli(cli: string, probe: string, dir: string, c: Case): Promise<Measured> {
  const rssFile = join(dir, '.rss');
  const stdin = c.stdin === undefined ? 'ignore' : openSync(c.stdin, 'r');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', probe, cli, ...c.args], {
    cwd: dir,
    env: { ...process.env, PAR_HOSTILE_RSS: rssFile },
    stdio: [stdin, 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString('utf8');
  });
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      if (typeof stdin === 'number') closeSync(stdin);
      let kb = Number.NaN;
      try {
        kb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // killed: no measurement
      }
      ok({ ms, mb: kb / 1024, status, stderr });
    });
  });
}

async function main(): Promise<number> {
  await build({
    entry: { cli: join(ROOT, 'src/cli/bin.ts') },
    format: ['esm'],
    outDir: CACHE,
    platform: 'node',
    target: 'node20',
    config: false,
    silent: true,
    clean: true,
  });
  const probe = join(ROOT, 'scripts', 'hostile-probe.mjs');
  const cli = join(CACHE, 'cli.js');
  const only = process.env['HOSTILE_ONLY'];
  const dir = await mkdtemp(join(tmpdir(), 'par-hostile-big-'));
  let failed = 0;
  try {
    await write(dir, 'set.json', JSON.stringify(setDoc()));
    console.log(`Hostile inputs, each refused within ${MAX_MS} ms and ${MAX_MB} MB:\n`);
    for (const c of CASES) {
      if (only !== undefined && !c.name.includes(only)) continue;
      await c.build(dir);
      const m = await runCli(cli, pathToFileURL(probe).href, dir, c);
      const problems = [
        m.status !== 1 ? `exit ${m.status}` : '',
        !m.stderr.includes(`[${c.code}]`) ? `no [${c.code}]` : '',
        /Lỗi không mong đợi|Unexpected error/.test(m.stderr) ? 'unexpected error' : '',
        m.ms > MAX_MS ? `${Math.round(m.ms)} ms` : '',
        !(m.mb <= MAX_MB) ? `${Math.round(m.mb)} MB` : '',
      ].filter((p) => p !== '');
      if (problems.length > 0) failed++;
      const verdict = problems.length === 0 ? 'ok  ' : 'FAIL';
      console.log(
        `${verdict} ${String(Math.round(m.ms)).padStart(5)} ms ${String(Math.round(m.mb)).padStart(4)} MB  ${c.name}${problems.length > 0 ? `  (${problems.join(', ')})` : ''}`,
      );
      if (problems.length > 0) console.log(m.stderr.split('\n').slice(0, 4).join('\n'));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(failed === 0 ? '\nhostile: all refused in time' : `\nhostile: ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
