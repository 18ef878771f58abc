import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isoDayNumber, viDate } from '../../src/rules/calendar.js';

describe('isoDayNumber', () => {
  it('counts days from 1970-01-01 (values from Python date.toordinal)', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('1969-12-31')).toBe(-1);
    expect(isoDayNumber('2000-03-01')).toBe(11017);
    expect(isoDayNumber('2024-02-29')).toBe(19782);
    expect(isoDayNumber('0001-01-01')).toBe(-719162);
    expect(isoDayNumber('1600-02-29')).toBe(-135081);
    expect(isoDayNumber('9999-12-31')).toBe(2932896);
  });

  it('rejects what is not a real ISO date', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31']) {
      expect(() => isoDayNumber(bad)).toThrow(TypeError);
    }
    const malformed = [
      '02/12/2023',
      '2023-1-5',
      '2023-12-02T00:00',
      '',
      '2023-12-0a',
      '2023/12/02',
    ];
    // Ten characters, dashes in place, but a digit that is not one: '.' and ':' sit beside '0'-'9'.
    malformed.push(
      '2023-12-0:',
      '2.23-12-02',
      '+023-12-02',
      '2023-1.-02',
      '２０２３-12-02',
      ' 2023-12-02',
    );
    for (const bad of malformed) {
      expect(() => isoDayNumber(bad)).toThrow(/^evaluateRule: /);
    }
  });

  it('agrees with Date.UTC on random dates', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(100, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const expected = Math.floor(d.getTime() / 86_400_000);
          expect(isoDayNumber(iso)).toBe(expected);
        },
      ),
    );
  });
});

describe('daysBetween', () => {
  it('crosses month and year ends and leap days', () => {
    expect(daysBetween('2023-11-30', '2023-12-02')).toBe(2);
    expect(daysBetween('2023-12-30', '2024-01-02')).toBe(3);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-02-29', '2024-03-01')).toBe(1);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1); // 1900 is not a leap year
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2); // 2000 is
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
    expect(daysBetween('2024-02-29', '2025-02-28')).toBe(365);
    expect(daysBetween('2023-12-02', '2023-11-30')).toBe(-2);
  });
});

describe('viDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(viDate('2023-12-02')).toBe('02/12/2023');
    expect(viDate('2024-02-29')).toBe('29/02/2024');
  });
});
