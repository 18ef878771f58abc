import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { DecimalString } from '../../src/model/decimal-string.js';
import { cli, removeDir, tempDir } from '../cli/helpers.js';
import { artefactDir, CHROMIUM, needs, ROOT } from '../support/real-programs.js';
import { buildPage, serveFolder } from './page-server.js';

// The page in Debian's Chromium, built with `vite build` and served by a plain static server,
// checked against the CLI: the same numbers, the same problems, the same files. Screenshots
// stay in .ci/out/web/ to be looked at.

const out = artefactDir('web');
const skip = CHROMIUM === undefined;
const title = (t: string) => needs(t, [skip && 'chromium']);
let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;
let dir = '';
let buildLog = '';

beforeAll(async () => {
  if (skip) return;
  dir = await tempDir('par-web-');
  const dist = join(out, 'dist');
  await rm(dist, { recursive: true, force: true });
  buildLog = buildPage(dist);
  server = await serveFolder(dist);
  const { chromium } = await import('@playwright/test');
  browser = await chromium.launch({
    executablePath: CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir !== '') await removeDir(dir);
});

async function open(width = 1280, lang = 'vi'): Promise<Page> {
  if (browser === undefined || server === undefined) throw new Error('no browser');
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
    locale: lang === 'vi' ? 'vi-VN' : 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  // Nothing leaves the machine: any request to another host fails the test.
  const host = new URL(server.url).host;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== host && url.protocol !== 'blob:' && url.protocol !== 'data:')
      throw new Error(`request to ${url.href}`);
    return route.continue();
  });
  await page.goto(server.url);
  return page;
}

const errorsOf = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];

async function loadExample(page: Page): Promise<void> {
  await page.getByTestId('example').click();
  await page.locator('table.ranking').first().waitFor();
}

interface CliResults {
  results: {
    unit: { id: string; name: string; block: string };
    criteriaSet: string;
    shown: { index: string };
    band?: { label: string };
  }[];
  ranking: { blocks: { block: string; units: { unitId: string; rank: number }[] }[] };
  changes: { unitId: string; text: string }[];
}

describe('the page in Chromium', () => {
  it.skipIf(skip)(
    title(
      'first load under 250 KB of gzip JS, no workbook code; then the example: every unit as the CLI scores it',
    ),
    async () => {
      const page = await open();
      const js = new Map<string, number>();
      page.on('response', async (r) => {
        if (r.url().endsWith('.js')) js.set(r.url(), gzipSync(await r.body()).byteLength);
      });
      await page.reload();
      await page.getByTestId('example').waitFor();
      await page.waitForLoadState('networkidle');
      const first = [...js.values()].reduce((a, b) => a + b, 0);
      // Nothing of Node slipped into the page: Vite would stub it out and only warn.
      expect(buildLog).not.toMatch(/externalized for browser compatibility/);
      expect(first).toBeGreaterThan(20_000);
      expect(first).toBeLessThanOrEqual(250 * 1024);
      expect([...js.keys()].some((u) => /exceljs/.test(u))).toBe(false);
      await page.screenshot({ path: join(out, 'start-1280.png') });

      await loadExample(page);
      await page.screenshot({ path: join(out, 'ranking-1280.png') });
      // Still no workbook code: the example is YAML.
      expect([...js.keys()].some((u) => /exceljs/.test(u))).toBe(false);
      writeFileSync(
        join(out, 'first-load.json'),
        `${JSON.stringify({ firstLoadGzipBytes: first, files: Object.fromEntries(js) }, null, 2)}\n`,
      );

      const r = await cli([
        'score',
        'examples/minh-son/2023',
        '--previous',
        'examples/minh-son/2022',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as CliResults;
      const rows = await page.locator('table.ranking tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          block: tr.closest('section')?.getAttribute('data-block') ?? '',
          unit: tr.getAttribute('data-unit') ?? '',
          position: tr.querySelector('[data-col="rank"]')?.textContent ?? '',
          index: tr.querySelector('[data-col="index"]')?.getAttribute('data-value') ?? '',
          band: tr.querySelector('td.band')?.textContent ?? '',
          change: tr.querySelector('[data-col="change"]')?.textContent ?? '',
        })),
      );
      expect(rows).toHaveLength(24);
      expect(doc.results).toHaveLength(24);
      for (const result of doc.results) {
        const row = rows.find((x) => x.unit === result.unit.id && x.block === result.unit.block);
        const ranked = doc.ranking.blocks
          .find((b) => b.block === result.unit.block)
          ?.units.find((u) => u.unitId === result.unit.id);
        expect(row, result.unit.id).toBeDefined();
        expect(row?.index, result.unit.id).toBe(result.shown.index);
        expect(row?.band, result.unit.id).toBe(result.band?.label ?? 'Chưa xếp loại');
        expect(Number(row?.position.split('/')[0]), result.unit.id).toBe(ranked?.rank);
      }
      // Rank changes against 2022 (the district block), as the CLI's --previous gives them.
      expect(doc.changes.length).toBeGreaterThan(0);
      for (const c of doc.changes) {
        const row = rows.find((x) => x.unit === c.unitId);
        expect(row?.change, c.unitId).toBe(c.text);
      }
      expect(rows.filter((x) => x.change.startsWith('tăng')).length).toBeGreaterThan(0);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});

/** A decimal string written in the test. */
const dec = (s: string): DecimalString => s as DecimalString;

/** Leaves of a set, in order. */
function leaves(nodes: readonly CriteriaNode[]): CriteriaNode[] {
  return nodes.flatMap((n) => (n.children.length === 0 ? [n] : leaves(n.children)));
}

/** Opens a workbook, lets `edit` type into it as a clerk would, and saves it. */
async function editXlsx(file: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).slice().buffer);
  const ws = wb.getWorksheet('Tự chấm điểm');
  if (ws === undefined) throw new Error('no main sheet');
  edit(ws);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Types values into the Value column (E) of the rows whose code (A) is given. */
function typeValues(ws: ExcelJS.Worksheet, values: ReadonlyMap<string, string>): void {
  ws.eachRow((row) => {
    const v = values.get(String(row.getCell('A').text).trim());
    if (v !== undefined) row.getCell('E').value = v;
  });
}

/** The page's problem list, one line per problem. */
async function problemLines(page: Page): Promise<string[]> {
  await page.getByTestId('problems').waitFor();
  return page.locator('[data-testid="problems"] li').allTextContents();
}

/** The CLI's problem lines on stderr ("  - file: path: message [code]"). */
const cliLines = (err: string): string[] =>
  err
    .split('\n')
    .filter((l) => l.startsWith('  - '))
    .map((l) => l.slice(4));

describe('workbooks in the page', () => {
  it.skipIf(skip)(
    title('a workbook filled from `par-index template` scores as `par-index score` scores it'),
    async () => {
      const set = getCriteriaSet('illustrative-district-2023');
      if (set === undefined) throw new Error('bundled set');
      const made = await cli(
        [
          'template',
          '--criteria',
          set.id,
          '--unit-id',
          'thu-nghiem',
          '--unit-name',
          'Huyện Thử Nghiệm',
          '--block',
          'cấp huyện',
          '--period',
          '2023',
          '--out',
          'thu-nghiem.xlsx',
        ],
        dir,
      );
      expect(made.code).toBe(0);
      // Every yes/no leaf answered, alternately Có and Không; the rest left empty.
      const yesNo = leaves(set.fields).filter((n) => n.rule?.kind === 'yes-no');
      expect(yesNo.length).toBeGreaterThan(4);
      const values = new Map(yesNo.map((n, i) => [n.code, i % 2 === 0 ? 'Có' : 'Không']));
      await editXlsx(join(dir, 'thu-nghiem.xlsx'), (ws) => typeValues(ws, values));
      const scored = await cli(['score', 'thu-nghiem.xlsx', '--format', 'json'], dir);
      expect(scored.code, scored.err).toBe(0);
      const doc = JSON.parse(scored.out) as CliResults;
      const expected = doc.results[0];
      if (expected === undefined) throw new Error('no result');

      const page = await open();
      const js: string[] = [];
      page.on('response', (r) => js.push(r.url()));
      await page.getByTestId('files-assessments').setInputFiles(join(dir, 'thu-nghiem.xlsx'));
      await page.getByTestId('status').getByText('Đã chấm 1 đơn vị').waitFor();
      expect(js.some((u) => /exceljs/.test(u))).toBe(true);
      await page.click('#tab-ranking');
      const row = page.locator('table.ranking tbody tr[data-unit="thu-nghiem"]');
      expect(await row.locator('[data-col="index"]').getAttribute('data-value')).toBe(
        expected.shown.index,
      );
      expect(await row.locator('td.band').textContent()).toBe(expected.band?.label);
      await page.click('#tab-unit');
      await expect
        .poll(() =>
          page.getByTestId('unit-summary').locator('[data-value]').getAttribute('data-value'),
        )
        .toBe(expected.shown.index);
      await page.screenshot({ path: join(out, 'unit-1280.png'), fullPage: false });
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(skip)(
    title(
      'a broken workbook and a cut one: the problem list says what `par-index score` says, nothing scored',
    ),
    async () => {
      const set = getCriteriaSet('illustrative-district-2023');
      if (set === undefined) throw new Error('bundled set');
      const unit = ['--unit-id', 'hong', '--unit-name', 'Xã Hỏng', '--block', 'cấp huyện'];
      await cli(['template', '--criteria', set.id, ...unit, '--out', 'hong.xlsx'], dir);
      const [a, b] = leaves(set.fields).filter((n) => n.rule?.kind === 'yes-no');
      await editXlsx(join(dir, 'hong.xlsx'), (ws) =>
        typeValues(
          ws,
          new Map([
            [a?.code ?? '', 'có lẽ'],
            [b?.code ?? '', '12abc'],
          ]),
        ),
      );
      const whole = readFileSync(join(dir, 'hong.xlsx'));
      writeFileSync(join(dir, 'cut.xlsx'), whole.subarray(0, Math.floor(whole.byteLength / 2)));
      const r = await cli(['score', 'hong.xlsx', 'cut.xlsx'], dir);
      expect(r.code).toBe(1);
      const expected = cliLines(r.err);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      // The typed slips, each at its cell, and the cut file.
      expect(expected.filter((l) => l.startsWith('hong.xlsx: Tự chấm điểm.E')).length).toBe(2);
      expect(expected.some((l) => l.startsWith('cut.xlsx: '))).toBe(true);

      const page = await open();
      await page
        .getByTestId('files-assessments')
        .setInputFiles([join(dir, 'hong.xlsx'), join(dir, 'cut.xlsx')]);
      const lines = await problemLines(page);
      expect(lines).toEqual(expected);
      // Nothing half-loaded is scored: the result tabs stay closed.
      expect(await page.locator('#tab-ranking').isDisabled()).toBe(true);
      await page.screenshot({ path: join(out, 'problems-1280.png'), fullPage: true });
      await page.context().close();
    },
    120_000,
  );
});

/** The 2023 district assessments of the example, read and scored by the library in Node. */
async function districts() {
  const { parseAssessment } = await import('../../src/parse/parse-assessment.js');
  const { parseDataText } = await import('../../src/node/parse-data-text.js');
  const set = getCriteriaSet('illustrative-district-2023');
  if (set === undefined) throw new Error('bundled set');
  const folder = join(ROOT, 'examples/minh-son/2023/districts');
  const files = (await readdir(folder)).sort();
  const assessments = await Promise.all(
    files.map(async (f) => {
      const data = parseDataText(await readFile(join(folder, f), 'utf8'), f);
      if (!data.success) throw new Error(f);
      return parseAssessment(data.data, set);
    }),
  );
  return { set, assessments };
}

/** The block after the changes, as the page shows it. */
async function blockAfter(page: Page) {
  return page.locator('[data-testid="block-after"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      unit: tr.getAttribute('data-unit') ?? '',
      rank: Number(tr.getAttribute('data-rank')),
      shown: tr.getAttribute('data-value') ?? '',
    })),
  );
}

describe('what-if in the page', () => {
  it.skipIf(skip)(
    title(
      'rank 6 for Hồ Sen: the gap and plan of `par-index what-if`; the plan and an edit in the table re-rank as simulateScenario does',
    ),
    async () => {
      const { simulateScenario } = await import('../../src/whatif/simulate.js');
      const r = await cli([
        'what-if',
        'examples/minh-son/2023',
        '--unit',
        'ho-sen',
        '--rank',
        '6',
        '--plan',
        '--format',
        'json',
      ]);
      expect(r.code, r.err).toBe(0);
      const answer = (
        JSON.parse(r.out) as {
          answers: {
            rank: { text: string; pointsNeeded: string };
            plan: { phases: { plan: { steps: { code: string; to: string }[] } }[] };
          }[];
        }
      ).answers[0];
      if (answer === undefined) throw new Error('no answer');

      const page = await open();
      await loadExample(page);
      await page.click('#tab-whatif');
      await page.locator('#whatif-unit').selectOption({ label: 'Huyện Hồ Sen' });
      await page.getByTestId('target-rank').fill('6');
      const gap = page.getByTestId('rank-gap');
      await gap.waitFor();
      expect(await gap.textContent()).toBe(answer.rank.text);
      expect(await gap.getAttribute('data-points')).toBe(answer.rank.pointsNeeded);

      // The plan into the table: every step's new points, then the block re-ranked.
      await page.getByTestId('apply-plan').click();
      await page.getByTestId('block-after').waitFor();
      const steps = answer.plan.phases.flatMap((p) => p.plan.steps);
      for (const s of steps) {
        expect(await page.getByTestId(`points-${s.code}`).inputValue(), s.code).toBe(s.to);
      }
      const { set, assessments } = await districts();
      const planned = simulateScenario({
        set,
        assessments,
        changes: steps.map((s) => ({ unitId: 'ho-sen', code: s.code, points: s.to })),
      });
      const expectBlock = (sim: typeof planned) =>
        sim.after.blocks[0]?.units.map((u) => ({ unit: u.unitId, rank: u.rank, shown: u.shown }));
      expect(await blockAfter(page)).toEqual(expectBlock(planned));
      const hoSen = (await blockAfter(page)).find((u) => u.unit === 'ho-sen');
      expect(hoSen?.rank).toBeLessThanOrEqual(6);
      await page.screenshot({ path: join(out, 'whatif-1280.png'), fullPage: false });

      // By hand: undo, then one value typed as in the file (3.2.1: a ratio in tiers, now 87 %).
      await page.getByTestId('reset').click();
      await page.getByTestId('value-3.2.1').fill('100%');
      await page.getByTestId('block-after').waitFor();
      const typed = simulateScenario({
        set,
        assessments,
        changes: [
          { unitId: 'ho-sen', code: '3.2.1', value: { kind: 'percent', percent: dec('100') } },
        ],
      });
      expect(await blockAfter(page)).toEqual(expectBlock(typed));
      // Points typed with a decimal comma, as a clerk types them.
      await page.getByTestId('points-3.3.2').fill('1,5');
      const both = simulateScenario({
        set,
        assessments,
        changes: [
          { unitId: 'ho-sen', code: '3.2.1', value: { kind: 'percent', percent: dec('100') } },
          { unitId: 'ho-sen', code: '3.3.2', points: '1.5' },
        ],
      });
      await expect.poll(async () => blockAfter(page)).toEqual(expectBlock(both));
      // A value the rule cannot read is shown at its row and changes nothing.
      await page.getByTestId('value-1.2.1').fill('ngày mai');
      await page.locator('tr.bad[data-code="1.2.1"]').waitFor();
      const timings = (await page.evaluate('window.__parIndexTimings')) as number[];
      expect(timings.length).toBeGreaterThanOrEqual(4);
      writeFileSync(join(out, 'edit-timings.json'), `${JSON.stringify(timings)}\n`);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(skip)(
    title(
      'Monte Carlo runs in a worker with progress and gives every unit of the block a rank band',
    ),
    async () => {
      const page = await open();
      await loadExample(page);
      await page.click('#tab-whatif');
      await page.locator('#whatif-unit').selectOption({ label: 'Huyện Hồ Sen' });
      await page.getByTestId('target-rank').fill('6');
      await page.getByTestId('mc-run').click();
      const table = page.getByTestId('mc-result');
      await table.waitFor({ timeout: 60_000 });
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBe(12);
      // The page stayed responsive: the worker did the draws.
      const workers = (await page.evaluate(
        'performance.getEntriesByType("resource").map((e) => e.name)',
      )) as string[];
      expect(workers.some((u) => /monte-carlo-worker/.test(u))).toBe(true);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});

describe('downloads from the page', () => {
  it.skipIf(skip)(
    title(
      'reports (HTML, CSV, Markdown byte for byte; xlsx cell for cell), results JSON and the template as the CLI writes them',
    ),
    async () => {
      const page = await open();
      await loadExample(page);
      await page.click('#tab-out');
      const fetch = async (testId: string): Promise<Buffer> => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(testId).click(),
        ]);
        const path = await download.path();
        return readFileSync(path);
      };
      const args = ['examples/minh-son/2023', '--previous', 'examples/minh-son/2022'];
      for (const format of ['html', 'csv', 'md'] as const) {
        const file = join(dir, `ket-qua.${format}`);
        const r = await cli(['report', ...args, '--format', format, '--out', file]);
        expect(r.code, r.err).toBe(0);
        const mine = await fetch(`report-${format}`);
        expect(mine.equals(readFileSync(file)), format).toBe(true);
      }
      const json = await cli(['score', ...args, '--format', 'json']);
      expect((await fetch('report-json')).toString('utf8')).toBe(json.out);

      const xlsx = join(dir, 'ket-qua.xlsx');
      expect((await cli(['report', ...args, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
      expect(await cellsOf(await fetch('report-xlsx'))).toEqual(await cellsOf(readFileSync(xlsx)));

      await page.click('#tab-unit');
      await page.locator('#unit-pick').selectOption({ label: 'Huyện Hồ Sen' });
      await page.click('#tab-out');
      const tpl = join(dir, 'tpl.xlsx');
      const t = await cli(
        [
          'template',
          '--criteria',
          'illustrative-district-2023',
          '--unit-id',
          'ho-sen',
          '--unit-name',
          'Huyện Hồ Sen',
          '--block',
          'cấp huyện',
          '--period',
          '2023',
          '--out',
          tpl,
        ],
        ROOT,
      );
      expect(t.code, t.err).toBe(0);
      expect(await cellsOf(await fetch('template'))).toEqual(await cellsOf(readFileSync(tpl)));
      const yaml = (await fetch('filled')).toString('utf8');
      expect(yaml).toContain('id: ho-sen');
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    },
    180_000,
  );
});

/** Every sheet's name, state and cell values (formulas as formulas) of a workbook. */
async function cellsOf(bytes: Buffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).slice().buffer);
  return wb.worksheets.map((ws) => {
    const cells: [string, unknown][] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        cells.push([c.address, c.value instanceof Date ? c.value.toISOString() : c.value]);
      }),
    );
    return { name: ws.name, state: ws.state, merges: ws.model.merges, cells };
  });
}

describe('the page at phone width, in English, by keyboard', () => {
  it.skipIf(skip)(
    title('390 px: no sideways scroll on any part of the page'),
    async () => {
      const page = await open(390);
      await page.screenshot({ path: join(out, 'start-390.png'), fullPage: true });
      await loadExample(page);
      for (const tab of ['load', 'ranking', 'unit', 'whatif', 'out']) {
        await page.click(`#tab-${tab}`);
        if (tab === 'whatif') {
          await page.locator('#whatif-unit').selectOption({ label: 'Huyện Hồ Sen' });
          await page.getByTestId('target-rank').fill('6');
          await page.getByTestId('apply-plan').click();
          await page.getByTestId('block-after').waitFor();
        }
        const m = (await page.evaluate(
          '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })',
        )) as { scroll: number; inner: number };
        const wide = await page.evaluate(`[...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-wrap, .chart-box'))
          .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)`);
        expect(m.scroll, `${tab}: ${JSON.stringify(wide)}`).toBeLessThanOrEqual(m.inner);
        await page.screenshot({ path: join(out, `${tab}-390.png`), fullPage: false });
      }
      await page.context().close();
    },
    120_000,
  );

  it.skipIf(skip)(
    title('English on one click, tabs by arrow keys, every control labelled'),
    async () => {
      const page = await open();
      await loadExample(page);
      await page.getByTestId('lang').click();
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      expect(await page.locator('#tab-ranking').textContent()).toBe('Ranking');
      await expect.poll(() => page.locator('#ranking-h').textContent()).not.toMatch(/Xếp hạng/);
      await page.locator('#tab-ranking').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate('document.activeElement?.id')).toBe('tab-unit');
      expect(await page.locator('#tab-unit').getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('End');
      expect(await page.evaluate('document.activeElement?.id')).toBe('tab-out');
      // Every input and select has a label a screen reader reads.
      for (const tab of ['load', 'unit', 'whatif']) {
        await page.click(`#tab-${tab}`);
        const unlabelled = (await page.evaluate(`[...document.querySelectorAll('input, select')]
          .filter((e) => !(e.labels?.length || e.getAttribute('aria-label')))
          .map((e) => e.outerHTML.slice(0, 80))`)) as string[];
        expect(unlabelled, tab).toEqual([]);
      }
      await page.click('#tab-ranking');
      await page.screenshot({ path: join(out, 'ranking-en-1280.png') });
      await page.context().close();
    },
    120_000,
  );
});

describe('npm run web (the development server of the README)', () => {
  it.skipIf(skip)(
    title('serves the page from the sources: the example loads and ranks'),
    async () => {
      const { spawn } = await import('node:child_process');
      const { createServer } = await import('node:net');
      const port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const a = probe.address();
          probe.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
        });
      });
      // Its own process group, so the server and its children stop together.
      const child = spawn('npm', ['run', 'web', '--', '--port', String(port), '--strictPort'], {
        cwd: ROOT,
        detached: true,
        stdio: 'ignore',
      });
      try {
        const url = `http://127.0.0.1:${port}/`;
        await expect
          .poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 60_000 })
          .toBe(200);
        if (browser === undefined) throw new Error('no browser');
        const page = await browser.newPage();
        await page.goto(url);
        await page.getByTestId('example').click();
        await page.locator('table.ranking').first().waitFor({ timeout: 60_000 });
        expect(await page.locator('table.ranking tbody tr').count()).toBe(24);
        await page.close();
      } finally {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      }
    },
    120_000,
  );
});
