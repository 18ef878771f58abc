import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, type DocStep, docSteps, helpExamples } from './doc-steps.js';
import { ROOT } from './helpers.js';

// Everything the documents tell a user to type, typed into a real shell: in a fresh clone after
// the README's set-up command (`npm ci`), and in a new project that installed the packed package
// (`npm pack`, then `npm install ./par-index-0.1.0.tgz`). npm works from its cache here (the
// gate's own `npm ci` filled it); the registry is only asked for what the cache lacks.

const work = mkdtempSync(join(tmpdir(), 'par-index-fresh-'));
const clone = join(work, 'clone');
const app = join(work, 'app');
// The clone holds a full node_modules: removing it takes a while on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

const env = {
  ...process.env,
  NO_COLOR: '1',
  npm_config_loglevel: 'error',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function sh(line: string, cwd: string): { code: number | null; out: string } {
  const r = spawnSync('sh', ['-c', line], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function npm(args: readonly string[], cwd: string): void {
  execFileSync('npm', [...args], { cwd, env, stdio: 'pipe', timeout: 600_000 });
}

/** Runs a document's steps in `cwd`: writes its files, runs its commands in `sh` as written. */
function runDoc(doc: string, steps: readonly DocStep[], cwd: string): string[] {
  const failures: string[] = [];
  for (const step of steps) {
    if (step.kind === 'file') {
      const target = join(cwd, step.path ?? '');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, step.content ?? '');
      continue;
    }
    const line = step.line.startsWith('npx ') ? step.line : `npx ${step.line}`;
    const r = sh(line, cwd);
    if (r.code !== (step.exit ?? 0)) failures.push(`${doc}: ${line} → exit ${r.code}\n${r.out}`);
    const printed = r.out.split('\n').map((l) => l.trimEnd());
    for (const shown of step.shown ?? []) {
      if (!printed.includes(shown.trimEnd())) failures.push(`${doc}: ${line}: missing "${shown}"`);
    }
  }
  return failures;
}

/** Every document, each from a clean folder state (the folders they write are removed first). */
function runAllDocs(cwd: string): string[] {
  const failures: string[] = [];
  for (const doc of DOCS) {
    for (const dir of ['minh-son', 'tinh-cua-toi'])
      rmSync(join(cwd, dir), { recursive: true, force: true });
    failures.push(...runDoc(doc, docSteps(readFileSync(join(clone, doc), 'utf8')), cwd));
  }
  return failures;
}

/** Every --help example, typed with npx in `cwd` after `npx par-index demo --write minh-son`. */
function runHelpExamples(cwd: string): string[] {
  mkdirSync(cwd, { recursive: true });
  const failures: string[] = [];
  const setup = sh('npx par-index demo --write minh-son', cwd);
  if (setup.code !== 0) return [`demo --write: ${setup.out}`];
  for (const { where, line } of helpExamples) {
    // `demo --write X` needs a new folder: give it one under the fresh folder `w<n>`.
    const n = failures.length + Math.random().toString(36).slice(2, 8);
    const typed = line.replace(/--write (\S+)/, `--write w${n}/$1`);
    const r = sh(`npx ${typed}`, cwd);
    if (r.code !== 0) failures.push(`${where}: ${typed} → exit ${r.code}\n${r.out}`);
  }
  return failures;
}

describe('from a fresh clone, after the README set-up command', () => {
  beforeAll(() => {
    execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'pipe' });
    // Working changes not yet committed travel too, so the test sees what it is run on.
    const diff = execFileSync('git', ['diff', 'HEAD', '--binary'], { cwd: ROOT });
    if (diff.length > 0)
      execFileSync('git', ['apply', '--whitespace=nowarn'], { cwd: clone, input: diff });
    npm(['ci', '--prefer-offline'], clone);
  }, 900_000);

  it('npm ci built the command: npx par-index resolves to this clone', () => {
    expect(existsSync(join(clone, 'dist', 'cli.js'))).toBe(true);
    const r = sh('npx par-index --version', clone);
    expect(r).toEqual({
      code: 0,
      out: `${JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version}\n`,
    });
  }, 300_000);

  it('npm start and the library quick start run', () => {
    expect(sh('npm start', clone).code).toBe(0);
    expect(sh('npx tsx examples/quick-start.ts', clone).code).toBe(0);
  }, 300_000);

  it('every command of README.md, docs/cli.md and both guides runs as written; git stays clean', () => {
    expect(runAllDocs(clone)).toEqual([]);
    // What the commands wrote went to git-ignored folders (or the user's own paths).
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' })).toBe(
      '',
    );
  }, 900_000);

  it('every --help example runs as written (in out/, git-ignored)', () => {
    expect(runHelpExamples(join(clone, 'out'))).toEqual([]);
  }, 900_000);
});

describe('in a project that installed the packed package', () => {
  let tarball = '';
  beforeAll(() => {
    if (!existsSync(join(clone, 'node_modules'))) {
      execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'pipe' });
      npm(['ci', '--prefer-offline'], clone);
    }
    npm(['pack', '--pack-destination', work], clone);
    tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) ?? '';
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), '{ "name": "office-app", "private": true }\n');
    npm(['install', '--prefer-offline', join(work, tarball)], app);
  }, 900_000);

  it('the package holds the LICENSE, the built command and the example files', () => {
    expect(tarball).toBe('par-index-0.1.0.tgz');
    const pkg = join(app, 'node_modules', 'par-index');
    for (const f of [
      'LICENSE',
      'dist/cli.js',
      'criteria/criteria.schema.json',
      'examples/minh-son/2023',
    ]) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    expect(readFileSync(join(pkg, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(existsSync(join(pkg, 'test'))).toBe(false);
  });

  it('every documented command and --help example runs there as written', () => {
    const failures = [...runAllDocs(app), ...runHelpExamples(join(app, 'help'))];
    expect(failures).toEqual([]);
  }, 900_000);

  it('the library imports from par-index and par-index/node', () => {
    const r = sh(
      `node --input-type=module -e "import { getCriteriaSet } from 'par-index'; import { writeResultsCsv } from 'par-index/node'; console.log(getCriteriaSet('illustrative-commune-2023').id, typeof writeResultsCsv)"`,
      app,
    );
    expect(r).toEqual({ code: 0, out: 'illustrative-commune-2023 function\n' });
  });
});
