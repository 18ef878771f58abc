import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/node/parse-data-text.js';
import { readPlainJson } from '../../src/node/plain-json.js';

// A leading YAML comment makes the text YAML-only, so this is the careful reader's answer.
const careful = (text: string) => parseDataText(`# careful\n${text}`, 'f.json');

describe('readPlainJson', () => {
  it('reads every bundled criteria set exactly as the YAML reader does', () => {
    const files = readdirSync('criteria').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const text = readFileSync(join('criteria', f), 'utf8');
      const plain = readPlainJson(text);
      const slow = careful(text);
      if (plain === undefined) continue; // the schema file may hold exponents
      expect(slow.success).toBe(true);
      if (slow.success) expect(plain.data).toEqual(slow.data);
    }
    const set = readFileSync('criteria/illustrative-district-2023.json', 'utf8');
    expect(readPlainJson(set)).toBeDefined();
  });

  it.each([
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a duplicate key deep inside', '{"x": [{"b": 1, "c": {"d": 1, "d": 1}}]}'],
    ['a __proto__ key', '{"__proto__": {"p": 1}}'],
    ['a 16-digit number', '{"a": 1234567890.123456}'],
    ['a 20-digit integer', '[12345678901234567890]'],
    ['an exponent', '{"a": 1e3}'],
    ['a trailing comma (YAML allows it)', '{"a": 1,}'],
    ['a scalar document', '"text"'],
    ['YAML', 'a: 1'],
    ['nesting past the limit', `${'['.repeat(300)}${']'.repeat(300)}`],
  ])('leaves %s to the careful reader', (_, text) => {
    expect(readPlainJson(text)).toBeUndefined();
  });

  it('keeps the careful reader’s answers on the paths it leaves: duplicates and long numbers', () => {
    const dup = parseDataText('{\n"id": "a",\n"id": "b"\n}', 'd.json');
    expect(dup.success).toBe(false);
    const long = parseDataText('{"points": 0.1234567890123456789}', 'n.json');
    expect(long).toEqual({ success: true, data: { points: '0.1234567890123456789' } });
  });

  it('reads 15 significant digits, leading zeros, signs and escapes as numbers and text', () => {
    const text =
      '{"a": -0.000123456789012345, "b": 100000000000000, "c": "x\\"y:{[", "": [true, null]}';
    expect(readPlainJson(text)).toEqual({
      data: { a: -0.000123456789012345, b: 100000000000000, c: 'x"y:{[', '': [true, null] },
    });
  });

  it('agrees with the careful reader on generated JSON', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    let plainRead = 0;
    fc.assert(
      fc.property(value, fc.boolean(), (v, indent) => {
        const text = JSON.stringify({ v }, null, indent ? 2 : undefined);
        const slow = careful(text);
        const plain = readPlainJson(text);
        if (plain !== undefined) {
          plainRead++;
          expect(slow.success).toBe(true);
          if (slow.success) expect(plain.data).toEqual(slow.data);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(plainRead).toBeGreaterThan(500);
  });
});
