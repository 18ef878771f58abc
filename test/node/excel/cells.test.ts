import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  contentText,
  numberText,
  readCell,
  vietnameseDateToIso,
} from '../../../src/node/excel/cells.js';
import { toCellIssue } from '../../../src/node/excel/import-paths.js';

function cellWith(value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const ws = new ExcelJS.Workbook().addWorksheet('S');
  const cell = ws.getCell('A1');
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

describe('readCell', () => {
  it('reduces every exceljs value form to text, number, date, bool, formula or error', () => {
    const read = (v: ExcelJS.CellValue, f?: string) => contentText(readCell(cellWith(v, f)));
    expect(read({ richText: [{ text: 'Có ' }, { text: 'lẽ' }] })).toBe('Có lẽ');
    expect(read({ text: 'Cổng', hyperlink: 'https://x.vn' })).toBe('Cổng');
    expect(read({ formula: '1+1', result: 2 })).toBe('2');
    expect(read({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(read(true)).toBe('TRUE');
    expect(read(false)).toBe('FALSE');
    expect(read(new Date(Date.UTC(2024, 0, 10)))).toBe('2024-01-10');
    expect(read(0.955, '0.0%')).toBe('95.5%');
    expect(read('   ')).toBeUndefined();
    expect(read(null)).toBeUndefined();
    expect(read('Cộng'.normalize('NFD'))).toBe('Cộng');
  });

  it('keeps 15 significant digits of Excel doubles, exactly', () => {
    // 1.1 is stored by Excel as 1.1000000000000001; 0.1 + 0.2 as 0.30000000000000004.
    expect(numberText(1.1000000000000001)).toBe('1.1');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(0.0755, true)).toBe('7.55');
  });

  it('reads Vietnamese dates day first', () => {
    expect(vietnameseDateToIso('5/1/2024')).toBe('2024-01-05');
    expect(vietnameseDateToIso('15.02.2024')).toBe('2024-02-15');
    expect(vietnameseDateToIso('2024-02-15')).toBe('2024-02-15');
    expect(vietnameseDateToIso('hôm qua')).toBe('hôm qua');
  });
});

describe('toCellIssue', () => {
  const map = { sheet: 'S', file: 'f.xlsx', entryRows: [12], adjustmentRows: [23] };
  const issue = (path: (string | number)[]) =>
    toCellIssue({ code: 'invalid_value', path, message: 'm', messageEn: 'e' }, map).path;
  it('maps every part of the assessment to its cell', () => {
    expect(issue(['unit'])).toEqual(['S', 'C3']);
    expect(issue(['unit', 'block'])).toEqual(['S', 'C5']);
    expect(issue(['criteriaSet'])).toEqual(['S', 'C7']);
    expect(issue(['entries', 0, 'evidence', 1, 'issuer'])).toEqual(['S', 'K12']);
    expect(issue(['entries', 0, 'evidence', 1])).toEqual(['S', 'I12']);
    expect(issue(['entries', 0])).toEqual(['S', 'A12']);
    expect(issue(['entries', 5, 'value'])).toEqual(['S', 'entries', 5, 'value']);
    expect(issue(['adjustments', 0, 'points'])).toEqual(['S', 'F23']);
    expect(issue(['adjustments', 0, 'reason'])).toEqual(['S', 'N23']);
    expect(issue(['adjustments', 0, 'id'])).toEqual(['S', 'A23']);
    expect(issue(['adjustments', 3])).toEqual(['S', 'adjustments', 3]);
    expect(issue(['other'])).toEqual(['S', 'other']);
  });
});
