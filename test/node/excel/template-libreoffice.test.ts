import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../../src/criteria-sets/registry.js';
import { walkScores } from '../../../src/engine/find-node.js';
import { scoreAssessment } from '../../../src/engine/score-assessment.js';
import type { ScoreResult } from '../../../src/model/score-result.js';
import { readAssessmentWorkbook } from '../../../src/node/excel/import.js';
import { COL } from '../../../src/node/excel/layout.js';
import { writeAssessmentTemplate } from '../../../src/node/excel/template.js';
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

// The office's round trip with real programs: par-index writes the template, Python openpyxl
// (an independent writer) fills it, LibreOffice Calc recalculates it and saves it again (as
// .xlsx, and through .ods), par-index imports it. The sheet's live "Điểm tính" column must
// agree with the engine everywhere it shows a number.

const missing = [
  SOFFICE === undefined && 'LibreOffice (soffice)',
  PYTHON_OPENPYXL === undefined && 'python3-openpyxl',
];
const ready = SOFFICE !== undefined && PYTHON_OPENPYXL !== undefined;
const SET = getCriteriaSet('illustrative-commune-2023');
if (SET === undefined) throw new Error('bundled set missing');
const set = SET;
const out = artefactDir('template-round-trip');
const profile = ready ? libreOfficeProfile() : '';
afterAll(() => {
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

const HEADER = { C3: 'Xã Hoa Ban (hư cấu)', C4: 'hoa-ban', C5: 'xã', C6: '2023' };
// Values typed the ways clerks type them; the points by hand, from the set's rules.
const ROWS: Record<string, Record<string, string | number>> = {
  '1.1.1': { E: 3 }, // 3 days late, within 10 → 0.5
  '1.1.2': { E: 95 }, // 95 % ≥ 80 → 0.75
  '1.1.3': { E: 'Có' }, // → 0.5
  '1.2.1': { E: 2 }, // 1.5 − 2 × 0.25 → 1
  '1.2.2': { E: 'Không' }, // → 0
  '1.3': { F: 1.75 }, // scored directly → 1.75
  '1.4': { E: '45/50' }, // 90 % ≥ 90 → 1.5
  '2.1.1': { E: 'Có', F: 0.5 }, // the declared self-score wins → 0.5
  '2.2.2': { E: '85%' }, // ≥ 80 → 0.5
  '2.3.1': { E: 97.5 }, // proportional → 0.975
  '3.2.2': { E: 2 }, // lower is better: 2 ≤ 3 → 1.5
  '3.2.3': { E: 80 }, // 1.5 × (80 − 50) / 50 → 0.9
  '3.4.2': { E: 5 }, // 0.5 − 5 × 0.25, not below 0 → 0
  '4.1.1': { H: 'Không phát sinh trong năm' }, // not applicable → 0
  '6.1.1': { E: 12 }, // 12 days late, within 15 → 0.75
  '7.2.1': { E: '60' }, // 3 × (60 − 20) / 60 → 2
  '8.1.1': { F: 3.2 },
  '8.1.2': { F: 3 },
  '8.1.3': { F: 3.5 },
  '8.1.4': { F: 2.8 },
  '8.1.5': { F: 3.1 },
  '8.2.1': { F: 2.5 },
  '8.2.2': { F: 2.6 },
  '8.2.3': { E: 3.8 }, // 4 × (3.8 − 1) / 4 → 2.8
};
// Fields 6 + 1.975 + 2.4 + 0 + 0 + 0.75 + 2 + 23.5 (field 8: 3.2+3+3.5+2.8+3.1+2.5+2.6+2.8).
const HAND_TOTAL = 36.625;
const HAND: Record<string, number> = {
  '1.1.1': 0.5,
  '1.4': 1.5,
  '2.1.1': 0.5,
  '2.3.1': 0.975,
  '3.2.3': 0.9,
  '3.4.2': 0,
  '4.1.1': 0,
  '6.1.1': 0.75,
  '7.2.1': 2,
  '8.2.3': 2.8,
  '1': 6,
  '8': 23.5,
};

async function fill(rows: typeof ROWS, name: string): Promise<string> {
  const template = join(out, 'template.xlsx');
  writeFileSync(template, await writeAssessmentTemplate(set, { lang: 'vi' }));
  const spec = join(out, `${name}.json`);
  writeFileSync(spec, JSON.stringify({ header: HEADER, rows }));
  const filled = join(out, `${name}.xlsx`);
  execFileSync(
    PYTHON_OPENPYXL ?? 'python3',
    [join(ROOT, 'test/fixtures/excel/fill-template.py'), template, filled, spec],
    { stdio: 'pipe' },
  );
  return filled;
}

async function importScore(file: string): Promise<ScoreResult> {
  const r = await readAssessmentWorkbook(new Uint8Array(readFileSync(file)), set, { file });
  if (!r.success) throw new Error(r.issues.map((i) => i.messageEn).join('\n'));
  return scoreAssessment(set, r.data, { stage: 'self' });
}

/** The "Điểm tính" column as LibreOffice computed it, by criterion code (and the total row). */
async function computed(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).slice().buffer);
  const ws = wb.worksheets[0];
  const values = new Map<string, unknown>();
  ws?.eachRow((row) => {
    const code = row.getCell(COL.code).value;
    const name = String(row.getCell(COL.name).value ?? '');
    const key = typeof code === 'string' ? code : name.startsWith('TỔNG') ? 'total' : undefined;
    const cell = row.getCell(COL.computed);
    // cell.result: exceljs drops a cached 0 from cell.value.
    if (key !== undefined && cell.formula !== undefined) values.set(key, cell.result);
  });
  return values;
}

describe('template → openpyxl → LibreOffice → import', () => {
  it.skipIf(!ready)(
    needs('the sheet computes what the engine computes, and the scores survive the trip', missing),
    async () => {
      const filled = await fill(ROWS, 'filled-openpyxl');
      const direct = await importScore(filled);
      // LibreOffice opens the openpyxl file (no cached values), recalculates and saves .xlsx.
      const dir = join(out, 'recalculated');
      const recalculated = convert(profile, filled, 'xlsx:Calc MS Excel 2007 XML', dir);
      const viaLo = await importScore(recalculated);
      expect(viaLo).toEqual(direct);
      expect(direct.basePoints).toBe(String(HAND_TOTAL));

      const sheet = await computed(recalculated);
      const engine = new Map([...walkScores(direct.fields)].map((n) => [n.code, n.points]));
      expect(sheet.size).toBe(engine.size + 1);
      for (const [code, points] of engine) {
        const shown = sheet.get(code);
        // Every row of this fill is one the sheet can compute: a number, equal to the engine's.
        expect(typeof shown, `${code}: ${String(shown)}`).toBe('number');
        expect(Math.abs(Number(shown) - Number(points)), code).toBeLessThan(1e-9);
      }
      for (const [code, points] of Object.entries(HAND)) expect(sheet.get(code), code).toBe(points);
      expect(sheet.get('total')).toBe(HAND_TOTAL);
      copyFileSync(recalculated, join(out, 'recalculated-by-libreoffice.xlsx'));
      // Printed as a clerk would print it, to look at (A4 landscape, headers repeated).
      const pdf = convert(profile, recalculated, 'pdf', join(out, 'printed'));
      if (POPPLER) {
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
        execFileSync('pdftoppm', [
          '-r',
          '90',
          '-png',
          '-f',
          '1',
          '-l',
          '2',
          pdf,
          join(out, 'printed-page'),
        ]);
      }
    },
    120_000,
  );

  it.skipIf(!ready)(
    needs('a value the sheet cannot compute says "chấm bằng par-index", up to the total', missing),
    async () => {
      // Survey answers per option (written with commas), with no declared self-score.
      const rows = { ...ROWS, '8.1.5': { E: 'A=120, B=30, C=5, D=0' } };
      const filled = await fill(rows, 'filled-survey-answers');
      const recalculated = convert(
        profile,
        filled,
        'xlsx:Calc MS Excel 2007 XML',
        join(out, 'survey'),
      );
      const sheet = await computed(recalculated);
      expect(sheet.get('8.1.5')).toBe('chấm bằng par-index');
      expect(sheet.get('8')).toBe('chấm bằng par-index');
      expect(sheet.get('total')).toBe('chấm bằng par-index');
      expect(sheet.get('8.1.4')).toBe(2.8);
      // par-index reads the answers: 4 × (120×100 + 30×60 + 5×20) / (100 × 155) = 3.587096…
      const r = await importScore(recalculated);
      const leaf = [...walkScores(r.fields)].find((n) => n.code === '8.1.5');
      expect(leaf?.points.startsWith('3.5870967741935483870967741935')).toBe(true);
    },
    120_000,
  );

  it.skipIf(!ready)(
    needs('through .ods and back: the same assessment and the same scores', missing),
    async () => {
      const filled = await fill(ROWS, 'filled-for-ods');
      const direct = await importScore(filled);
      const ods = convert(profile, filled, 'ods', join(out, 'ods'));
      const back = convert(profile, ods, 'xlsx:Calc MS Excel 2007 XML', join(out, 'ods-back'));
      expect(await importScore(back)).toEqual(direct);
    },
    180_000,
  );
});
