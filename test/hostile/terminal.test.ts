import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeLine, escapeTerminal, jsonSafe } from '../../src/node/control-chars.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';

// What a terminal obeys instead of showing: C0 but tab and line feed, DEL, C1, line and
// paragraph separators, direction marks, embeddings, overrides, isolates.
// (Built from a string: control characters in a regular expression literal are a lint error.)
const OBEYED_CLASS =
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const OBEYED = new RegExp(OBEYED_CLASS, 'u');
const NUL_OR_SLASH = '[\\u0000/]';
const CONTROLS = [
  '\u001b[2K',
  '\u001b]0;title\u0007',
  '\u001b[31m',
  '\u0007',
  '\r',
  '\b',
  '\u0000',
  '\u007f',
  '\u009b2J',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u2028',
  '\n',
  '\t',
];

/** Vietnamese text with terminal controls mixed in. */
const hostileText = fc
  .array(
    fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('Xã ', 'Hợp lệ: 9 tệp.', 'A', 'đ')),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => `X${parts.join('')}`);

/** Asserts printed text holds nothing a terminal would act on, and no line fakes success. */
function expectInert(text: string, success: boolean): void {
  expect(text).not.toMatch(OBEYED);
  for (const line of text.split('\n')) {
    if (!success) expect(line.startsWith('Hợp lệ') || line.startsWith('Valid')).toBe(false);
  }
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-term-'));
  await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const withUnit = (name: string, block: string, extra: Record<string, unknown> = {}) => {
  const doc = assessmentDoc() as Record<string, unknown>;
  doc['unit'] = { id: 'xa-a', name, block };
  return { ...doc, ...extra };
};

describe('the escaping functions', () => {
  it('leave ordinary Vietnamese text alone and show every control as [U+XXXX]', () => {
    expect(escapeLine('Huyện An Lạc — 89,44 %')).toBe('Huyện An Lạc — 89,44 %');
    expect(escapeLine('a\u001b[2Kb\nc\u202e')).toBe('a[U+001B][2Kb[U+000A]c[U+202E]');
    expect(escapeTerminal('a\nb\tc\rd')).toBe('a\nb\tc[U+000D]d');
    expect(jsonSafe(JSON.stringify('x\u202ey\u0085'))).toBe('"x\\u202ey\\u0085"');
  });

  it('never let an obeyed character through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeLine(s)).not.toMatch(OBEYED);
        expect(escapeLine(s)).not.toContain('\n');
        expect(escapeTerminal(s)).not.toMatch(OBEYED);
        expect(JSON.parse(jsonSafe(JSON.stringify(s)))).toBe(s);
      }),
    );
  });
});

describe('CLI output from hostile names, codes and file names', () => {
  it('table, Markdown and CSV reports show controls escaped; JSON keeps the value exactly', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (name, block) => {
        await writeFile(join(dir, 'a.json'), JSON.stringify(withUnit(name, block)));
        for (const format of ['table', 'md']) {
          const run = await cli(['rank', 'a.json', '-c', 'set.json', '--format', format], dir);
          expect(run.code).toBe(0);
          expectInert(run.out + run.err, true);
        }
        const detail = await cli(['score', 'a.json', '-c', 'set.json'], dir);
        expectInert(detail.out, true);
        const csv = await cli(
          ['rank', 'a.json', '-c', 'set.json', '--format', 'csv', '--out', 'r.csv'],
          dir,
        );
        expect(csv.code).toBe(0);
        // CSV keeps CR, LF and tabs (line ends, quoted cells); nothing else is obeyed.
        const text = (await readFile(join(dir, 'r.csv'), 'utf8')).replace(/\r/g, '');
        expect(text).not.toMatch(OBEYED);
        const json = await cli(['rank', 'a.json', '-c', 'set.json', '--format', 'json'], dir);
        expectInert(json.out, true);
        const doc = JSON.parse(json.out) as { results: { unit: { name: string } }[] };
        expect(doc.results[0]?.unit.name).toBe(name.trim());
      }),
      { numRuns: 25 },
    );
  });

  it('error messages quoting hostile codes and file names cannot print a fake "Hợp lệ"', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(...CONTROLS), async (code, control) => {
        const file = `x${control.replace(new RegExp(NUL_OR_SLASH, 'g'), '')}\rHợp lệ: 1 tệp.json`;
        const doc = withUnit('Xã A', 'xã');
        (doc as { entries: Record<string, unknown>[] }).entries.push({ code, points: 1 });
        await writeFile(join(dir, file), JSON.stringify(doc));
        const run = await cli(['validate', file, '-c', 'set.json'], dir);
        expect(run.code).toBe(1);
        expect(run.out).toBe('');
        expectInert(run.err, false);
        expect(run.err).toContain('Hợp lệ: 1 tệp.json');
        await rm(join(dir, file));
      }),
      { numRuns: 25 },
    );
  });

  it('a usage error quoting a hostile argument is escaped too', async () => {
    const run = await cli(['no\u001b[2J\nHợp lệ: 5 tệp.'], dir);
    expect(run.code).toBe(2);
    expectInert(run.err, false);
    expect(run.err).toContain('no[U+001B][2J[U+000A]Hợp lệ');
  });
});

describe('HTML report', () => {
  it('shows control and direction characters in names and blocks, never obeys them', async () => {
    const name = 'Xã \u202eA\u001b[31m';
    await writeFile(join(dir, 'h.json'), JSON.stringify(withUnit(name, 'xã\u2066')));
    const run = await cli(['report', 'h.json', '-c', 'set.json', '--out', 'r.html'], dir);
    expect(run.code).toBe(0);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html.replace(/[\r\n\t]/g, '')).not.toMatch(OBEYED);
    expect(html).toContain('Xã [U+202E]A[U+001B][31m');
  });
});
