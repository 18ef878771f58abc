import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../src/node/reports/neutralise.js';

describe('neutraliseCell', () => {
  it.each([
    ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['+1+1', `'+1+1`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('prefixes %j with an apostrophe', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });

  it.each(['-0,50', '-1.234,5', '+2', '-2 %', '-84.58%', 'Xã Cẩm Hưng', '', "'=already"])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseCell(text)).toBe(text);
    },
  );

  it('never leaves a formula start at the front, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutraliseCell(text);
        expect(out === text || out === `'${text}`).toBe(true);
        if (out === text && /^[=+\-@\t\r]/.test(text)) {
          expect(text).toMatch(/^[+-]\d/);
        }
      }),
    );
  });
});
