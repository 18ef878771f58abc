import { describe, expect, it } from 'vitest';
import {
  depthName,
  fillLabel,
  formatDate,
  REPORT_LABELS,
  reportLabels,
} from '../../../src/node/reports/labels.js';

describe('report labels', () => {
  it('has the sheet names of the brief in Vietnamese, Vietnamese by default', () => {
    expect(Object.values(reportLabels().sheets)).toEqual([
      'Xếp hạng',
      'Chỉ số thành phần',
      'Điểm chi tiết',
      'Điểm bị trừ',
      'Cảnh báo',
    ]);
    expect(reportLabels('en').sheets.ranking).toBe('Ranking');
  });

  it('keeps sheet names within Excel limits (31 characters, no []:*?/\\)', () => {
    for (const labels of Object.values(REPORT_LABELS)) {
      for (const name of Object.values(labels.sheets)) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });

  it('gives both languages the same keys', () => {
    expect(Object.keys(REPORT_LABELS.en).sort()).toEqual(Object.keys(REPORT_LABELS.vi).sort());
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fillLabel('{n} đơn vị', { n: 17 })).toBe('17 đơn vị');
    expect(fillLabel('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it('names tree levels by depth', () => {
    expect([1, 2, 3, 4].map((d) => depthName(d))).toEqual([
      'Lĩnh vực',
      'Tiêu chí',
      'Tiêu chí thành phần',
      'Tiêu chí thành phần',
    ]);
    expect(depthName(2, 'en')).toBe('Criterion');
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDate('2023-04-10')).toBe('10/04/2023');
    expect(formatDate('2023-04-10', 'en')).toBe('2023-04-10');
    expect(formatDate('cuối quý I')).toBe('cuối quý I');
  });
});
