import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../../src/node/csv/parse-csv.js';

describe('parseCsv', () => {
  it('reads semicolon CSV with quotes, doubled quotes, CRLF and a BOM', () => {
    const text = '\ufeffa;"b;c";"say ""hi"""\r\n1;"line\nbreak";\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['1', 'line\nbreak', ''],
    ]);
  });

  it('detects the separator from the first line, outside quotes', () => {
    expect(detectSeparator('code,value\n1;2')).toBe(',');
    expect(detectSeparator('"a,b,c";x;y\n')).toBe(';');
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('returns undefined for a quote never closed', () => {
    expect(parseCsv('a;"b\n1;2')).toBeUndefined();
  });
});
