import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/node/csv/decode-csv.js';

// Windows-1258 by hand (its code chart): 0xD0 Đ, 0xFD ư, 0xF5 ơ, 0xF0 đ; tone marks are separate
// characters after the vowel: 0xEC acute, 0xDE tilde, 0xF2 dot below, 0xD2 hook above.
const CP1258 = new Uint8Array([
  0xd0,
  0xfd,
  0xec,
  0x63,
  0x3b, // "Đức;"
  0x58,
  0x61,
  0xde,
  0x3b, // "Xã;"
  0x42,
  0x61,
  0xf2,
  0x6e,
  0x3b, // "Bạn;"
  0xf0,
  0xf5,
  0x6e,
  0x20,
  0x76,
  0x69,
  0xd2, // "đơn vỉ" (hook above on i)
]);

describe('decodeCsv', () => {
  it('reads Windows-1258 when asked, composing the tone marks (NFC)', () => {
    const r = decodeCsv(CP1258, 'a.csv', 'cp1258');
    expect(r).toEqual({ ok: true, text: 'Đức;Xã;Bạn;đơn vỉ' });
    if (r.ok) expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('refuses non-UTF-8 bytes by default, saying how to save as UTF-8 or which flag to give', () => {
    const r = decodeCsv(CP1258, 'a.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue.code).toBe('file_unreadable');
    expect(r.issue.file).toBe('a.csv');
    expect(r.issue.message).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
    expect(r.issue.message).toContain('Character set "Unicode (UTF-8)"');
    expect(r.issue.message).toContain('--encoding cp1258');
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('Xã Hoa Bạn');
    expect(decodeCsv(utf8, 'a.csv')).toEqual({ ok: true, text: 'Xã Hoa Bạn' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsv(bom, 'a.csv').ok).toBe(true);
  });
});
