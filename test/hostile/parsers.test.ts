import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DecimalString } from '../../src/model/decimal-string.js';
import {
  checkCsvAssessment,
  csvToAssessmentInput,
} from '../../src/node/csv/read-assessment-csv.js';
import { MAX_NESTING, MAX_STRUCTURE_MARKS } from '../../src/node/nesting-depth.js';
import { parseDataText } from '../../src/node/parse-data-text.js';
import { assessmentWarnings } from '../../src/parse/assessment-warnings.js';
import { parseDecimal, readDecimal } from '../../src/parse/decimal-input.js';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { rankValues } from '../../src/ranking/rank.js';
import { cli } from '../cli/helpers.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { expectFailure, expectNoPollution, expectTreeUnchanged, hashTree } from './helpers.js';

const SET = parseCriteriaSet(setDoc());
afterEach(() => expectNoPollution());

/** `1234567` grouped by hand as offices write it: `1.234.567`. */
function grouped(n: number): string {
  const digits = String(n);
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join('.');
}

describe('numbers with both separators', () => {
  it.each(['5.0,5', '1.2.3,4', '1,234.5', '12.34,5', '1.2345,6', '.123,4', '1..234,5'])(
    '%s is not a number (not 50.5, 123.4 or 1.2345)',
    (text) => {
      expect(readDecimal(text)).toEqual({ ok: false, problem: 'not_a_number' });
    },
  );

  it('reads every properly grouped number with a decimal comma exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999_999 }),
        fc.stringMatching(/^\d{1,6}$/),
        (n, frac) => {
          // 1.234.567,89 is 1234567.89: the oracle strips the grouping by construction.
          const want = `${n}.${frac}`.replace(/0+$/, '').replace(/\.$/, '');
          expect(parseDecimal(`${grouped(n)},${frac}`)).toBe(want);
        },
      ),
    );
  });

  it('refuses a dot anywhere but every third digit before the comma', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{1,11}$/),
        fc.nat(),
        fc.stringMatching(/^\d{1,3}$/),
        (digits, at, frac) => {
          const cut = 1 + (at % (digits.length - 1));
          // A single dot is a thousands mark only with exactly three digits after it.
          fc.pre(digits.length - cut !== 3 || cut > 3);
          const text = `${digits.slice(0, cut)}.${digits.slice(cut)},${frac}`;
          expect(parseDecimal(text)).toBeUndefined();
        },
      ),
    );
  });

  it('an assessment with points "5.0,5" has an invalid_number issue at its path', () => {
    const doc = assessmentDoc() as { entries: Record<string, unknown>[] };
    (doc.entries[1] as Record<string, unknown>)['points'] = '0.2,5';
    const issues = expectFailure(safeParseAssessment(doc, SET), 'invalid_number');
    expect(issues.map((i) => i.path.join('.'))).toContain('entries.1.points');
  });
});

/** Text of `depth` nested collections in one of the ways YAML and JSON nest. */
function nested(style: number, depth: number): string {
  switch (style % 5) {
    case 0: // one-space indentation: each key one column deeper than its parent
      return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    case 1: // compact sequences on one line
      return `${'- '.repeat(depth)}x\n`;
    case 2: // JSON
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    case 3: // flow sequences
      return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    default: // block sequences of mappings, two columns a level
      return `${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n')} 1\n`;
  }
}

describe('nesting is measured, not indentation', () => {
  it('refuses exactly what nests deeper than the limit, in every style, without a crash', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.integer({ min: 1, max: 2 * MAX_NESTING }), (style, depth) => {
        const r = parseDataText(nested(style, depth), 'n.yaml');
        // Style 4 nests two collections per line (a sequence holding a mapping).
        const levels = style === 4 ? 2 * depth : depth;
        if (levels > MAX_NESTING) {
          expect(r.success).toBe(false);
          if (!r.success) expect(r.issues[0]?.messageEn).toMatch(/nests too deeply/);
        } else expect(r.success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('1 020 levels at one-space indent are refused with invalid_syntax, not a stack overflow', () => {
    const issues = expectFailure(parseDataText(nested(0, 1020), 'deep.yaml'), 'invalid_syntax');
    expect(issues[0]?.file).toBe('deep.yaml');
  });

  it('a deep indent, quotes, comments and block scalars are not nesting', () => {
    const text = [
      'a:',
      `${' '.repeat(3000)}b: 1`,
      `c: "${'['.repeat(2000)}"`,
      `# ${'{'.repeat(2000)}`,
      'd: |',
      ...Array.from({ length: 600 }, (_, i) => `  ${' '.repeat(i)}[`),
    ].join('\n');
    const r = parseDataText(text, 'wide.yaml');
    expect(r.success).toBe(true);
  });
});

describe('structure is bounded before the YAML reader runs', () => {
  it('refuses a file with more structure marks than the limit in well under 2 s', () => {
    const text = `[${'1,'.repeat(MAX_STRUCTURE_MARKS)}1]`;
    const t0 = performance.now();
    expectFailure(parseDataText(text, 'many.json'), 'file_too_large');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reads a file just under the limit', () => {
    const text = `[${'1,'.repeat(MAX_STRUCTURE_MARKS - 2)}1]`;
    expect(parseDataText(text, 'ok.json').success).toBe(true);
  });

  it('finds a duplicate among 24 000 keys of one mapping without comparing every pair', () => {
    const keys = Array.from({ length: 24_000 }, (_, i) => `k${i}: v`);
    keys.push('k17: again');
    const t0 = performance.now();
    const issues = expectFailure(parseDataText(keys.join('\n'), 'keys.yaml'), 'invalid_syntax');
    // Pairwise comparison took 9 s here; a linear pass takes well under one.
    expect(performance.now() - t0).toBeLessThan(6000);
    expect(issues.map((i) => i.messageEn)).toEqual(['Duplicate key (line 24001, column 1).']);
  });
});

describe('rankValues input guards', () => {
  const unit = (value: unknown) => ({
    unitId: 'a',
    unitName: 'A',
    block: 'xã',
    value: value as DecimalString,
  });
  it.each([Number.NaN, 'NaN', Number.POSITIVE_INFINITY, 'Infinity', '-Infinity', '', {}, null])(
    'value %j is a RangeError',
    (value) => {
      const call = () => rankValues([unit(value)], 2);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/^rankValues: value of unit "a" is not a decimal$/);
    },
  );

  it.each([11, 1e9, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'places %j is a RangeError',
    (places) => {
      const call = () => rankValues([unit('1')], places);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/^rankValues: places must be/);
    },
  );

  it('0 to 10 places work', () => {
    for (let places = 0; places <= 10; places++) {
      expect(rankValues([unit('84.5')], places).blocks[0]?.units[0]?.rank).toBe(1);
    }
  });
});

describe('CSV assessments: a thing given twice is a problem, not "last one wins"', () => {
  const base = [
    'Bộ chỉ số;hostile-set',
    'Mã đơn vị;xa-a',
    'Tên đơn vị;Xã A',
    'Khối;xã',
    'Kỳ;2023',
    'Mã;Giá trị;Điểm',
    '1.2;;1',
  ];

  it('two "Mã đơn vị" rows: duplicate_entry at the second row, naming the first', () => {
    const text = [...base.slice(0, 2), 'Mã đơn vị;xa-b', ...base.slice(2)].join('\n');
    const r = csvToAssessmentInput(text, 'a.csv');
    const issues = expectFailure(r, 'duplicate_entry');
    expect(issues[0]).toMatchObject({ file: 'a.csv', path: ['row 3'] });
    expect(issues[0]?.message).toContain('dòng 2');
  });

  it('two "Giá trị" columns (Vietnamese and English header) and two unit rows: all reported', () => {
    const text = [
      ...base.slice(0, 4),
      'unitId;xa-c',
      ...base.slice(4, 5),
      'Mã;Giá trị;Điểm;value',
      '1.2;;1;5',
    ].join('\n');
    const issues = expectFailure(csvToAssessmentInput(text, 'b.csv'), 'duplicate_entry');
    expect(issues.map((i) => i.path[0])).toEqual(['row 5', 'row 7']);
    expect(issues[1]?.messageEn).toContain("column 'value' (column 4) repeats column 2");
  });

  it('a good CSV still reads (control)', () => {
    const r = csvToAssessmentInput(base.join('\n'), 'c.csv');
    expect(r.success).toBe(true);
    if (r.success) expect(checkCsvAssessment(r.data, SET, 'c.csv').success).toBe(true);
  });
});

describe('a date typed into a percent cell', () => {
  const withRatio = (value: unknown) => {
    const doc = assessmentDoc() as { entries: Record<string, unknown>[] };
    (doc.entries[3] as Record<string, unknown>)['value'] = value;
    return doc;
  };

  it('44 941 % is refused, naming the date 15/01/2023 it probably was', () => {
    const issues = expectFailure(safeParseAssessment(withRatio(44941), SET), 'invalid_value');
    expect(issues[0]?.path).toEqual(['entries', 3, 'value']);
    // Excel day 44 941 = 44 941 − 25 569 = 19 372 days after 1970-01-01 = 2023-01-15.
    expect(issues[0]?.message).toContain('15/01/2023');
  });

  it('any percent above 1 000 is refused; 0 to 1 000 is read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.nat(99), (whole, cents) => {
        const text = `${whole},${String(cents).padStart(2, '0')} %`;
        const r = safeParseAssessment(withRatio(text), SET);
        expect(r.success).toBe(whole < 1000 || (whole === 1000 && cents === 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('what-if --cost with a criterion coded like an Object member', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'par-hostile-proto-'));
    const set = JSON.parse(JSON.stringify(setDoc()).replace('"1.2"', '"constructor"'));
    await writeFile(join(dir, 'set.json'), JSON.stringify(set));
    for (const [id, points] of [
      ['xa-a', 0],
      ['xa-b', 1],
    ] as const) {
      const doc = JSON.parse(JSON.stringify(assessmentDoc()).replace('"1.2"', '"constructor"')) as {
        unit: Record<string, string>;
        entries: Record<string, unknown>[];
      };
      doc.unit = { id, name: id, block: 'xã' };
      (doc.entries[1] as Record<string, unknown>)['points'] = points;
      await writeFile(join(dir, `${id}.json`), JSON.stringify(doc));
    }
    // No cost for "constructor": it must take the default, not Object.prototype.constructor.
    await writeFile(join(dir, 'cost.yaml'), 'costs: { "1.1": 3, toString: 2 }\ncaps: {}\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('plans with the default cost, no crash, nothing polluted, inputs unchanged', async () => {
    const before = await hashTree(dir);
    const run = await cli(
      [
        'what-if',
        'xa-a.json',
        'xa-b.json',
        '-c',
        'set.json',
        '--unit',
        'xa-a',
        '--rank',
        '1',
        '--cost',
        'cost.yaml',
        '--format',
        'json',
      ],
      dir,
    );
    expect(run.err).not.toMatch(/Lỗi không mong đợi|Unexpected error/);
    const issues = run.code === 0 ? [] : run.err;
    // "toString" is no criterion of the set: an input problem naming it, not a crash.
    expect(issues).toContain('toString');
    expect(run.code).toBe(1);
    await writeFile(join(dir, 'cost.yaml'), 'costs: { "1.1": 3 }\n');
    const ok = await cli(
      [
        'what-if',
        'xa-a.json',
        'xa-b.json',
        '-c',
        'set.json',
        '--unit',
        'xa-a',
        '--rank',
        '1',
        '--cost',
        'cost.yaml',
        '--format',
        'json',
      ],
      dir,
    );
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    // xa-a trails xa-b by one point on "constructor" (its only difference): the plan needs 1 point.
    const doc = JSON.parse(ok.out) as { answers: { rank: { pointsNeeded: string } }[] };
    expect(doc.answers[0]?.rank.pointsNeeded).toBe('1');
    before.set('cost.yaml', (await hashTree(dir)).get('cost.yaml') ?? '');
    await expectTreeUnchanged(dir, before);
  });
});

describe('a period far from the set year and evidence dated 2999 or 1900 get a warning', () => {
  const withDates = (period: string, dates: readonly string[]) => {
    const doc = assessmentDoc() as { period: string; entries: Record<string, unknown>[] };
    doc.period = period;
    (doc.entries[0] as Record<string, unknown>)['evidence'] = dates.map((date, i) => ({
      number: `${i}/KH`,
      date,
    }));
    return parseAssessment(doc, SET);
  };

  it('warns exactly when the period is two or more years from 2023, dates outside 2013–2024', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 1900, max: 2999 }),
        (periodYear, docYear) => {
          const warnings = assessmentWarnings(
            withDates(`${periodYear}`, [`${docYear}-05-04`]),
            SET,
          );
          const expected = [
            ...(Math.abs(periodYear - 2023) > 1 ? ['period_far_from_set_year:period'] : []),
            ...(docYear < 2013 || docYear > 2024
              ? ['date_unlikely:entries.0.evidence.0.date']
              : []),
          ];
          expect(warnings.map((w) => `${w.code}:${w.path.join('.')}`)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('validate reads such a file (exit 0, "Hợp lệ") and lists every warning on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'par-hostile-dates-'));
    try {
      await writeFile(join(dir, 'set.json'), JSON.stringify(setDoc()));
      const doc = assessmentDoc() as { period: string; entries: Record<string, unknown>[] };
      doc.period = '2031';
      (doc.entries[0] as Record<string, unknown>)['evidence'] = [
        { number: '1/KH', date: '2999-01-10' },
        { number: '2/KH', date: '05/05/1900' },
      ];
      await writeFile(join(dir, 'a.json'), JSON.stringify(doc));
      const run = await cli(['validate', 'a.json', '-c', 'set.json'], dir);
      expect(run.code).toBe(0);
      expect(run.out).toBe('Hợp lệ: 1 tệp.\n');
      expect(run.err.split('\n')).toEqual([
        'Lưu ý (3), dữ liệu vẫn được dùng:',
        "  - a.json: period: Kỳ đánh giá '2031' cách xa năm 2023 của bộ chỉ số 'hostile-set'; hãy kiểm tra lại kỳ hoặc bộ chỉ số. [period_far_from_set_year]",
        "  - a.json: entries.0.evidence.0.date: Tiêu chí '1.1': tài liệu kiểm chứng số 1/KH ngày 10/01/2999 nằm ngoài khoảng 2013–2024 quanh năm đánh giá 2023; có phải gõ nhầm năm? [date_unlikely]",
        "  - a.json: entries.0.evidence.1.date: Tiêu chí '1.1': tài liệu kiểm chứng số 2/KH ngày 05/05/1900 nằm ngoài khoảng 2013–2024 quanh năm đánh giá 2023; có phải gõ nhầm năm? [date_unlikely]",
        '',
      ]);
      const score = await cli(['score', 'a.json', '-c', 'set.json', '--format', 'json'], dir);
      expect(score.code).toBe(0);
      expect(score.err).toContain('[date_unlikely]');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
