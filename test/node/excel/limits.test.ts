import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../src/node/excel/limits.js';
import { listZipEntries } from '../../../src/node/excel/zip-scan.js';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const small = () => workbook((wb) => wb.addWorksheet('S').addRow(['STT', 'Nội dung', 1.5]));

describe('loadWorkbook', () => {
  it('loads a small workbook', async () => {
    const r = await loadWorkbook(await small(), 'a.xlsx');
    expect(r.ok && r.workbook.worksheets[0]?.getCell('C1').value).toBe(1.5);
  });

  it('refuses a file above the byte limit before reading it', async () => {
    const r = await loadWorkbook(new Uint8Array(2048), 'big.xlsx', { maxBytes: 1024 });
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'file_too_large',
        path: [],
        file: 'big.xlsx',
        message: 'Tệp quá lớn: 0,0 MB, vượt giới hạn 0,0 MB. Không đọc tiếp.',
        messageEn: 'File too large: 0.0 MB, above the 0.0 MB limit. Not read further.',
      },
    ]);
  });

  it('refuses an encrypted (OLE compound) file with a clear message', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = await loadWorkbook(ole, 'mat-khau.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0].code).toBe('file_unreadable');
      expect(r.issues[0].message).toContain('mật khẩu');
      expect(r.issues[0].file).toBe('mat-khau.xlsx');
    }
  });

  it.each([
    ['random bytes', () => Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 251)],
    ['an empty file', () => new Uint8Array(0)],
  ])('refuses %s as file_unreadable', async (_, bytes) => {
    const r = await loadWorkbook(bytes(), 'x.xlsx');
    expect(r.ok ? '' : r.issues.map((i) => i.code).join()).toBe('file_unreadable');
  });

  it('refuses a truncated workbook at any cut', async () => {
    const bytes = await small();
    for (const cut of [30, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const r = await loadWorkbook(bytes.slice(0, cut), 'cut.xlsx');
      expect(r.ok ? '' : r.issues.map((i) => i.code).join()).toBe('file_unreadable');
    }
  });

  it('refuses corrupted compressed data', async () => {
    const bytes = await small();
    const listing = listZipEntries(bytes);
    const sheet = listing.ok
      ? listing.entries.find((e) => /worksheets\/sheet/.test(e.name))
      : undefined;
    expect(sheet).toBeDefined();
    const broken = bytes.slice();
    for (let i = 0; i < (sheet?.compressedSize ?? 0); i++)
      broken[(sheet?.dataOffset ?? 0) + i] = 0xff;
    const r = await loadWorkbook(broken, 'bad.xlsx');
    expect(r.ok ? '' : r.issues.map((i) => i.code).join()).toBe('file_unreadable');
  });

  it('refuses a zip that is not a workbook as unsupported_format', async () => {
    // A minimal stored zip with one entry "mimetype" (as in .ods files), built by hand.
    const name = [...'mimetype'].map((c) => c.charCodeAt(0));
    const content = [...'application/vnd.oasis'].map((c) => c.charCodeAt(0));
    const local = [
      0x50,
      0x4b,
      3,
      4,
      20,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(content.length),
      ...u32(content.length),
      name.length,
      0,
      0,
      0,
      ...name,
      ...content,
    ];
    const central = [
      0x50,
      0x4b,
      1,
      2,
      20,
      0,
      20,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(content.length),
      ...u32(content.length),
      name.length,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(0),
      ...name,
    ];
    const eocd = [
      0x50,
      0x4b,
      5,
      6,
      0,
      0,
      0,
      0,
      1,
      0,
      1,
      0,
      ...u32(central.length),
      ...u32(local.length),
      0,
      0,
    ];
    const r = await loadWorkbook(Uint8Array.from([...local, ...central, ...eocd]), 'a.ods');
    expect(r.ok ? '' : r.issues.map((i) => i.code).join()).toBe('unsupported_format');
  });

  it('refuses more than 50 sheets', async () => {
    const bytes = await workbook((wb) => {
      for (let i = 0; i < 51; i++) wb.addWorksheet(`S${i}`).getCell('A1').value = i;
    });
    const r = await loadWorkbook(bytes, 'many.xlsx');
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([
      ['file_too_large', 'Tệp quá lớn: 51 trang tính, vượt giới hạn 50. Không đọc tiếp.'],
    ]);
  });

  it('refuses 50 000 rows fast, before parsing the workbook', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Dữ liệu');
      for (let i = 0; i < 50_000; i++) ws.addRow([i, 'Tiêu chí', 1]);
    });
    const started = Date.now();
    const r = await loadWorkbook(bytes, 'rows.xlsx');
    const elapsed = Date.now() - started;
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'file_too_large',
        'Tệp quá lớn: trang tính "sheet1.xml" có hơn 20.000 dòng. Không đọc tiếp.',
      ],
    ]);
    // Refused by the streaming pre-scan (it names the zip entry, not the sheet title), not by a full parse.
    expect(elapsed).toBeLessThan(1500);
  });

  it('checks row and sheet limits again after parsing (custom limits)', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('S');
      for (let i = 0; i < 5; i++) ws.addRow([i]);
    });
    const r = await loadWorkbook(bytes, undefined, { maxRows: 4 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['file_too_large']);
  });
});

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
