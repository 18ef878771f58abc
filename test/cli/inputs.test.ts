import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, removeDir, tempDir } from './helpers.js';

// Inputs other than YAML/JSON files: standard input (`-`) and filled Excel workbooks.
const AN_LAC = join(ROOT, 'examples/minh-son/2023/districts/an-lac.yaml');
let dir = '';

beforeAll(async () => {
  dir = await tempDir('par-cli-inputs-');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('standard input', () => {
  it('score - reads one assessment from stdin, the same as from its file', async () => {
    const fromFile = await cli(['score', AN_LAC, '--format', 'json']);
    const fromStdin = await cli(['score', '-', '--format', 'json'], ROOT, {
      stdin: new Uint8Array(readFileSync(AN_LAC)),
    });
    expect(fromStdin.code).toBe(0);
    const a = JSON.parse(fromFile.out) as { results: { points: string }[] };
    const b = JSON.parse(fromStdin.out) as { results: { points: string }[] };
    expect(b.results[0]?.points).toBe(a.results[0]?.points);
  });

  it('validate - names stdin in its problems', async () => {
    const run = await cli(['validate', '-'], ROOT, {
      stdin: new TextEncoder().encode('criteriaSet: ['),
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^ {2}- -: .*\[invalid_syntax\]$/m);
  });
});

describe('Excel workbooks as inputs', () => {
  it('a filled template scores like the assessment it was filled from', async () => {
    const xlsx = join(dir, 'blank.xlsx');
    const made = await cli([
      'template',
      '--criteria',
      'illustrative-commune-2023',
      '--unit-id',
      'xa-thu',
      '--unit-name',
      'Xã Thử (hư cấu)',
      '--block',
      'xã',
      '--period',
      '2023',
      '--out',
      xlsx,
    ]);
    expect(made.code).toBe(0);
    // An empty template is a valid assessment with nothing scored: every leaf is missing.
    const scored = await cli(['score', xlsx, '--format', 'json']);
    expect(scored.code).toBe(0);
    const doc = JSON.parse(scored.out) as {
      results: { unit: { id: string }; points: string; criteriaSet: { id: string } }[];
    };
    expect(doc.results[0]).toMatchObject({
      unit: { id: 'xa-thu' },
      points: '0',
      criteriaSet: { id: 'illustrative-commune-2023' },
    });
    const checked = await cli(['validate', xlsx]);
    expect(checked.code).toBe(0);
    expect(checked.out).toBe('Hợp lệ: 1 tệp.\n');
  });
});

describe('one unit twice in a ranking', () => {
  it('is an input problem naming both files, not a crash', async () => {
    const run = await cli(['rank', AN_LAC, '-'], ROOT, {
      stdin: new Uint8Array(readFileSync(AN_LAC)),
    });
    expect(run.code).toBe(1);
    // Inputs are read in sorted order, so stdin (-) comes first and the file is the duplicate.
    expect(run.err).toContain(
      'examples/minh-son/2023/districts/an-lac.yaml: unit.id: Đơn vị "an-lac" đã có hồ sơ trong khối "cấp huyện" (-)',
    );
    expect(run.err).toContain('[duplicate_entry]');
  });
});

describe('CSV assessments', () => {
  it('score a CSV like the same data in YAML', async () => {
    const csv = [
      'criteriaSet;illustrative-commune-2023',
      'unitId;xa-csv',
      'unitName;Xã CSV (hư cấu)',
      'block;xã',
      'period;2023',
      'code;value;points;evidence',
      '1.1.3;Có;;QĐ 5',
      '1.3;;1,75;Biên bản',
    ].join('\n');
    const yaml = [
      'criteriaSet: illustrative-commune-2023',
      'unit: { id: xa-yaml, name: Xã YAML (hư cấu), block: xã }',
      'period: "2023"',
      'entries:',
      '  - { code: "1.1.3", value: Có, evidence: [{ title: QĐ 5 }] }',
      '  - { code: "1.3", points: 1.75, evidence: [{ title: Biên bản }] }',
    ].join('\n');
    await writeFile(join(dir, 'a.csv'), csv);
    await writeFile(join(dir, 'b.yaml'), yaml);
    const run = await cli(['score', 'a.csv', 'b.yaml', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as { results: { unit: { id: string }; points: string }[] };
    // 1.1.3 yes = 0.5 (its max) + 1.75 given = 2.25 points, both ways.
    expect(doc.results.map((r) => [r.unit.id, r.points])).toEqual([
      ['xa-csv', '2.25'],
      ['xa-yaml', '2.25'],
    ]);
  });
});

describe('a criteria table saved as CSV', () => {
  it('imports like the spreadsheet: roman fields, arabic criteria, decimal commas', async () => {
    const table =
      'STT;Nội dung tiêu chí;Điểm tối đa\nI;CHỈ ĐẠO ĐIỀU HÀNH;3\n1;Kế hoạch CCHC;1\n2;Báo cáo CCHC;2\nII;THỦ TỤC HÀNH CHÍNH;2,5\n1;Công khai TTHC;2,5\n';
    await writeFile(join(dir, 'table.csv'), table);
    const run = await cli(['import', 'criteria', 'table.csv', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const set = JSON.parse(run.out) as {
      fields: { code: string; max: string; children: { code: string; max: string }[] }[];
    };
    expect(set.fields.map((f) => [f.code, f.max, f.children.map((c) => [c.code, c.max])])).toEqual([
      [
        'I',
        '3',
        [
          ['1', '1'],
          ['2', '2'],
        ],
      ],
      ['II', '2.5', [['II.1', '2.5']]],
    ]);
  });

  it('an unreadable CSV is an input problem', async () => {
    await writeFile(join(dir, 'open.csv'), 'STT;Nội dung\n1;"never closed');
    const run = await cli(['import', 'criteria', 'open.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('[invalid_syntax]');
  });

  it('a CSV saved by Vietnamese Excel (Windows-1258): refused with how to fix, read with --encoding cp1258', async () => {
    const csv = [
      'criteriaSet;illustrative-commune-2023',
      'unitId;xa-ansi',
      'unitName;Xã Đồng Bạn (hư cấu)',
      'block;xã',
      'period;2023',
      'code;value;points',
      '1.1.3;Có;',
      '1.3;;1,75',
    ].join('\r\n');
    // What Excel writes: Windows-1258 has â ê ô ơ ư ă as letters and the tone marks as separate
    // characters, so the text is decomposed, then the letters' own marks recomposed.
    const windows = csv
      .normalize('NFD')
      .replace(/[aeouAEOU][\u0302\u0306\u031b]/g, (pair) => pair.normalize('NFC'));
    await writeFile(join(dir, 'ansi.csv'), iconv.encode(windows, 'windows1258'));
    const refused = await cli(['score', 'ansi.csv'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ansi.csv: Tệp CSV không phải UTF-8');
    expect(refused.err).toContain('--encoding cp1258');
    const run = await cli(['score', 'ansi.csv', '--encoding', 'cp1258', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as { results: { unit: { name: string }; points: string }[] };
    // 0.5 (1.1.3 yes) + 1.75 given = 2.25, and the name exactly as typed.
    expect(doc.results.map((r) => [r.unit.name, r.points])).toEqual([
      ['Xã Đồng Bạn (hư cấu)', '2.25'],
    ]);
    expect((await cli(['validate', 'ansi.csv', '--encoding', 'cp1258'], dir)).code).toBe(0);
  });

  it('.ods and .xls given to score or validate: "save as .xlsx"; a folder of only those names them', async () => {
    await mkdir(join(dir, 'only-ods'), { recursive: true });
    await writeFile(join(dir, 'only-ods', 'an-lac.ods'), 'PK');
    await writeFile(join(dir, 'only-ods', 'old.xls'), 'x');
    for (const command of ['score', 'validate']) {
      const r = await cli([command, 'only-ods'], dir);
      expect(r.code, command).toBe(1);
      expect(r.err).toContain(
        'only-ods/an-lac.ods: Tệp .ods chưa đọc được: hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn File > Save As',
      );
      expect(r.err).toContain('only-ods/old.xls: Tệp .xls chưa đọc được');
      const one = await cli([command, 'only-ods/an-lac.ods', '--lang', 'en'], dir);
      expect(one.err).toContain('A .ods file cannot be read: open it in Excel or LibreOffice Calc');
      expect(one.err).not.toContain('UTF-8');
    }
    const imported = await cli(
      ['import', 'assessment', 'only-ods/an-lac.ods', '-c', 'illustrative-commune-2023'],
      dir,
    );
    expect(imported.err).toContain('Tệp .ods chưa đọc được');
  });
});
