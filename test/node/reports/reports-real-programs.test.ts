import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResultsCsv } from '../../../src/node/reports/results-csv.js';
import { rankResults } from '../../../src/ranking/rank-results.js';
import { cli } from '../../cli/helpers.js';
import {
  artefactDir,
  CHROMIUM,
  convert,
  libreOfficeProfile,
  needs,
  POPPLER,
  SOFFICE,
} from '../../support/real-programs.js';
import { INPUT, RESULTS } from './fixtures.js';

// The reports opened in what offices open them with: LibreOffice Calc for CSV and xlsx (the
// xlsx printed to PDF), Chromium for HTML (at desktop and phone widths, and printed to PDF).
// Artefacts stay in .ci/out/reports/ to be looked at.

const out = artefactDir('reports');
const profile = SOFFICE === undefined ? '' : libreOfficeProfile();
const report = (format: string, lang = 'vi') => join(out, `minh-son-2023-${lang}.${format}`);

beforeAll(async () => {
  for (const [format, lang] of [
    ['csv', 'vi'],
    ['csv', 'en'],
    ['xlsx', 'vi'],
    ['html', 'vi'],
  ] as const) {
    const args = ['report', 'examples/minh-son/2023', '--previous', 'examples/minh-son/2022'];
    const r = await cli([
      ...args,
      '--format',
      format,
      '--lang',
      lang,
      '--out',
      report(format, lang),
    ]);
    if (r.code !== 0) throw new Error(r.err);
  }
}, 60_000);
afterAll(() => {
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

async function sheetCells(xlsx: string): Promise<ExcelJS.Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(xlsx)).slice().buffer);
  const rows: ExcelJS.Cell[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (c) => {
      cells.push(c);
    });
    rows.push(cells);
  });
  return rows;
}

// LibreOffice's CSV filter: separator, quote, UTF-8 (76), from line 1, no column types,
// language, quoted fields not forced to text, "detect special numbers" (dates) ON: the worst case.
const filter = (separator: ';' | ',', language: 1066 | 1033) =>
  `CSV:${separator.charCodeAt(0)},34,76,1,,${language},false,true`;

describe('report.csv in LibreOffice Calc', () => {
  it.skipIf(SOFFICE === undefined)(
    needs('vi (;) in vi-VN and en (,) in en-US: every number a number, no date anywhere', [
      SOFFICE === undefined && 'LibreOffice (soffice)',
    ]),
    async () => {
      for (const [lang, separator, language] of [
        ['vi', ';', 1066],
        ['en', ',', 1033],
      ] as const) {
        const xlsx = convert(
          profile,
          report('csv', lang),
          'xlsx:Calc MS Excel 2007 XML',
          join(out, `csv-${lang}`),
          filter(separator, language),
        );
        const rows = await sheetCells(xlsx);
        const header = (rows[0] ?? []).filter((c) => c.value !== null).map((c) => String(c.value));
        const numeric = [1, 2, 4, 5, 6, 8]; // rank, block size, points, max, index, previous rank
        expect(header.length, lang).toBe(11);
        // The ranking ends where the block statistics' header (Khối / Block again) starts.
        const statsAt = rows.findIndex((r, i) => i > 0 && r[0]?.value === header[0]);
        const ranking = rows.slice(1, statsAt);
        expect(ranking.length, lang).toBe(24);
        for (const row of ranking) {
          for (const i of numeric.slice(0, 5)) {
            expect(typeof row[i]?.value, `${lang} ${header[i]} ${String(row[i]?.value)}`).toBe(
              'number',
            );
          }
        }
        for (const row of rows)
          for (const c of row) expect(c.value instanceof Date, `${lang} ${c.address}`).toBe(false);
        // The block size is the block's unit count, the rank at most that.
        const districts = ranking.filter((r) => r[0]?.value === 'cấp huyện');
        expect(districts.map((r) => r[2]?.value)).toEqual(Array(12).fill(12));
      }
    },
    120_000,
  );

  it.skipIf(SOFFICE === undefined)(
    needs('a unit named like a date or with a leading zero stays text, in vi-VN and en-US', [
      SOFFICE === undefined && 'LibreOffice (soffice)',
    ]),
    async () => {
      const [first, second, ...rest] = RESULTS;
      if (first === undefined || second === undefined) throw new Error('fixture');
      const results = [
        { ...first, unit: { ...first.unit, name: '01/12' } },
        { ...second, unit: { ...second.unit, name: '007' } },
        ...rest,
      ];
      const file = join(out, 'tricky-names.csv');
      writeFileSync(file, writeResultsCsv({ ...INPUT, results, ranking: rankResults(results) }));
      for (const language of [1066, 1033] as const) {
        const xlsx = convert(
          profile,
          file,
          'xlsx:Calc MS Excel 2007 XML',
          join(out, `tricky-${language}`),
          filter(';', language),
        );
        const names = (await sheetCells(xlsx)).map((r) => r[3]?.value);
        expect(names, String(language)).toContain("'01/12");
        expect(names, String(language)).toContain("'007");
      }
    },
    120_000,
  );
});

describe('report.xlsx printed through LibreOffice', () => {
  const ready = SOFFICE !== undefined && POPPLER;
  it.skipIf(!ready)(
    needs('A4 landscape, the whole ranking width on the first page', [
      SOFFICE === undefined && 'LibreOffice (soffice)',
      !POPPLER && 'poppler-utils',
    ]),
    () => {
      const pdf = convert(profile, report('xlsx'), 'pdf', out);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      // A4 landscape: 842 × 595 points.
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(6); // one sheet at least a page: 6 sheets
      expect(pages).toBeLessThan(40);
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], {
        encoding: 'utf8',
      });
      for (const header of [
        'Khối',
        'Thứ hạng',
        'Đơn vị',
        'Chỉ số (%)',
        'Xếp loại',
        'Cảnh báo kích hoạt',
      ]) {
        expect(first, header).toContain(header);
      }
      expect(first).toContain('Huyện Mây Ngàn');
      execFileSync('pdftoppm', [
        '-r',
        '70',
        '-png',
        '-f',
        '1',
        '-l',
        '2',
        pdf,
        join(out, 'xlsx-page'),
      ]);
    },
    120_000,
  );
});

describe('report.html in Chromium', () => {
  it.skipIf(CHROMIUM === undefined)(
    needs('no sideways page scroll at 1280, 400, 390 and 360 px; chart text ≥ 11 px; A4 print', [
      CHROMIUM === undefined && 'chromium',
      !POPPLER && 'poppler-utils',
    ]),
    async () => {
      const { chromium } = await import('@playwright/test');
      const browser = await chromium.launch({
        executablePath: CHROMIUM ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const page = await browser.newPage();
        await page.goto(`file://${report('html')}`);
        for (const width of [1280, 400, 390, 360]) {
          await page.setViewportSize({ width, height: 900 });
          // (A string: the page's DOM types are not part of this Node project's TypeScript.)
          const m = (await page.evaluate(`(() => {
            const texts = [...document.querySelectorAll('svg.chart text')].map((t) => {
              const svg = t.closest('svg');
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return Number.parseFloat(getComputedStyle(t).fontSize) * scale;
            });
            return {
              scroll: document.documentElement.scrollWidth,
              inner: window.innerWidth,
              smallest: Math.min(...texts),
            };
          })()`)) as { scroll: number; inner: number; smallest: number };
          expect(m.scroll, `${width}px`).toBeLessThanOrEqual(m.inner);
          expect(m.smallest, `${width}px`).toBeGreaterThanOrEqual(11);
          if (width === 1280 || width === 390) {
            await page.screenshot({
              path: join(out, `html-${width}.png`),
              fullPage: false,
            });
          }
        }
        // Printed with "background graphics" off: headers and legend still readable.
        await page.emulateMedia({ media: 'print' });
        const print = await page.evaluate(`({
          th: getComputedStyle(document.querySelector('thead th')).color,
          swatch: getComputedStyle(document.querySelector('.swatch')).borderLeftWidth,
          band: getComputedStyle(document.querySelector('td.band')).borderLeftWidth,
        })`);
        expect(print).toEqual({ th: 'rgb(31, 35, 40)', swatch: '14px', band: '6px' });
        const pdf = join(out, 'html-print.pdf');
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
        if (POPPLER) {
          const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
          expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
          const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
          expect(pages).toBeGreaterThan(2);
          // Tables split between rows and repeat their header on the next page.
          const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
          const headed = text.split('\f').filter((p) => /Đơn vị\s+1\s+2\s+3/.test(p)).length;
          expect(headed).toBeGreaterThanOrEqual(2);
          execFileSync('pdftoppm', [
            '-r',
            '60',
            '-png',
            '-f',
            '1',
            '-l',
            '3',
            pdf,
            join(out, 'html-print-page'),
          ]);
        }
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
