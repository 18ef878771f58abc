import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D, sum } from '../../src/internal/decimal.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import { cli, ROOT, removeDir, tempDir } from './helpers.js';

/** A node of a result in the JSON document (version 2): computed values only. */
interface JsonNode {
  code: string;
  status?: string;
  points?: string;
  max?: string;
  shownPoints?: string;
}

interface ResultsDoc {
  format: string;
  version: number;
  stage: string;
  criteriaSets: { id: string; nodes: { code: string; parent?: string; max: string }[] }[];
  results: (Omit<ScoreResult, 'fields'> & { nodes: JsonNode[] })[];
  ranking: { blocks: { block: string; units: { unitId: string; rank: number; of: number }[] }[] };
  changes: unknown[];
}

const AN_LAC_2022 = 'examples/minh-son/2022/districts/an-lac.yaml';
const AN_LAC_2023 = 'examples/minh-son/2023/districts/an-lac.yaml';

/** Half-up to 2 places with a decimal comma: how Vietnamese tables show a value. */
const vn = (v: string) => new D(v).toFixed(2, D.ROUND_HALF_UP).replace('.', ',');

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

describe('par-index score: one file, detail view', () => {
  it('An Lạc 2022 (field totals only), checked by hand', async () => {
    // Field totals in the YAML: 7.15 + 5.96 + 13.13 + 6.92 + 9.08 + 7.29 + 15.05 + 14.16 = 78.74
    // of the set's 100 points: 78.74 %, band "Hoàn thành nhiệm vụ" (65 ≤ x < 80), which fires the
    // set's remediation-plan trigger (band-in htnv), due 2023-04-10.
    const r = await cli(['score', AN_LAC_2022]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'Huyện An Lạc — Bộ chỉ số cải cách hành chính cấp huyện năm 2023 (minh họa) — kỳ 2022 (giai đoạn: final)',
    );
    expect(lines).toContain('Tổng điểm: 78,74 / 100,00');
    expect(lines).toContain('Chỉ số: 78,74 %');
    expect(lines).toContain('Xếp loại: Hoàn thành nhiệm vụ');
    expect(lines).toContain('⚠ Phải xây dựng kế hoạch khắc phục (hạn 2023-04-10)');
    // Field 3: 13.13 of 16 = 82.0625 % → 82,06 %.
    expect(lines.find((l) => l.startsWith('3 '))).toMatch(/13,13\s+16,00\s+82,06 %$/);
  });

  it('--lang en switches labels and the number format', async () => {
    const r = await cli(['score', AN_LAC_2022, '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toContain('period 2022 (stage: final)');
    expect(lines[2]).toMatch(/^Code\s+Criterion\s+Points\s+Max\s+Percent\s+Lost at appraisal$/);
    expect(lines).toContain('Total: 78.74 / 100.00');
    expect(lines).toContain('Index: 78.74%');
    expect(lines).toContain('Band: Fulfilled');
    expect(lines).toContain('⚠ Remediation plan required (due 2023-04-10)');
  });

  it('An Lạc 2023: appraisal losses and a self-score mismatch warning', async () => {
    const r = await cli(['score', AN_LAC_2023]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\nTổng điểm: \d+,\d\d \/ \d+,\d\d \(thưởng 0,50\)\n/);
    expect(r.out).toMatch(/\nChỉ số: \d+,\d\d %\n/);
    expect(r.out).toMatch(/\nĐiểm bị trừ khi thẩm định: \d+,\d\d\n/);
    // 7.4.1 is ratio-linear on max 1.5 with value 62 %: 1.5 × 62 / 100 = 0.93, declared 1.5.
    expect(r.out).toContain('Tiêu chí 7.4.1: điểm tự chấm 1,5 khác điểm tính theo quy tắc 0,93.');
    // The detail shows fields (depth 1) and criteria (depth 2), not sub-criteria.
    expect(r.out).toMatch(/\n7\.4 {3}/);
    expect(r.out).not.toMatch(/\n\s*7\.4\.1 /);
  });

  it('the detail totals agree with the JSON of the same run', async () => {
    const text = await cli(['score', AN_LAC_2023]);
    const json = JSON.parse(
      (await cli(['score', AN_LAC_2023, '--format', 'json'])).out,
    ) as ResultsDoc;
    const r = json.results[0];
    expect(r).toBeDefined();
    if (!r) return;
    expect(text.out).toContain(`Tổng điểm: ${vn(r.points)} / ${vn(r.max)} (thưởng ${vn(r.bonus)})`);
    expect(text.out).toContain(`Chỉ số: ${vn(r.index)} %`);
    expect(text.out).toContain(`Điểm bị trừ khi thẩm định: ${vn(r.lostAtAppraisal)}`);
  });
});

describe('par-index score --format json', () => {
  it('the stable document: format, version, stage, one result per file', async () => {
    const r = await cli(['score', 'examples/minh-son/2022/districts', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as ResultsDoc;
    expect(doc.format).toBe('par-index.results');
    expect(doc.version).toBe(2);
    expect(doc.stage).toBe('final');
    expect(doc.results).toHaveLength(12);
    expect(doc.changes).toEqual([]);
    const anLac = doc.results.find((x) => x.unit.id === 'an-lac');
    // Computed by hand above: 78.74 / 100.
    expect(anLac?.points).toBe('78.74');
    expect(anLac?.shown.index).toBe('78.74');
    expect(anLac?.shown.max).toBe('100.00');
    expect(anLac?.band?.code).toBe('htnv');
  });

  it('every 2023 result: points = Σ field points + bonus − penalty; index = points ÷ max × 100', async () => {
    const r = await cli(['score', 'examples/minh-son/2023', '--format', 'json']);
    const doc = JSON.parse(r.out) as ResultsDoc;
    expect(doc.results).toHaveLength(24);
    for (const res of doc.results) {
      // Fields: the set's nodes without a parent; a node's max is the set's unless given.
      const outline = doc.criteriaSets.find((c) => c.id === res.criteriaSet.id)?.nodes ?? [];
      const fields = res.nodes.flatMap((n) => {
        const o = outline.find((x) => x.code === n.code);
        return o === undefined || o.parent !== undefined ? [] : [{ ...n, max: n.max ?? o.max }];
      });
      expect(fields).toHaveLength(outline.filter((o) => o.parent === undefined).length);
      const base = sum(fields.map((f) => new D(f.points ?? '0')));
      // Exact values that do not terminate are printed to 40 significant digits: the printed
      // parts add up to the printed total up to those last digits.
      expect(base.minus(res.basePoints).abs().lt('1e-30'), res.unit.id).toBe(true);
      const points = D.max(0, base.plus(res.bonus).minus(res.penalty));
      expect(points.minus(res.points).abs().lt('1e-30'), res.unit.id).toBe(true);
      const maxSum = sum(fields.map((f) => new D(f.status === 'not-applicable' ? '0' : f.max)));
      expect(maxSum.eq(res.max), res.unit.id).toBe(true);
      const index = points.div(res.max).times(100);
      expect(index.minus(res.index).abs().lt('1e-30'), res.unit.id).toBe(true);
      expect(res.shown.index).toBe(index.toFixed(2, D.ROUND_HALF_UP));
    }
  });

  it('points lost at appraisal = self-stage points − final points', async () => {
    const self = JSON.parse(
      (await cli(['score', AN_LAC_2023, '--stage', 'self', '--format', 'json'])).out,
    ) as ResultsDoc;
    const final = JSON.parse(
      (await cli(['score', AN_LAC_2023, '--format', 'json'])).out,
    ) as ResultsDoc;
    expect(self.stage).toBe('self');
    const s = self.results[0];
    const f = final.results[0];
    expect(s && f).toBeTruthy();
    if (!s || !f) return;
    expect(new D(s.points).minus(f.points).eq(f.lostAtAppraisal)).toBe(true);
    expect(new D(f.lostAtAppraisal).gt(0)).toBe(true);
  });
});

describe('--out', () => {
  it('writes the output to the file instead of stdout', async () => {
    const target = join(dir, 'an-lac.json');
    const r = await cli(['score', AN_LAC_2022, '--format', 'json', '--out', target]);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    const doc = JSON.parse(await readFile(target, 'utf8')) as ResultsDoc;
    expect(doc.results[0]?.shown.index).toBe('78.74');
    // A relative -o is resolved against the working directory, like the inputs.
    const rel = await cli(['score', join(ROOT, AN_LAC_2022), '-o', 'rel.txt'], dir);
    expect(rel).toEqual({ code: 0, out: '', err: '' });
    expect(await readFile(join(dir, 'rel.txt'), 'utf8')).toContain('Tổng điểm: 78,74 / 100,00');
  });

  it('on bad input writes nothing: no file and no temporary file left', async () => {
    const outDir = join(dir, 'empty');
    await mkdir(outDir);
    await writeFile(join(dir, 'bad.yaml'), 'criteriaSet: illustrative-commune-2023\nunit: {}\n');
    const r = await cli(
      ['score', 'bad.yaml', '--out', join(outDir, 'out.html'), '--format', 'html'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('bad.yaml');
    expect(await readdir(outDir)).toEqual([]);
  });

  it('an --out folder that does not exist: a usage error (exit 2), not a crash', async () => {
    const target = join(dir, 'no', 'such', 'dir', 'x.txt');
    const r = await cli(['score', AN_LAC_2022, '--out', target]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--out: không ghi được tệp "${target}" (ENOENT)`);
    expect(r.err).not.toContain('Lỗi không mong đợi');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
