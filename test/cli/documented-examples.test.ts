import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { DOCS, docSteps, helpExamples } from './doc-steps.js';
import { cli, ROOT, redirectOut, removeDir, splitArgs, tempDir } from './helpers.js';

// Every example the help texts and the guides show must run and succeed, so they stay true.

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
