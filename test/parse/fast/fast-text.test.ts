import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeKey } from '../../../src/parse/code-key.js';
import { codeOf, fastDate, isPlainObject, noteOf } from '../../../src/parse/fast/fast-text.js';
import { readDate } from '../../../src/parse/read-date.js';

const note = (s: string) => s.normalize('NFC').trim();

describe('codeOf and noteOf equal codeKey and NFC + trim', () => {
  it('on every single BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (codeOf(s) !== codeKey(s)) throw new Error(`codeOf U+${c.toString(16)}`);
      if (noteOf(s) !== note(s)) throw new Error(`noteOf U+${c.toString(16)}`);
    }
  });

  it('on every pair of Latin and Vietnamese letters (where NFC could compose)', () => {
    const chars: string[] = [];
    for (let c = 0x20; c < 0x300; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x1ea0; c <= 0x1ef9; c++) chars.push(String.fromCharCode(c));
    for (const a of chars) {
      for (const b of chars) {
        const s = `${a}${b}`;
        if (noteOf(s) !== note(s) || codeOf(s) !== codeKey(s)) throw new Error(`pair ${s}`);
      }
    }
  });

  it('on random text: Vietnamese in NFC and NFD, marks, invisible characters, spaces', () => {
    const piece = fc.constantFrom(
      'Xã',
      'huyện',
      'Phường',
      'Có',
      'Co\u0301',
      'e\u0302\u0301',
      'A',
      '1.2',
      ' ',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '\ufeff',
      '\u0301',
      'đ',
      'ａ',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.string(), (parts, junk) => {
        for (const s of [parts.join(''), junk, `${parts.join('')}${junk}`]) {
          expect(codeOf(s)).toBe(codeKey(s));
          expect(noteOf(s)).toBe(note(s));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fastDate gives what readDate gives, or leaves the text to it', () => {
  it.each([
    ['2023-11-30', '2023-11-30'],
    [' 2023-11-30 ', '2023-11-30'],
    ['2/12/2023', '2023-12-02'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(fastDate(text)).toBe(iso);
    expect(readDate(text, true)).toBe(iso);
  });

  it.each(['29/02/2023', '2023-02-30', '31/04/2023', '0050-01-01', '2023-1-05', '1/1/23', ''])(
    'does not read %j',
    (text) => {
      expect(fastDate(text)).toBeUndefined();
    },
  );

  it('random dates, real and not', () => {
    const pad = (n: number, w: number, padded: boolean) =>
      padded ? String(n).padStart(w, '0') : String(n);
    const dateText = fc
      .tuple(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.boolean(),
        fc.constantFrom('iso', 'vn', 'space'),
      )
      .map(([y, m, d, padded, form]) =>
        form === 'iso'
          ? `${pad(y, 4, true)}-${pad(m, 2, padded)}-${pad(d, 2, padded)}`
          : form === 'vn'
            ? `${pad(d, 2, padded)}/${pad(m, 2, padded)}/${pad(y, 4, true)}`
            : ` ${pad(y, 4, true)}-${pad(m, 2, true)}-${pad(d, 2, true)}\t`,
      );
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(dateText, fc.string()), (text) => {
        const fast = fastDate(text);
        if (fast === undefined) return;
        read++;
        expect(fast).toBe(readDate(text, true));
      }),
      { numRuns: 5000 },
    );
    expect(read).toBeGreaterThan(1000);
  });
});

describe('isPlainObject', () => {
  it('takes what JSON and YAML make, nothing else', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(new Map())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject(Object.create({ a: 1 }))).toBe(false);
  });
});
