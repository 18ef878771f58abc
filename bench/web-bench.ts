/**
 * The page in Chromium (issue 12's targets): the JS of the first load, gzip, before any workbook
 * is touched (≤ 250 KB), and, with 17 generated 120-leaf communes loaded from files, the time
 * from an edit in the what-if table to the re-scored, re-ranked block on screen (≤ 50 ms),
 * as the page itself measures it (`window.__parIndexTimings`). Builds the page with `vite build`
 * and serves it on 127.0.0.1. Skipped, and said so, when Debian's chromium is missing. Run alone
 * with `npx tsx bench/web-bench.ts`; `bench/run.ts` imports {@link runWebBench}.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildPage, serveFolder } from '../test/web/page-server.js';
import { generateAssessment, generateCriteriaSet } from './generate.js';
import { median } from './measure.js';

/** What the page bench measured, or why it did not run. */
export type WebFigures =
  | {
      readonly ran: true;
      /** JS fetched by the first load (every script and preload), gzip, bytes. */
      readonly firstLoadGzipBytes: number;
      /** Median over the edits: edit → block re-scored, re-ranked and on screen, ms. */
      readonly rescoreMedianMs: number;
      /** The slowest edit, ms. */
      readonly rescoreMaxMs: number;
      readonly edits: number;
      readonly units: number;
    }
  | { readonly ran: false; readonly why: string };

const CHROMIUM = '/usr/bin/chromium';
const UNITS = 17;

/** Runs the page bench (`edits` timed edits after 3 warm-ups). */
export async function runWebBench(edits = 25): Promise<WebFigures> {
  if (!existsSync(CHROMIUM)) return { ran: false, why: 'chromium not installed' };
  const dist = mkdtempSync(join(tmpdir(), 'par-web-bench-'));
  buildPage(dist);
  const server = await serveFolder(dist);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const js: number[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) js.push(gzipSync(await r.body()).byteLength);
    });
    await page.goto(server.url);
    await page.getByTestId('example').waitFor();
    await page.waitForLoadState('networkidle');
    const firstLoadGzipBytes = js.reduce((a, b) => a + b, 0);

    const doc = generateCriteriaSet('web-commune-2023', 'commune', 20_240_601);
    const file = (name: string, data: unknown) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await page.getByTestId('files-criteria').setInputFiles([file('bo-chi-so.json', doc)]);
    await page
      .getByTestId('files-assessments')
      .setInputFiles(
        Array.from({ length: UNITS }, (_, i) =>
          file(
            `xa-${i + 1}.json`,
            generateAssessment(
              doc,
              { id: `xa-${i + 1}`, name: `Xã ${i + 1}`, block: 'xã' },
              9_000 + i * 17,
            ),
          ),
        ),
      );
    await page.getByTestId('status').getByText(`Đã chấm ${UNITS} đơn vị`).waitFor();
    await page.click('#tab-whatif');
    await page.locator('#whatif-unit').selectOption({ index: Math.floor(UNITS / 2) });
    const input = page.locator('[data-testid^="points-"]').first();
    const max =
      (await page
        .locator('[data-testid="tryout"] tbody tr')
        .first()
        .locator('td')
        .nth(1)
        .textContent()) ?? '0';
    const count = async () =>
      ((await page.evaluate('window.__parIndexTimings?.length ?? 0')) as number) ?? 0;
    for (let i = 0; i < edits + 3; i++) {
      const before = await count();
      await input.fill(i % 2 === 0 ? '0' : max);
      await page.waitForFunction(`(window.__parIndexTimings?.length ?? 0) > ${before}`);
    }
    const timings = ((await page.evaluate('window.__parIndexTimings')) as number[]).slice(3);
    return {
      ran: true,
      firstLoadGzipBytes,
      rescoreMedianMs: median(timings),
      rescoreMaxMs: Math.max(...timings),
      edits: timings.length,
      units: UNITS,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runWebBench());
}
