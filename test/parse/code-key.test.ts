import { describe, expect, it } from 'vitest';
import { codeKey } from '../../src/parse/code-key.js';

describe('codeKey', () => {
  it('removes invisible characters pasted with codes, including direction marks', () => {
    expect(codeKey(' \u200b1.2\u200d ')).toBe('1.2');
    expect(codeKey('\u202e1.2\u202c')).toBe('1.2');
    expect(codeKey('\u200f1.2\u200e')).toBe('1.2');
    expect(codeKey('\u20661.2\u2069')).toBe('1.2');
  });

  it('composes NFD to NFC and keeps visible differences', () => {
    expect(codeKey('a\u0306')).toBe('ă');
    expect(codeKey('1\u00a0.2')).not.toBe('1.2');
  });
});
