import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from './helpers.js';

// The appraisal and annex commands' own rules: what they need, what they refuse, where they write.

let dir = '';
beforeAll(async () => {
  dir = await tempDir('par-cli-appraisal-');
  const r = await cli(['demo', '--write', 'minh-son'], dir);
  if (r.code !== 0) throw new Error(r.err);
}, 60_000);
afterAll(() => removeDir(dir));

describe('appraisal template', () => {
  it('a folder as --out: one workbook per unit, named by its id', async () => {
    const r = await cli(['appraisal', 'template', 'minh-son/2023/departments', '--out', 'td'], dir);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(join(dir, 'td')).sort()).toEqual([
      'so-noi-vu.xlsx',
      'so-tai-chinh.xlsx',
      'so-tu-phap.xlsx',
      'so-xay-dung.xlsx',
    ]);
  });

  it('one workbook holds one criteria set; --out is required; a sub-command is required', async () => {
    const two = await cli(['appraisal', 'template', 'minh-son/2023', '--out', 'all.xlsx'], dir);
    expect(two.code).toBe(2);
    expect(two.err).toContain('3 bộ chỉ số');
    expect((await cli(['appraisal', 'template', 'minh-son/2023/communes'], dir)).code).toBe(2);
    expect((await cli(['appraisal', 'grade', 'minh-son/2023'], dir)).code).toBe(2);
    expect((await cli(['appraisal', 'losses'], dir)).code).toBe(2);
  });

  it('a broken assessment is an input problem, nothing written', async () => {
    writeFileSync(join(dir, 'hong.yaml'), 'criteriaSet: illustrative-commune-2023\nunit: 3\n');
    const r = await cli(['appraisal', 'template', 'hong.yaml', '--out', 'hong.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'hong.xlsx'))).toBe(false);
  });
});

describe('appraisal import', () => {
  beforeAll(async () => {
    const r = await cli(
      ['appraisal', 'template', 'minh-son/2023/communes', '--out', 'xa.xlsx'],
      dir,
    );
    if (r.code !== 0) throw new Error(r.err);
  });

  it('needs --out, a workbook and files; one unit may go to --out FILE.yaml', async () => {
    const args = ['appraisal', 'import', 'xa.xlsx', 'minh-son/2023/communes'];
    expect((await cli(args, dir)).code).toBe(2);
    expect((await cli(['appraisal', 'import', 'xa.xlsx', '--out', 'x'], dir)).code).toBe(2);
    const many = await cli([...args, '--out', 'one.yaml'], dir);
    expect(many.code).toBe(2);
    expect(many.err).toContain('8 đơn vị');
    const w = await cli(
      ['appraisal', 'template', 'minh-son/2023/communes/hoa-ban.yaml', '--out', 'hb.xlsx'],
      dir,
    );
    expect(w.code, w.err).toBe(0);
    const one = await cli(
      ['appraisal', 'import', 'hb.xlsx', 'minh-son/2023/communes/hoa-ban.yaml', '--out', 'hb.yaml'],
      dir,
    );
    expect(one.code, one.err).toBe(0);
    expect(readFileSync(join(dir, 'hb.yaml'), 'utf8')).toBe(
      readFileSync(join(dir, 'minh-son/2023/communes/hoa-ban.yaml'), 'utf8'),
    );
  });

  it('writes into YAML or JSON only: a CSV assessment is named', async () => {
    writeFileSync(join(dir, 'x.csv'), 'Bộ chỉ số;illustrative-commune-2023\n');
    const r = await cli(['appraisal', 'import', 'xa.xlsx', 'x.csv', '--out', 'out-csv'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('x.csv: Thẩm định chỉ ghi vào hồ sơ YAML hoặc JSON');
    expect(existsSync(join(dir, 'out-csv'))).toBe(false);
  });

  it('a self-assessment workbook is not an appraisal workbook', async () => {
    const t = await cli(
      ['template', '--criteria', 'illustrative-commune-2023', '--out', 'tu-cham.xlsx'],
      dir,
    );
    expect(t.code, t.err).toBe(0);
    const r = await cli(
      ['appraisal', 'import', 'tu-cham.xlsx', 'minh-son/2023/communes', '--out', 'o'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('[unsupported_format]');
  });
});

describe('appraisal losses and annex', () => {
  it('losses: Markdown on screen, xlsx and docx by extension or --format', async () => {
    const md = await cli(
      ['appraisal', 'losses', 'minh-son/2023/communes/dong-co.yaml', '--lang', 'en'],
      dir,
    );
    expect(md.code, md.err).toBe(0);
    expect(md.out).toContain('# POINTS LOST AT APPRAISAL — Xã Đồng Cỏ');
    // A zip's part names stand uncompressed in it: xl/ for a workbook, word/ for a document.
    for (const [args, file, part] of [
      [['--out', 'l.xlsx'], 'l.xlsx', 'xl/workbook.xml'],
      [['--out', 'l.docx'], 'l.docx', 'word/document.xml'],
      [['--format', 'docx', '--out', 'l2.docx'], 'l2.docx', 'word/document.xml'],
    ] as const) {
      const r = await cli(['appraisal', 'losses', 'minh-son/2023/communes', ...args], dir);
      expect(r.code, r.err).toBe(0);
      const bytes = readFileSync(join(dir, file));
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(bytes.includes(part), `${file}: ${part}`).toBe(true);
    }
    const html = await cli(
      ['appraisal', 'losses', 'minh-son/2023/communes', '--format', 'html'],
      dir,
    );
    expect(html.code).toBe(2);
  });

  it('annex: a title and a subtitle; binary formats need --out', async () => {
    const r = await cli(
      [
        'annex',
        'minh-son/2023/departments',
        '--title',
        'KẾT QUẢ CỦA CÁC SỞ',
        '--subtitle',
        '(Kèm theo Quyết định số 9/QĐ-UBND)',
      ],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      '# PHỤ LỤC: KẾT QUẢ CỦA CÁC SỞ\n\n_(Kèm theo Quyết định số 9/QĐ-UBND)_',
    );
    expect(r.out).toContain('Số đơn vị theo xếp loại: Nhóm A: 1; Nhóm B: 1; Nhóm C: 1; Nhóm D: 1.');
    expect((await cli(['annex', 'minh-son/2023', '--format', 'docx'], dir)).code).toBe(2);
    expect((await cli(['annex', 'minh-son/2023', '--format', 'csv'], dir)).code).toBe(2);
    expect((await cli(['annex'], dir)).code).toBe(2);
  });

  it('annex at the self stage: the self-assessed totals rank', async () => {
    const r = await cli(['annex', 'minh-son/2023/communes', '--stage', 'self'], dir);
    expect(r.code, r.err).toBe(0);
    // Xã Hoa Ban declared 92.33 points (of 99.5: 92.79 %).
    expect(r.out).toMatch(
      /\| 1 \| Xã Hoa Ban \| 64,49 \| 64,49 \| 27,83 \| 0,00 \| 92,33 \| 92,79 \| 1 \| Tốt \|/,
    );
  });
});
