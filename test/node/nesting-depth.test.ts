import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestsTooDeep } from '../../src/node/nesting-depth.js';
import { parseDataText } from '../../src/node/parse-data-text.js';

describe('nestsTooDeep', () => {
  it('accepts ordinary data and nesting up to the limit', () => {
    expect(nestsTooDeep('fields:\n  - code: "1"\n    children: [ { a: [1, 2] } ]\n')).toBe(false);
    expect(nestsTooDeep('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING))).toBe(false);
  });

  it('refuses brackets, block mappings or dash sequences deeper than the limit', () => {
    expect(nestsTooDeep('['.repeat(MAX_NESTING + 1))).toBe(true);
    expect(nestsTooDeep(`${'- '.repeat(MAX_NESTING + 1)}x`)).toBe(true);
    // One-space indentation: 257 mappings, each one column deeper than its parent.
    const stairs = Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${' '.repeat(i)}a:`);
    expect(nestsTooDeep(`${stairs.join('\n')} 1`)).toBe(true);
    expect(nestsTooDeep(`${stairs.slice(1).join('\n')} 1`)).toBe(false);
  });

  it('measures nesting, not indentation: a 1 025-column indent is one level', () => {
    expect(nestsTooDeep(`a:\n${' '.repeat(MAX_NESTING * 4 + 1)}b: 1`)).toBe(false);
  });

  it('ignores brackets inside quoted strings', () => {
    expect(nestsTooDeep(`a: "${'['.repeat(1000)}"\nb: '${'{'.repeat(1000)}'`)).toBe(false);
    expect(nestsTooDeep(`a: "\\"${'['.repeat(1000)}"`)).toBe(false);
  });

  it('makes parseDataText refuse deep text with a coded issue', () => {
    const r = parseDataText('['.repeat(5000), 'deep.json');
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues[0]).toMatchObject({ code: 'invalid_syntax', file: 'deep.json' });
  });
});
