import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExcelLimits } from '../../src/node/excel/excel-limits.js';
import { loadWorkbook } from '../../src/node/excel/limits.js';
import { writeAssessmentTemplate } from '../../src/node/excel/template.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { cli } from '../cli/helpers.js';
import { sharedStringsXml, sheetXml, stylesXml, workbookBytes } from './build/workbook.js';
import { setDoc } from './fixtures.js';

/** Loads and times a workbook; every refusal must come within two seconds. */
async function load(bytes: Uint8Array, limits?: ExcelLimits) {
  const t0 = performance.now();
  const r = await loadWorkbook(bytes, 'h.xlsx', limits);
  expect(performance.now() - t0).toBeLessThan(2000);
  return r;
}

const codeOf = (r: Awaited<ReturnType<typeof loadWorkbook>>) =>
  r.ok ? 'ok' : r.issues.map((i) => i.code).join();

// Ways to spell the worksheet part's name. exceljs strips one leading "/" and finds worksheets
// with an unanchored, case-sensitive /xl\/worksheets\/sheet(\d+)[.]xml/.
const SHEET_NAMES = [
  'xl/worksheets/sheet1.xml',
  '/xl/worksheets/sheet1.xml',
  './xl/worksheets/sheet1.xml',
  'a/xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet1.xml.bak/xl/worksheets/sheet1.xml',
  'xl\\worksheets\\sheet1.xml',
  'XL/worksheets/sheet1.xml',
  'xl/worksheets/Sheet1.xml',
  'xl//worksheets/sheet1.xml',
  '//xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet01.xml',
  'xl/worksheets/sheet1.xmlx',
];

describe('the row bound holds under every spelling of the sheet part name', () => {
  it('a sheet one row over the bound is never loaded, whatever its name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SHEET_NAMES), fc.boolean(), async (name, stored) => {
        const bytes = workbookBytes({
          sheet: sheetXml(41, 2),
          sheetEntry: name,
          sheetPart: { stored },
        });
        const r = await load(bytes, { maxRows: 40 });
        // Either refused, or loaded without any sheet over the bound (exceljs ignored the part).
        if (r.ok)
          for (const ws of r.workbook.worksheets) expect(ws.rowCount).toBeLessThanOrEqual(40);
        else expect(['file_too_large', 'file_unreadable']).toContain(r.issues[0].code);
      }),
      { numRuns: 40 },
    );
  });

  it('1 000 000 rows under "/xl/worksheets/sheet1.xml" are refused before parsing', async () => {
    const bytes = workbookBytes({
      sheet: sheetXml(1_000_000, 1),
      sheetEntry: '/xl/worksheets/sheet1.xml',
    });
    const r = await load(bytes);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['file_too_large', ['xl/worksheets/sheet1.xml']],
    ]);
  });
});

describe('archives that readers could read differently are refused', () => {
  const sheet = sheetXml(100, 1);
  const cases: [string, Uint8Array][] = [
    [
      'a local name other than the directory name',
      workbookBytes({
        sheet,
        sheetEntry: 'docProps/x.xml',
        sheetPart: { localName: 'xl/worksheets/sheet1.xml' },
      }),
    ],
    [
      'a Unicode path field renaming a part',
      workbookBytes({
        sheet,
        sheetPart: { centralExtra: Uint8Array.from([0x75, 0x70, 5, 0, 1, 0, 0, 0, 0]) },
      }),
    ],
    ['a part claiming a smaller size', workbookBytes({ sheet, sheetPart: { claimedSize: 100 } })],
    [
      'a part claiming a larger size',
      workbookBytes({ sheet, sheetPart: { claimedSize: 1_000_000 } }),
    ],
    [
      'bytes before the first part',
      workbookBytes({ sheet, layout: { prefix: new Uint8Array(64) } }),
    ],
    [
      'bytes between directory and end record',
      workbookBytes({ sheet, layout: { gap: new Uint8Array(46) } }),
    ],
    ['a wrong entry count', workbookBytes({ sheet, layout: { claimedCount: 4 } })],
    [
      'the same part twice',
      workbookBytes({
        sheet,
        extra: [{ name: '/xl/worksheets/sheet1.xml', data: sheetXml(5, 1) }],
      }),
    ],
    ['a zip64 marker', workbookBytes({ sheet, layout: { claimedCount: 0xffff } })],
  ];
  it.each(cases)('%s → file_unreadable', async (_, bytes) => {
    expect(codeOf(await load(bytes))).toBe('file_unreadable');
  });

  it('any single flipped byte in the directory never loads more than the bounds allow', async () => {
    const good = workbookBytes({ sheet: sheetXml(41, 1) });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const bytes = good.slice();
        const i = bytes.length - 1 - (at % 600);
        bytes[i] = (bytes[i] ?? 0) ^ xor;
        const r = await load(bytes, { maxRows: 40 });
        if (r.ok)
          for (const ws of r.workbook.worksheets) expect(ws.rowCount).toBeLessThanOrEqual(40);
      }),
      { numRuns: 60 },
    );
  });
});

describe('every kind of work the reader would do is counted before it parses', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    [
      '201 rows × 1 000 cells',
      () => workbookBytes({ sheet: sheetXml(201, 1000) }),
      /200,000 cells/,
    ],
    [
      'one merge over the whole sheet',
      () => workbookBytes({ sheet: sheetXml(1, 1, { merges: ['A1:XFD1048576'] }) }),
      /200,000 cells/,
    ],
    [
      'a data validation over 520 000 cells',
      () => workbookBytes({ sheet: sheetXml(1, 1, { validations: ['B1:C5 A1:Z20000'] }) }),
      /200,000 cells/,
    ],
    [
      'a named range over the whole sheet',
      () => workbookBytes({ sheet: sheetXml(1, 1), names: ['S!$A$1:$XFD$1048576'] }),
      /200,000 cells/,
    ],
    [
      '2 000 000 shared strings in 80 kB',
      () =>
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'xl/sharedStrings.xml', data: sharedStringsXml(2_000_000) }],
        }),
      /200,000 text strings/,
    ],
    [
      '200 000 cell formats',
      () =>
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'xl/styles.xml', data: stylesXml(200_000) }],
        }),
      /20,000 cell formats/,
    ],
    [
      '1 200 000 empty elements',
      () =>
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'customXml/item1.xml', data: `<a>${'<b/>'.repeat(1_200_000)}</a>` }],
        }),
      /1,000,000 XML elements/,
    ],
    [
      '60 MB of spaces (unpacked size, from the directory alone)',
      () =>
        workbookBytes({
          sheet: sheetXml(1, 1),
          extra: [{ name: 'xl/media/x.bin', data: new Uint8Array(60 * 1024 * 1024).fill(32) }],
        }),
      /unpacks to 60\.0 MB, above the 50\.0 MB limit/,
    ],
  ];
  it.each(cases)('%s: file_too_large', async (_, bytes, message) => {
    const r = await load(bytes());
    expect(codeOf(r)).toBe('file_too_large');
    if (!r.ok) expect(r.issues[0].messageEn).toMatch(message);
  });

  it.each([
    [
      'a column range up to 10 000 000',
      sheetXml(1, 1, { cols: [[1, 10_000_000]] }),
      'col max="10000000"',
    ],
    [
      'a row numbered 2 000 000',
      sheetXml(1, 1).replace('<row r="1">', '<row r="2000000">'),
      'row r="2000000"',
    ],
    ['a cell in column AAAA', sheetXml(1, 1).replace('r="A1"', 'r="AAAA1"'), 'c r="AAAA1"'],
  ])('%s: file_unreadable naming the part and the place', async (_, sheet, where) => {
    const r = await load(workbookBytes({ sheet }));
    expect(codeOf(r)).toBe('file_unreadable');
    if (!r.ok) {
      expect(r.issues[0].path).toEqual(['xl/worksheets/sheet1.xml']);
      expect(r.issues[0].messageEn).toContain(where);
    }
  });

  it('counts do not fall short: sizes just over any bound are refused, just under are read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        async (rows, cols, over) => {
          const cells = rows * cols;
          const r = await load(workbookBytes({ sheet: sheetXml(rows, cols) }), {
            maxCells: over ? cells - 1 : cells,
          });
          expect(codeOf(r)).toBe(over ? 'file_too_large' : 'ok');
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('the CLI reads a workbook once, however many criteria sets it is tried against', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'par-hostile-once-'));
    const sets = ['s1', 's2', 's3'].map((id) => ({ ...setDoc(), id }));
    for (const s of sets) await writeFile(join(dir, `${s.id}.json`), JSON.stringify(s));
    const last = parseCriteriaSet(sets[2]);
    const bytes = await writeAssessmentTemplate(last, {
      unit: { id: 'xa-a', name: 'Xã A', block: 'xã' },
    });
    await writeFile(join(dir, 'form.xlsx'), bytes);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('three candidate sets, one load', async () => {
    const loads = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    try {
      const run = await cli(
        ['validate', 'form.xlsx', '-c', 's1.json', '-c', 's2.json', '-c', 's3.json'],
        dir,
      );
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(loads).toHaveBeenCalledTimes(1);
    } finally {
      loads.mockRestore();
    }
  });
});
