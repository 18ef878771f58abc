import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, removeDir, tempDir } from './helpers.js';

// A two-field set small enough to check by hand: 1.1 yes/no (max 1), 1.2 ratio-tiers (max 2).
const SET = `id: excel-test
title: Bộ chỉ số thử biểu Excel
level: commune
year: 2025
provenance: illustrative
fields:
  - code: "1"
    name: Lĩnh vực một
    max: 3
    children:
      - code: "1.1"
        name: Kế hoạch năm
        max: 1
        rule: { kind: yes-no }
      - code: "1.2"
        name: Mức độ hoàn thành kế hoạch
        max: 2
        rule:
          kind: ratio-tiers
          direction: higher-better
          tiers: [{ at: 100, points: 2 }, { at: 80, points: 1 }]
  - code: "2"
    name: Lĩnh vực hai
    max: 1
    rule: { kind: yes-no }
`;

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'set.yaml'), SET);
});
afterAll(() => removeDir(dir));

/** Types values into the Value column (E) of the rows whose code (column A) is given. */
async function fill(file: string, values: Record<string, string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Tự chấm điểm');
  expect(sheet).toBeDefined();
  sheet?.eachRow((row) => {
    const code = String(row.getCell('A').text).trim();
    const v = values[code];
    if (v !== undefined) row.getCell('E').value = v;
  });
  await wb.xlsx.writeFile(file);
}

describe('par-index template and import', () => {
  it('template → fill → import assessment → score: the typed values are scored', async () => {
    const xlsx = join(dir, 'bieu.xlsx');
    const t = await cli(
      [
        'template',
        '-c',
        'set.yaml',
        '--unit-id',
        'x',
        '--unit-name',
        'Xã X',
        '--block',
        'xã',
        '--period',
        '2025',
        '--out',
        'bieu.xlsx',
      ],
      dir,
    );
    expect(t.code).toBe(0);
    expect(t.out).toBe('');
    expect(t.err).toBe('Đã tạo biểu tự chấm điểm: bieu.xlsx\n');
    await fill(xlsx, { '1.1': 'Có', '1.2': '85' });
    const i = await cli(
      ['import', 'assessment', 'bieu.xlsx', '--criteria', 'set.yaml', '--out', 'x.yaml'],
      dir,
    );
    expect(i).toEqual({ code: 0, out: '', err: '' });
    const doc = parse(await readFile(join(dir, 'x.yaml'), 'utf8')) as {
      criteriaSet: string;
      unit: { id: string; name: string; block: string };
      period: string;
      entries: { code: string; value: unknown }[];
    };
    expect(doc.criteriaSet).toBe('excel-test');
    expect(doc.unit).toEqual({ id: 'x', name: 'Xã X', block: 'xã' });
    expect(doc.period).toBe('2025');
    expect(doc.entries.map((e) => e.code)).toEqual(['1.1', '1.2']);
    // 1.1 Có → 1; 1.2 at 85 % → the 80 % tier, 1 point; field 2 empty → 0. Total 2 of 4 = 50 %.
    const s = await cli(['score', 'x.yaml', '--criteria', 'set.yaml', '--format', 'json'], dir);
    expect(s.code).toBe(0);
    const r = (JSON.parse(s.out) as { results: { points: string; shown: { index: string } }[] })
      .results[0];
    expect(r?.points).toBe('2');
    expect(r?.shown.index).toBe('50.00');
  });

  it('import assessment reads standard input with "-", and writes JSON with --format json', async () => {
    const unit = ['--unit-id', 'y', '--unit-name', 'Xã Y', '--block', 'xã'];
    await cli(['template', '--criteria', 'set.yaml', ...unit, '--out', 'stdin.xlsx'], dir);
    const bytes = new Uint8Array(await readFile(join(dir, 'stdin.xlsx')));
    const r = await cli(
      ['import', 'assessment', '-', '--criteria', 'set.yaml', '--format', 'json'],
      dir,
      {
        stdin: bytes,
      },
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { criteriaSet: string; entries: unknown[] };
    expect(doc.criteriaSet).toBe('excel-test');
    expect(doc.entries).toEqual([]);
  });

  it('import criteria: a province criteria table into a draft set that validates', async () => {
    const r = await cli(
      [
        'import',
        'criteria',
        join(ROOT, 'test/fixtures/excel/criteria-table.xlsx'),
        '--out',
        'draft.yaml',
      ],
      dir,
    );
    expect(r).toEqual({ code: 0, out: '', err: '' });
    const draft = parse(await readFile(join(dir, 'draft.yaml'), 'utf8')) as {
      provenance: string;
      fields: { code: string }[];
    };
    // An imported table is never taken for an official transcription without review.
    expect(draft.provenance).toBe('illustrative');
    expect(draft.fields[0]?.code).toBe('I');
    expect((await cli(['validate', 'draft.yaml'], dir)).out).toBe('Hợp lệ: 1 tệp.\n');
  });

  it('import criteria: the shipped example table, with its "(1) (2) (3) (4) (5)" row', async () => {
    const r = await cli(
      [
        'import',
        'criteria',
        join(ROOT, 'examples/minh-son/bang-tieu-chi-xa.csv'),
        '--out',
        'example-draft.yaml',
      ],
      dir,
    );
    expect(r).toEqual({ code: 0, out: '', err: '' });
    const draft = parse(await readFile(join(dir, 'example-draft.yaml'), 'utf8')) as {
      fields: { code: string; max: string }[];
    };
    // I = 1 + 1.5 = 2.5, II = 1.25 + 1.75 = 3 (hand-added from the table).
    expect(draft.fields.map((f) => [f.code, f.max])).toEqual([
      ['I', '2.5'],
      ['II', '3'],
    ]);
  });

  it('import criteria: on any problem nothing is written (exit 1)', async () => {
    await writeFile(
      join(dir, 'bad-table.csv'),
      'STT;Nội dung;Điểm tối đa\nI;CHỈ ĐẠO;2\n1;Kế hoạch;hai\n',
    );
    const r = await cli(['import', 'criteria', 'bad-table.csv', '--out', 'bad-draft.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Ô C3: 'hai' không phải là số điểm. [invalid_number]");
    expect(r.err).toContain('Chưa ghi tệp nào');
    expect(existsSync(join(dir, 'bad-draft.yaml'))).toBe(false);
  });

  it('an empty unit block is reported cell by cell (exit 1)', async () => {
    await cli(['template', '--criteria', 'set.yaml', '--out', 'blank.xlsx'], dir);
    const r = await cli(['import', 'assessment', 'blank.xlsx', '--criteria', 'set.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('blank.xlsx: Tự chấm điểm.C4: Ô C4:');
    expect(r.err).toContain('[missing_field]');
  });

  it('problems: a missing workbook (1), a bad sub-command (2), no --out (2), no --criteria (2)', async () => {
    const missing = await cli(['import', 'assessment', 'nope.xlsx', '--criteria', 'set.yaml'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.xlsx: Không tìm thấy tệp. [file_not_found]');
    expect((await cli(['import', 'results', 'x.xlsx'], dir)).code).toBe(2);
    expect((await cli(['import'], dir)).code).toBe(2);
    expect((await cli(['template', '--criteria', 'set.yaml'], dir)).code).toBe(2);
    expect((await cli(['template', '--out', 'a.xlsx'], dir)).code).toBe(2);
    const badSet = await cli(
      ['template', '--criteria', 'missing-set.yaml', '--out', 'a.xlsx'],
      dir,
    );
    expect(badSet.code).toBe(1);
  });

  it('a workbook that is not a template is refused with exit 1', async () => {
    const r = await cli(
      [
        'import',
        'assessment',
        join(ROOT, 'test/fixtures/excel/criteria-table.xlsx'),
        '--criteria',
        'set.yaml',
      ],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });
});
