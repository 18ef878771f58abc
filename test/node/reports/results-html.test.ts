import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/node/reports/html-escape.js';
import { writeResultsHtml } from '../../../src/node/reports/results-html.js';
import { HOSTILE_NAME, INPUT, RANKING, RESULTS } from './fixtures.js';

const count = (text: string, needle: RegExp): number => text.match(needle)?.length ?? 0;

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`Phường <A> & "B" 'C'`)).toBe(
      'Phường &lt;A&gt; &amp; &quot;B&quot; &#39;C&#39;',
    );
  });
});

describe('writeResultsHtml', () => {
  const html = writeResultsHtml(INPUT);

  it('is one standalone document with a lang attribute', () => {
    expect(
      html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(html).toContain('<title>Kết quả Chỉ số CCHC cấp xã năm 2023</title>');
    expect(writeResultsHtml({ results: RESULTS, ranking: RANKING, lang: 'en' })).toContain(
      '<html lang="en">',
    );
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\s(src|href|xlink:href)\s*=/i);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('escapes the hostile unit name everywhere', () => {
    const escaped = escapeHtml(HOSTILE_NAME);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain(HOSTILE_NAME);
    // Table cell: neutralised, then escaped.
    expect(html).toContain(`<td>&#39;${escaped}</td>`);
    // Chart tooltip: escaped.
    expect(html).toContain(`<title>${escaped}: 95,00 %, 1/2, Hoàn thành xuất sắc nhiệm vụ</title>`);
  });

  it('draws one ranking bar per unit, coloured by band, as long as the index', () => {
    expect(count(html, /<rect class="bar"/g)).toBe(RESULTS.length);
    const charts = html.split('<svg').slice(1, 3);
    expect(charts.map((c) => count(c, /<rect class="bar"/g))).toEqual([2, 3]);
    // Cẩm Hưng 90.05 % of 520 px = 468.26; htxs green. Lương Điền 70.25 % = 365.3; htnv is the
    // third of the set's four bands (a pass), so orange: red is kept for the failing khtnv.
    expect(html).toContain(
      '<rect class="bar" x="300" y="12" width="468.3" height="20" fill="#1b7837"/>',
    );
    expect(html).toContain(
      '<rect class="bar" x="300" y="68" width="365.3" height="20" fill="#e0663a"/>',
    );
    expect(html).not.toContain('fill="#b2182b"');
    expect(html).toContain('>70,25 %</text>');
  });

  it('one legend for the criteria set: all four bands in order, colours as borders', () => {
    expect(count(html, /<figure class="legend-box">/g)).toBe(1);
    const legend = html.slice(html.indexOf('<ul class="legend">'), html.indexOf('</ul></figure>'));
    expect(
      [...legend.matchAll(/border-color:(#[0-9a-f]{6})"><\/span>([^<]+)</g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ['#1b7837', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['#5aae61', 'Hoàn thành tốt nhiệm vụ'],
      ['#e0663a', 'Hoàn thành nhiệm vụ'],
      ['#b2182b', 'Không hoàn thành nhiệm vụ'],
    ]);
    // The band cell: the light fill the workbook uses, and a border in the bar colour.
    expect(html).toContain(
      '<td class="band" style="background:#fcd5b4;border-left-color:#e0663a">Hoàn thành nhiệm vụ</td>',
    );
  });

  it('prints on A4 with its colours, headers repeated, tables in their own scroll box', () => {
    expect(html).toContain('@page{size:A4;');
    expect(html).toContain('print-color-adjust:exact');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('tr{break-inside:avoid}');
    expect(count(html, /<div class="table-wrap"><table/g)).toBe(count(html, /<table/g));
  });

  it('prints the block statistics: averages, points lost, units per band, field averages', () => {
    const stats = html.slice(
      html.indexOf('<section id="block-stats">'),
      html.indexOf('<section id="fields">'),
    );
    // xã (hand figures in test/ranking/block-summary.test.ts).
    expect(stats).toContain(
      '<tr><th scope="row">Điểm tự đánh giá bình quân</th><td class="num">83,29</td></tr>',
    );
    expect(stats).toContain(
      '<tr><th scope="row">Chỉ số bình quân (%)</th><td class="num">81,63 %</td></tr>',
    );
    expect(stats).toContain(
      '<tr><th scope="row">Điểm bị trừ bình quân mỗi đơn vị</th><td class="num">1,67</td></tr>',
    );
    expect(stats).toContain(
      '<tr><th scope="row">Số đơn vị theo xếp loại: Hoàn thành nhiệm vụ</th><td class="num">1</td></tr>',
    );
    expect(stats).toContain(
      '<tr><td>1. Công tác chỉ đạo, điều hành CCHC</td><td class="num">3</td><td class="num">8,08</td><td class="num">80,83</td></tr>',
    );
  });

  it('shows each unit field sub-indices as small multiples', () => {
    expect(count(html, /<rect class="field-bar"/g)).toBe(RESULTS.length * 4);
    // Lương Điền field 3: 10/15.5 = 64.516… → label 65, tooltip 64,52 %.
    expect(html).toContain(
      '<title>3. Xây dựng chính quyền điện tử, chính quyền số: 64,52 %</title>',
    );
    expect(html).toContain('<td class="num">64,52 %</td>');
  });

  it('charts points lost at appraisal by field, longest bar for the largest loss', () => {
    // Totals 0.75, 1.25, 3, 0 → 520 × total / 3.
    const widths = [...html.matchAll(/<rect class="lost-bar" [^>]*width="([\d.]+)"/g)].map(
      (m) => m[1],
    );
    expect(widths).toEqual(['130.0', '216.7', '520.0', '0.0']);
    expect(html).toContain('<td class="num">3,00</td>');
  });

  it('lists triggers with reasons, action and due date, and warnings', () => {
    const reasons = RESULTS[2]?.triggers[0]?.reasons ?? [];
    for (const r of reasons) expect(html).toContain(`<li>${escapeHtml(r)}</li>`);
    expect(html).toContain('<td>Gửi kế hoạch khắc phục về Phòng Nội vụ</td><td>10/04/2023</td>');
    expect(html).toContain('<td>Xã Thạch Lỗi</td><td>1.2</td>');
  });

  it('gives every chart an accessible title and description with unique ids', () => {
    const svgs = [
      ...html.matchAll(/<svg id="([^"]+)" class="chart" role="img" aria-labelledby="([^"]+)"/g),
    ];
    expect(svgs).toHaveLength(2 + RESULTS.length + 1);
    const ids = svgs.map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of svgs) {
      expect(m[2]).toBe(`${m[1]}-t ${m[1]}-d`);
      expect(html).toContain(`<title id="${m[1]}-t">`);
    }
    expect(count(html, /<svg/g)).toBe(svgs.length);
  });

  it('says "none" when no trigger fired and no warning was raised', () => {
    const out = writeResultsHtml({ results: [], ranking: RANKING });
    expect(out).toContain('<h2>Cảnh báo kích hoạt</h2>\n<p>Không có.</p>');
    expect(out).toContain('<h2>Lưu ý khi chấm điểm</h2>\n<p>Không có.</p>');
  });
});

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

describe('HTML report in headless Chromium', () => {
  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders to a non-trivial PNG screenshot'
      : `renders to a PNG: skipped, ${CHROMIUM} not found (Debian package "chromium")`,
    () => {
      const dir = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
      mkdirSync(dir, { recursive: true });
      const page = join(dir, 'results-report.html');
      const png = join(dir, 'results-report.png');
      writeFileSync(page, writeResultsHtml(INPUT), 'utf8');
      rmSync(png, { force: true });
      const profile = mkdtempSync(join(tmpdir(), 'par-index-chromium-'));
      try {
        execFileSync(
          CHROMIUM,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--user-data-dir=${profile}`,
            `--screenshot=${png}`,
            '--window-size=1280,2000',
            `file://${page}`,
          ],
          { stdio: 'pipe', timeout: 90_000 },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const bytes = readFileSync(png);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width and height of the screenshot.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1280, 2000]);
      expect(statSync(png).size).toBeGreaterThan(50_000);
    },
    120_000,
  );
});

describe('writeResultsHtml with a field not applicable', () => {
  it('draws no column for it and says so in the tooltip and table', async () => {
    const { scoreAssessment } = await import('../../../src/engine/score-assessment.js');
    const { rankResults } = await import('../../../src/ranking/rank-results.js');
    const { ASSESSMENTS, SET } = await import('./fixtures.js');
    const first = ASSESSMENTS[0];
    if (first === undefined) throw new Error('fixture');
    const noDigital = {
      ...first,
      entries: [
        ...first.entries.filter((e) => !e.code.startsWith('3')),
        { code: '3', appraisal: [], evidence: [], notApplicable: { reason: 'Sáp nhập' } },
      ],
    };
    const results = [scoreAssessment(SET, noDigital)];
    const out = writeResultsHtml({ results, ranking: rankResults(results), lang: 'en' });
    expect(count(out, /<rect class="field-bar"/g)).toBe(3);
    expect(out).toContain('<title>Digital government: N/A</title>');
    expect(out).toContain('<td>N/A</td>');
  });
});
