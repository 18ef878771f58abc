import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getCriteriaSet } from '../../../src/criteria-sets/registry.js';
import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import { parseAssessment } from '../../../src/parse/parse-assessment.js';
import { cli } from '../../cli/helpers.js';
import {
  artefactDir,
  convert,
  libreOfficeProfile,
  needs,
  POPPLER,
  PYTHON_OPENPYXL,
  ROOT,
  SOFFICE,
} from '../../support/real-programs.js';

// The province's year end to end, with the commands the guides show and the programs offices
// use: a unit fills its self-assessment template (Python openpyxl, an independent writer), the
// office imports it; the team gets the appraisal workbook of the whole commune block, types
// round 1 (openpyxl), imports it, sends the points-lost report (Word, opened in LibreOffice
// Writer), types the unit's answer and round 2 in the same workbook after LibreOffice Calc
// saved it, imports again, and prints the annex (Word and Excel, through LibreOffice to PDF).

const missing = [
  SOFFICE === undefined && 'LibreOffice (soffice)',
  PYTHON_OPENPYXL === undefined && 'python3-openpyxl',
  !POPPLER && 'poppler-utils',
];
const ready = SOFFICE !== undefined && PYTHON_OPENPYXL !== undefined && POPPLER;
const out = artefactDir('appraisal');
const work = join(out, 'work');
const profile = ready ? libreOfficeProfile() : '';
afterAll(() => {
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

const SET = getCriteriaSet('illustrative-commune-2023');
if (SET === undefined) throw new Error('bundled set missing');
const set = SET;
const UNIT = 'thu-nghiem';

// The unit's self-assessment, as test/node/excel/template-libreoffice.test.ts fills it: by hand
// 36.625 points, 23.5 of them the survey (field 8), 4.1.1 (1 point) not applicable.
const SELF_ROWS: Record<string, Record<string, string | number>> = {
  '1.1.1': { E: 3 },
  '1.1.2': { E: 95 },
  '1.1.3': { E: 'Có' },
  '1.2.1': { E: 2 },
  '1.2.2': { E: 'Không' },
  '1.3': { F: 1.75 },
  '1.4': { E: '45/50' }, // 90 % → 1.5
  '2.1.1': { E: 'Có', F: 0.5 },
  '2.2.2': { E: '85%' },
  '2.3.1': { E: 97.5 }, // field 2: 0.5 + 0.5 + 0.975 = 1.975
  '3.2.2': { E: 2 },
  '3.2.3': { E: 80 },
  '3.4.2': { E: 5 },
  '4.1.1': { H: 'Không phát sinh trong năm' },
  '6.1.1': { E: 12 },
  '7.2.1': { E: '60' }, // → 2
  '8.1.1': { F: 3.2 },
  '8.1.2': { F: 3 },
  '8.1.3': { F: 3.5 },
  '8.1.4': { F: 2.8 },
  '8.1.5': { F: 3.1 },
  '8.2.1': { F: 2.5 },
  '8.2.2': { F: 2.6 },
  '8.2.3': { E: 3.8 },
};
// Round 1: 1.4 1.5 → 1; 7.2.1 2 → 1.5; field 2 appraised whole, 1.975 → 1.5: 35.15 points.
const ROUND_1 = {
  [UNIT]: {
    '1.4': { H: 1, I: 'Tỷ lệ 90 % chưa có số liệu đối chiếu của Bộ phận Một cửa' },
    '7.2.1': { H: 1.5, I: 'Tỷ lệ tính lại theo báo cáo quý IV: 50 %' },
    '2': { H: 1.5, I: 'Chấm tổng lĩnh vực: hồ sơ rà soát văn bản chưa đầy đủ' },
  },
};
// Round 2, after the unit's answer on 1.4: 1.5 again: 35.65 points of 99 (36.01 %).
const ROUND_2 = {
  [UNIT]: {
    '1.4': {
      J: 'Đơn vị gửi bổ sung Báo cáo 45/BC-BPMC ngày 05/01/2024',
      K: 1.5,
      L: 'Chấp nhận số liệu bổ sung',
    },
  },
};

async function run(args: string[], code = 0): Promise<string> {
  const r = await cli(args, work);
  expect(r.code, `${args.join(' ')}\n${r.err}`).toBe(code);
  return r.out + r.err;
}

function python(script: string, args: string[]): void {
  execFileSync(PYTHON_OPENPYXL ?? 'python3', [join(ROOT, 'test/fixtures/excel', script), ...args], {
    stdio: 'pipe',
  });
}

function fillAppraisal(from: string, to: string, spec: unknown): void {
  const json = join(work, `${to}.json`);
  writeFileSync(json, JSON.stringify(spec));
  python('fill-appraisal.py', [join(work, from), join(work, to), json]);
}

function pdfInfo(pdf: string): { pages: number; a4Landscape: boolean } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    a4Landscape: /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/.test(info),
  };
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

function pngs(pdf: string, name: string, last = 2): void {
  execFileSync('pdftoppm', [
    '-r',
    '80',
    '-png',
    '-f',
    '1',
    '-l',
    String(last),
    pdf,
    join(out, name),
  ]);
}

function scoreFile(file: string, stage: 'self' | 'appraisal' | 'final' = 'final') {
  const a = parseAssessment(parse(readFileSync(join(work, file), 'utf8')), set);
  return scoreAssessment(set, a, { stage });
}

describe.skipIf(!ready)('the appraisal year, from the guides, in the programs offices use', () => {
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    await run(['demo', '--write', 'minh-son']);
  }, 60_000);

  it(needs(
    'template → unit fills → appraisal workbook → round 1 → losses → round 2 → annex',
    missing,
  ), async () => {
    // The unit fills its template (openpyxl); the office imports it into the block's folder.
    await run([
      'template',
      '--criteria',
      set.id,
      '--unit-id',
      UNIT,
      '--unit-name',
      'Xã Thử Nghiệm',
      '--block',
      'xã',
      '--period',
      '2023',
      '--out',
      'bieu-tu-cham.xlsx',
    ]);
    const spec = join(work, 'self.json');
    writeFileSync(spec, JSON.stringify({ rows: SELF_ROWS }));
    python('fill-template.py', [
      join(work, 'bieu-tu-cham.xlsx'),
      join(work, 'bieu-da-dien.xlsx'),
      spec,
    ]);
    cpSync(join(work, 'minh-son/2023/communes'), join(work, 'ho-so'), { recursive: true });
    await run([
      'import',
      'assessment',
      'bieu-da-dien.xlsx',
      '--criteria',
      set.id,
      '--out',
      `ho-so/${UNIT}.yaml`,
    ]);
    expect(scoreFile(`ho-so/${UNIT}.yaml`, 'self').basePoints).toBe('36.625');

    // The appraisal workbook of the block: nine units, one sheet each.
    await run(['appraisal', 'template', 'ho-so', '--out', 'tham-dinh.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(join(work, 'tham-dinh.xlsx'))).slice().buffer);
    expect(wb.worksheets.filter((w) => w.state === 'visible')).toHaveLength(10);

    // Round 1 with a typing slip first: refused by sheet and cell, nothing written.
    fillAppraisal('tham-dinh.xlsx', 'vong-1-sai.xlsx', {
      [UNIT]: { ...ROUND_1[UNIT], '1.4': { H: 'một', I: 'x' } },
    });
    const refused = await run(
      ['appraisal', 'import', 'vong-1-sai.xlsx', 'ho-so', '--out', 'vong-1'],
      1,
    );
    expect(refused).toMatch(
      /vong-1-sai\.xlsx: Xã Thử Nghiệm\.H\d+: Ô H\d+: 'một' không phải là số\. \[invalid_number\]/,
    );
    expect(existsSync(join(work, 'vong-1'))).toBe(false);

    fillAppraisal('tham-dinh.xlsx', 'tham-dinh-vong-1.xlsx', ROUND_1);
    const imported = await run([
      'appraisal',
      'import',
      'tham-dinh-vong-1.xlsx',
      'ho-so',
      '--out',
      'vong-1',
    ]);
    expect(imported).toContain(`Xã Thử Nghiệm: 3 mục thay đổi → vong-1/${UNIT}.yaml`);
    expect(imported).toContain('Xã Hoa Ban: 0 mục thay đổi → vong-1/hoa-ban.yaml');
    // The other units' files are copied unchanged; the unit's declaration too.
    expect(readFileSync(join(work, 'vong-1/hoa-ban.yaml'), 'utf8')).toBe(
      readFileSync(join(work, 'ho-so/hoa-ban.yaml'), 'utf8'),
    );
    expect(scoreFile(`vong-1/${UNIT}.yaml`).basePoints).toBe('35.15');
    expect(scoreFile(`vong-1/${UNIT}.yaml`, 'self').basePoints).toBe('36.625');

    // The live column of the workbook agrees once LibreOffice Calc recalculates it.
    const recalculated = convert(
      profile,
      join(work, 'tham-dinh-vong-1.xlsx'),
      'xlsx:Calc MS Excel 2007 XML',
      join(work, 'calc'),
    );
    const calc = new ExcelJS.Workbook();
    await calc.xlsx.load(new Uint8Array(readFileSync(recalculated)).slice().buffer);
    const sheet = calc.worksheets.find((w) => w.getCell('C4').value === UNIT);
    const after = new Map<string, unknown>();
    sheet?.eachRow((row) => {
      const code = row.getCell('A').value;
      const key =
        typeof code === 'string'
          ? code
          : row.getCell('B').value === 'TỔNG ĐIỂM CÁC LĨNH VỰC'
            ? 'total'
            : undefined;
      if (key !== undefined) after.set(key, row.getCell('M').result);
    });
    expect(after.get('1.4')).toBe(1);
    expect(after.get('2')).toBe(1.5);
    // Field 7: only 7.2.1 scored, 2 → 1.5.
    expect(after.get('7')).toBe(1.5);
    expect(after.get('total')).toBeCloseTo(35.15, 9);

    // Where the points went, for the unit to answer: Word in LibreOffice Writer, xlsx, Markdown.
    await run(['appraisal', 'losses', `vong-1/${UNIT}.yaml`, '--out', 'diem-bi-tru.docx']);
    await run(['appraisal', 'losses', `vong-1/${UNIT}.yaml`, '--out', 'diem-bi-tru.xlsx']);
    const md = await run(['appraisal', 'losses', `vong-1/${UNIT}.yaml`]);
    expect(md).toContain('| 7.2.1 |');
    expect(md).toContain('| 2,00 | 1,50 |  | 0,50 | Tỷ lệ tính lại theo báo cáo quý IV: 50 % |');
    const lossesPdf = convert(profile, join(work, 'diem-bi-tru.docx'), 'pdf', out);
    const losses = pdfInfo(lossesPdf);
    expect(losses.a4Landscape).toBe(true);
    expect(losses.pages).toBeGreaterThanOrEqual(1);
    expect(losses.pages).toBeLessThanOrEqual(3);
    const lossesText = pdfText(lossesPdf);
    for (const t of [
      'ĐIỂM BỊ TRỪ KHI THẨM ĐỊNH — Xã Thử Nghiệm',
      'Tổng các lĩnh vực',
      '36,63',
      '35,15',
      '1,48',
    ]) {
      expect(lossesText, t).toContain(t);
    }
    pngs(lossesPdf, 'diem-bi-tru', 1);
    const lossesXlsxPdf = convert(
      profile,
      join(work, 'diem-bi-tru.xlsx'),
      'pdf',
      join(out, 'xlsx'),
    );
    expect(pdfInfo(lossesXlsxPdf).a4Landscape).toBe(true);

    // Round 2 in the same workbook, after Calc saved it: the answer and the new points.
    fillAppraisal('calc/tham-dinh-vong-1.xlsx', 'tham-dinh-vong-2.xlsx', ROUND_2);
    const second = await run([
      'appraisal',
      'import',
      'tham-dinh-vong-2.xlsx',
      'vong-1',
      '--out',
      'vong-2',
    ]);
    expect(second).toContain(`Xã Thử Nghiệm: 1 mục thay đổi → vong-2/${UNIT}.yaml`);
    const final = scoreFile(`vong-2/${UNIT}.yaml`);
    expect(final.basePoints).toBe('35.65');
    // 4.1.1 (1 point) not applicable: 35.65 / 99 = 36.0101… %.
    expect(final.shown.index).toBe('36.01');
    const text = readFileSync(join(work, `vong-2/${UNIT}.yaml`), 'utf8');
    expect(text).toContain('unitAnswer: Đơn vị gửi bổ sung Báo cáo 45/BC-BPMC ngày 05/01/2024');

    // The annex: Word and Excel, A4 landscape, the unit last of the commune block.
    await run(['annex', 'vong-2', '--out', 'phu-luc.docx']);
    await run(['annex', 'vong-2', '--out', 'phu-luc.xlsx']);
    const annexPdf = convert(profile, join(work, 'phu-luc.docx'), 'pdf', out);
    const annex = pdfInfo(annexPdf);
    expect(annex.a4Landscape).toBe(true);
    expect(annex.pages).toBe(2); // one block a page: phường, xã
    const annexText = pdfText(annexPdf);
    // self 36.625 − survey 23.5 = 13.125; appraised 12.15; survey 23.5; total 35.65.
    expect(annexText).toMatch(
      /5\s+Xã Thử Nghiệm\s+13,13\s+12,15\s+23,50\s+0,00\s+35,65\s+36,01\s+5\s+Yếu/,
    );
    expect(annexText).toContain('PHỤ LỤC');
    expect(annexText).toContain('Bình quân của khối');
    pngs(annexPdf, 'phu-luc-docx', 2);
    const annexXlsxPdf = convert(profile, join(work, 'phu-luc.xlsx'), 'pdf', join(out, 'xlsx'));
    const annexXlsx = pdfInfo(annexXlsxPdf);
    expect(annexXlsx.a4Landscape).toBe(true);
    expect(annexXlsx.pages).toBe(2); // one sheet a block, one page wide
    expect(pdfText(annexXlsxPdf)).toContain('Xã Thử Nghiệm');
    pngs(annexXlsxPdf, 'phu-luc-xlsx', 2);

    // The unit's sheet of the appraisal workbook, printed.
    await run([
      'appraisal',
      'template',
      `vong-2/${UNIT}.yaml`,
      '--out',
      'tham-dinh-thu-nghiem.xlsx',
    ]);
    const sheetPdf = convert(profile, join(work, 'tham-dinh-thu-nghiem.xlsx'), 'pdf', out);
    expect(pdfInfo(sheetPdf).a4Landscape).toBe(true);
    expect(pdfText(sheetPdf)).toContain('Chấp nhận số liệu bổ sung');
    pngs(sheetPdf, 'bang-tham-dinh', 1);
  }, 600_000);
});
