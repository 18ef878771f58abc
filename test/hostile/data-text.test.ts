import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { safeLoadAssessmentFile, safeLoadCriteriaSetFile } from '../../src/node/load-files.js';
import { parseDataText } from '../../src/node/parse-data-text.js';
import { parseDataBytes, readDataFile } from '../../src/node/read-data-file.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { deepArrayText, expectCleanOutcome, expectFailure, expectNoPollution } from './helpers.js';

// The loader by absolute URL: child processes run in temp folders without node_modules.
const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'par-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => expectNoPollution());

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseDataText: broken syntax', () => {
  const broken: [string, string][] = [
    ['unclosed JSON', '{"id": "x", "fields": ['],
    ['trailing garbage', '{"id": "x"} }'],
    ['unclosed YAML flow', 'fields: [1, 2'],
    ['bad YAML indentation', 'a:\n  b: 1\n c: 2'],
    ['a tab-indented YAML mapping', 'a:\n\tb: 1'],
    ['an unterminated string', '"abc'],
    ['an undefined alias', 'a: *nothing'],
    ['a YAML directive only', '%YAML 1.2\n---\n---\n: :'],
  ];
  it.each(broken)('%s → invalid_syntax with a position', (_, text) => {
    const issues = expectFailure(parseDataText(text, 'bad.yaml'), 'invalid_syntax');
    expect(issues[0]?.file).toBe('bad.yaml');
  });

  it('duplicate keys are errors in JSON and YAML, with the line', () => {
    const json = expectFailure(
      parseDataText('{\n"id": "a",\n"id": "b"\n}', 'd.json'),
      'invalid_syntax',
    );
    expect(json[0]?.messageEn).toMatch(/Duplicate key \(line 3/);
    expectFailure(parseDataText('id: a\nid: b\n', 'd.yaml'), 'invalid_syntax');
  });

  it('stops a billion-laughs alias bomb quickly with a coded issue', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const t0 = performance.now();
    expectFailure(parseDataText(lines.join('\n'), 'bomb.yaml'), 'invalid_syntax');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses NUL bytes, with or without a BOM', () => {
    expectFailure(parseDataText('id: a\u0000b', 'n.yaml'), 'file_unreadable');
    expectFailure(parseDataText('\ufeff{"a":"\u0000"}', 'n.json'), 'file_unreadable');
  });
});

describe('parseDataText: numbers and keys', () => {
  it('keeps 40-digit decimals and 1e309 as text, so the exact parser sees every digit', () => {
    const r = parseDataText(
      'a: 0.1234567890123456789012345678901234567890\nb: 1e309\nc: 0.1\nd: -0',
      'n.yaml',
    );
    expect(r.success && r.data).toEqual({
      a: '0.1234567890123456789012345678901234567890',
      b: '1e309',
      c: 0.1,
      d: -0,
    });
  });

  it('reads .nan and .inf as plain values that validation then refuses', () => {
    const r = parseDataText('max: .nan\nother: .inf', 'n.yaml');
    expectCleanOutcome(r);
    const doc = setDoc() as { fields: { max: unknown }[] };
    const field = doc.fields[0];
    if (field && r.success) field.max = (r.data as { max: unknown }).max;
    expectFailure(safeParseCriteriaSet(doc));
  });

  it('__proto__ and constructor keys from JSON and YAML text never pollute and are refused', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
      '<<: {__proto__: {polluted: true}}\n',
    ]) {
      const r = parseDataText(text, 'p.yaml');
      expectCleanOutcome(r);
      expectNoPollution();
      if (r.success) expectFailure(safeParseCriteriaSet(r.data));
    }
  });

  // In-process depths stay at 200 (under MAX_NESTING): from ~1 000 levels the yaml parser overflows the stack, and a
  // second overflow in the same process is fatal (see the child-process test below).
  it('reads 200 levels of nested arrays in JSON and YAML as data', () => {
    for (let i = 0; i < 3; i++) {
      expect(parseDataText(deepArrayText(200), 'deep.json').success).toBe(true);
      expect(parseDataText(`a: ${deepArrayText(200)}`, 'deep.yaml').success).toBe(true);
    }
  });

  // 10 000-deep JSON/YAML used to overflow the `yaml` parser's stack, and a second overflow in
  // one process was a fatal V8 error no try/catch can stop. parseDataText now refuses text nested
  // deeper than MAX_NESTING before parsing. Run in a child process, since a regression is fatal.
  it('parses 10 000-deep JSON and YAML three times in one process without a fatal crash', () => {
    const script = join(dir, 'deep-probe.mts');
    writeFileSync(
      script,
      [
        `import { parseDataText } from ${JSON.stringify(join(process.cwd(), 'src/node/parse-data-text.ts'))};`,
        `const deep = '['.repeat(10000) + ']'.repeat(10000);`,
        'for (let i = 0; i < 3; i++) {',
        `  if (parseDataText(deep, 'a.json').success) process.exit(3);`,
        `  if (parseDataText('a: ' + deep, 'a.yaml').success) process.exit(3);`,
        '}',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--import', TSX_LOADER, script], {
      cwd: process.cwd(),
      timeout: 9000,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/FATAL|out of memory/);
    expect(r.status).toBe(0);
  }, 10_000);

  it('reads a 200 000-character line; a 1 MB implicit key is a syntax error (YAML limit 1 024)', () => {
    expect(parseDataText(`a: "${'x'.repeat(200_000)}"`, 'long.yaml').success).toBe(true);
    expectFailure(parseDataText(`${'k'.repeat(1_000_000)}: 1`, 'key.yaml'), 'invalid_syntax');
    expect(parseDataText(`{"${'k'.repeat(1_000_000)}": 1}`, 'key.json').success).toBe(true);
  });
});

describe('parseDataBytes: encodings', () => {
  const json = JSON.stringify(setDoc());
  const utf16 = (s: string, le: boolean): Uint8Array => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 + 2 * i] = le ? c & 0xff : c >> 8;
      out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
    }
    return out;
  };

  it('reads UTF-8 with and without a BOM, and UTF-16 LE/BE with a BOM, to the same set', () => {
    const expected = parseCriteriaSet(setDoc());
    for (const bytes of [
      utf8(json),
      utf8(`\ufeff${json}`),
      utf16(json, true),
      utf16(json, false),
    ]) {
      const r = parseDataBytes(bytes, 'set.json');
      expect(r.success).toBe(true);
      if (r.success) expect(parseCriteriaSet(r.data)).toEqual(expected);
    }
  });

  it('refuses Latin-1 bytes and invalid UTF-8 with file_unreadable', () => {
    const latin1 = Uint8Array.from('title: Bộ chỉ số'.split('').map((c) => c.charCodeAt(0) & 0xff));
    latin1[8] = 0xe9; // é in Latin-1 is not valid UTF-8 here
    expectFailure(parseDataBytes(latin1, 'l.yaml'), 'file_unreadable');
    expectFailure(
      parseDataBytes(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]), 'i.json'),
      'file_unreadable',
    );
    expectFailure(
      parseDataBytes(Uint8Array.from([0xed, 0xa0, 0x80]), 'surrogate.json'),
      'file_unreadable',
    );
  });

  it('UTF-16 without a BOM is not text: NUL bytes are refused', () => {
    const bytes = utf16('{"a":1}', true).subarray(2);
    expectFailure(parseDataBytes(bytes, 'u16.json'));
  });

  it('an empty file and a BOM-only file are clean outcomes (then refused by validation)', () => {
    for (const bytes of [new Uint8Array(0), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const r = parseDataBytes(bytes, 'empty.yaml');
      expectCleanOutcome(r);
      if (r.success) expectFailure(safeParseCriteriaSet(r.data));
    }
  });
});

describe('readDataFile and the loaders', () => {
  it('file not found, a folder, and an oversized file give coded issues', async () => {
    expectFailure(await readDataFile(join(dir, 'missing.yaml')), 'file_not_found');
    expectFailure(await readDataFile(dir), 'file_unreadable');
    const big = join(dir, 'big.json');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 0x20));
    expectFailure(await readDataFile(big), 'file_too_large');
  });

  it('reads a 10 MB assessment (long explanations) within the limits', async () => {
    const doc = assessmentDoc() as { entries: Record<string, unknown>[] };
    for (const e of doc.entries) e['explanation'] = 'Giải trình dài. '.repeat(40_000);
    const path = join(dir, 'ten-mb.json');
    await writeFile(path, JSON.stringify(doc));
    const set = await safeLoadCriteriaSetFile(await writeSet());
    expect(set.success).toBe(true);
    if (set.success) expect((await safeLoadAssessmentFile(path, set.data)).success).toBe(true);
  });

  it('a set file with a syntax error reports the file and line', async () => {
    const path = join(dir, 'broken.yaml');
    await writeFile(path, 'id: a\nfields: [\n');
    const issues = expectFailure(await safeLoadCriteriaSetFile(path), 'invalid_syntax');
    expect(issues[0]?.file).toBe(path);
  });
});

async function writeSet(): Promise<string> {
  const path = join(dir, 'set.json');
  await writeFile(path, JSON.stringify(setDoc()));
  return path;
}
