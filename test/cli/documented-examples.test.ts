import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { cli, ROOT, redirectOut, removeDir, splitArgs, tempDir } from './helpers.js';

// Every example the help texts and the guides show must run and succeed, so they stay true.

/** Example lines of the help texts: two spaces, then `par-index `. */
const helpExamples = Object.entries(HELP).flatMap(([command, texts]) =>
  Object.entries(texts).flatMap(([lang, text]) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('  par-index '))
      .map((l) => ({ where: `${command} (${lang})`, line: l.trim() })),
  ),
);

const DOCS = ['docs/guide-vi.md', 'docs/guide-en.md', 'docs/cli.md', 'README.md'];

interface DocStep {
  readonly kind: 'run' | 'file';
  readonly line: string;
  readonly path?: string | undefined;
  readonly content?: string | undefined;
  /** Expected exit code: 0 unless an `<!-- exit: N -->` comment precedes the block. */
  readonly exit?: number | undefined;
  /** Output lines shown in a ```text block right after the command's block. */
  shown?: string[] | undefined;
}

/**
 * The steps of a document, in order: files to write (a fenced block right after a
 * `<!-- file: path -->` comment; an `<!-- exit: N -->` comment before a command block says the
 * commands in it show a failure on purpose) and commands (lines of ```sh blocks starting with
 * `par-index` or `npx par-index`; `npm …` and other lines are skipped). A ```text block that
 * directly follows a command block shows that block's last command's output: each of its lines
 * (but `…`) must appear in what the command prints.
 */
function docSteps(markdown: string): DocStep[] {
  const steps: DocStep[] = [];
  const lines = markdown.split('\n');
  let pendingFile: string | undefined;
  let pendingExit: number | undefined;
  let lastRun: DocStep | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = /^<!-- file: (\S+) -->$/.exec(line.trim());
    if (marker) {
      pendingFile = marker[1];
      continue;
    }
    const exit = /^<!-- exit: (\d) -->$/.exec(line.trim());
    if (exit) {
      pendingExit = Number(exit[1]);
      continue;
    }
    const fence = /^```(\w*)/.exec(line);
    if (!fence) {
      if (line.trim() !== '') lastRun = undefined;
      continue;
    }
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++)
      body.push(lines[i] ?? '');
    if (fence[1] === 'text' && lastRun !== undefined) {
      lastRun.shown = body.filter((b) => b.trim() !== '' && b.trim() !== '…');
    }
    lastRun = undefined;
    if (pendingFile !== undefined) {
      steps.push({
        kind: 'file',
        line: pendingFile,
        path: pendingFile,
        content: `${body.join('\n')}\n`,
      });
    } else if (fence[1] === 'sh') {
      for (const b of body) {
        const t = b.trim();
        if (/^(npx )?par-index( |$)/.test(t)) {
          lastRun = { kind: 'run', line: t, exit: pendingExit ?? 0 };
          steps.push(lastRun);
        }
      }
    }
    pendingFile = undefined;
    pendingExit = undefined;
  }
  return steps;
}

let outDir = '';
let helpDir = '';
beforeAll(async () => {
  outDir = await tempDir('par-cli-examples-');
  // Someone who installed the package has no examples/ folder: the help examples use the files
  // `demo --write minh-son` copies out, and run in a folder holding only those.
  helpDir = await tempDir('par-cli-help-');
  const r = await cli(['demo', '--write', 'minh-son'], helpDir);
  if (r.code !== 0) throw new Error(`demo --write failed: ${r.err}`);
});
afterAll(async () => {
  await removeDir(outDir);
  await removeDir(helpDir);
});

describe('help text examples', () => {
  it('each command shows at least one example in each language', () => {
    for (const [command, texts] of Object.entries(HELP)) {
      for (const [lang, text] of Object.entries(texts)) {
        const n = text.split('\n').filter((l) => l.startsWith('  par-index ')).length;
        expect(n, `${command} (${lang})`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('no example needs a file that does not ship (test/fixtures, the repository layout)', () => {
    for (const { where, line } of helpExamples) {
      expect(line, where).not.toMatch(/test\/fixtures|examples\/|criteria\/[\w-]+\.json/);
    }
  });

  it.each(helpExamples)('$where: $line', async ({ line }) => {
    const [bin, ...rest] = splitArgs(line);
    expect(bin).toBe('par-index');
    const { args, outputs } = redirectOut(rest, outDir);
    // `demo --write X` needs a new folder each time: X goes under a fresh temporary folder.
    const w = args.indexOf('--write');
    if (w >= 0) args[w + 1] = join(await mkdtemp(join(outDir, 'write-')), args[w + 1] ?? '');
    const r = await cli(args, helpDir);
    expect(r.code, `${line}\n${r.err}`).toBe(0);
    for (const o of outputs) expect((await stat(o)).size, o).toBeGreaterThan(0);
  });
});

for (const doc of DOCS) {
  describe(`${doc} examples`, () => {
    const path = join(ROOT, doc);
    const steps = existsSync(path) ? docSteps(readFileSync(path, 'utf8')) : [];
    let work = '';
    beforeAll(async () => {
      // A scratch copy of the repository's layout: examples and criteria as in the repo, plus
      // the files the document asks the reader to write; outputs land here too.
      work = await tempDir('par-cli-doc-');
      await symlink(join(ROOT, 'examples'), join(work, 'examples'), 'dir');
      await symlink(join(ROOT, 'criteria'), join(work, 'criteria'), 'dir');
    });
    afterAll(() => removeDir(work));

    it('exists (the guides also show commands)', () => {
      expect(existsSync(path), doc).toBe(true);
      if (doc.includes('guide')) {
        expect(steps.filter((s) => s.kind === 'run').length).toBeGreaterThan(10);
      }
    });

    // Steps run in document order: a later command may use a file an earlier one wrote.
    it.each(steps.map((s, n) => ({ ...s, n })))('$n: $line', async (step) => {
      if (step.kind === 'file') {
        const target = join(work, step.path ?? '');
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, step.content ?? '');
        return;
      }
      const words = splitArgs(step.line);
      const args = words[0] === 'npx' ? words.slice(2) : words.slice(1);
      const r = await cli(args, work);
      expect(r.code, `${step.line}\n${r.err}`).toBe(step.exit ?? 0);
      const printed = (r.out + r.err).split('\n').map((l) => l.trimEnd());
      for (const shown of step.shown ?? []) expect(printed, step.line).toContain(shown.trimEnd());
    });
  });
}
