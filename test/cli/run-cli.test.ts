import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/run-cli.js';
import { cli, ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('par-index: version, help and usage errors', () => {
  it('--version prints the version of package.json and exits 0', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag]);
      expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    }
  });

  it('--help prints the main help in Vietnamese (exit 0), --lang en in English', async () => {
    const vi = await cli(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.err).toBe('');
    expect(vi.out).toBe(`${HELP['main']?.vi}\n`);
    expect(vi.out).toContain('Cách dùng: par-index <lệnh> [tùy chọn]');
    for (const name of Object.keys(COMMANDS)) expect(vi.out).toContain(`  ${name}`);
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Usage: par-index <command> [options]');
    expect((await cli(['-h'])).code).toBe(0);
    expect((await cli(['help'])).code).toBe(0);
  });

  it('every command has its own help in both languages', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const vi = await cli([name, '--help']);
      expect(vi.code, name).toBe(0);
      expect(vi.out, name).toContain(`par-index ${name}`);
      const en = await cli([name, '-h', '--lang', 'en']);
      expect(en.code, name).toBe(0);
      expect(en.out, name).not.toBe(vi.out);
    }
  });

  it('no arguments: the help on stdout, exit 2 (usage)', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Cách dùng: par-index');
  });

  it('an unknown command is a usage error (exit 2) naming it', async () => {
    const r = await cli(['scroe', 'x.yaml']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'Không có lệnh "scroe". Xem: par-index --help\n',
    });
    const en = await cli(['scroe', '--lang', 'en']);
    expect(en.err).toBe('Unknown command "scroe". See: par-index --help\n');
    expect(en.code).toBe(2);
  });

  it('an unknown flag is a usage error (exit 2) pointing to the command help', async () => {
    const r = await cli(['score', 'examples/minh-son/2023', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain("'--bogus'");
    expect(r.err).toContain('Xem: par-index score --help\n');
  });

  it('a bad --format, --stage or --lang value is a usage error (exit 2)', async () => {
    const f = await cli(['score', 'examples/minh-son/2023', '--format', 'xml']);
    expect(f.code).toBe(2);
    expect(f.out).toBe('');
    expect(f.err).toContain('--format phải là một trong: table, json, csv, xlsx, md, html');
    expect(f.err).toContain('(nhận "xml")');
    const s = await cli(['score', 'examples/minh-son/2023', '--stage', 'draft']);
    expect(s.code).toBe(2);
    expect(s.err).toContain('--stage');
    const l = await cli(['score', 'examples/minh-son/2023', '--lang', 'fr']);
    expect(l.code).toBe(2);
    expect(l.err).toContain('--lang');
  });

  it('commands without their required arguments are usage errors (exit 2)', async () => {
    expect((await cli(['score'])).code).toBe(2);
    expect((await cli(['rank'])).code).toBe(2);
    expect((await cli(['validate'])).code).toBe(2);
    expect((await cli(['criteria'])).code).toBe(2);
    expect((await cli(['criteria', 'show'])).code).toBe(2);
    expect((await cli(['report', 'examples/minh-son/2023'])).code).toBe(2);
    const json = await cli(['report', 'examples/minh-son/2023', '--format', 'json', '--out', 'x']);
    expect(json.code).toBe(2);
    expect(json.err).toContain('report: --format phải là xlsx, html, md hoặc csv.');
  });

  it('--by with a code the set does not have is a usage error (exit 2)', async () => {
    const r = await cli(['rank', 'examples/minh-son/2023/districts', '--by', '99']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '--by 99: không có mã này trong bộ chỉ số "illustrative-district-2023"',
    );
  });

  it('xlsx without --out is a usage error: binary output never goes to the terminal', async () => {
    const r = await cli(['score', 'examples/minh-son/2023/departments', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Định dạng xlsx cần --out TỆP.');
  });
});
