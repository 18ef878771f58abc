import { afterEach, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { isParIndexError } from '../../src/errors.js';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from './fixtures.js';
import { deepArray, expectCleanOutcome, expectFailure, expectNoPollution } from './helpers.js';

const SET = parseCriteriaSet(setDoc());
type Doc = Record<string, unknown> & { entries: Record<string, unknown>[]; adjustments: unknown[] };
/** The valid assessment with one field of entry `i` replaced. */
const withEntry = (i: number, key: string, value: unknown): Doc => {
  const d = assessmentDoc() as Doc;
  const entry = d.entries[i];
  if (entry) entry[key] = value;
  return d;
};
const assessment = (change: (d: Doc) => void): Doc => {
  const d = assessmentDoc() as Doc;
  change(d);
  return d;
};

afterEach(() => expectNoPollution());

describe('hostile input to the core parsers: not data at all', () => {
  const junk: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'fields: []'],
    ['an array', [setDoc()]],
    ['a function', () => setDoc()],
    ['a bigint', 10n],
    ['a symbol', Symbol('x')],
    ['a Date', new Date(0)],
    ['a Map', new Map([['id', 'x']])],
    ['an object without prototype', Object.create(null) as unknown],
  ];
  it.each(junk)('safeParseCriteriaSet(%s) fails with coded issues', (_, input) => {
    expectFailure(safeParseCriteriaSet(input));
  });
  it.each(junk)('safeParseAssessment(%s) fails with coded issues', (_, input) => {
    expectFailure(safeParseAssessment(input, SET));
  });
  it('parseCriteriaSet and parseAssessment throw only ParIndexError', () => {
    for (const [, input] of junk) {
      expect(() => parseCriteriaSet(input)).toThrow();
      try {
        parseAssessment(input, SET);
      } catch (error) {
        expect(isParIndexError(error)).toBe(true);
      }
    }
  });
});

describe('prototype-ish keys', () => {
  it('rejects __proto__ and constructor at the top of a criteria set as unknown fields', () => {
    const text = JSON.stringify(setDoc()).replace(
      '{',
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
    );
    const issues = expectFailure(safeParseCriteriaSet(JSON.parse(text)), 'unknown_field');
    expect(issues.map((i) => i.path)).toEqual([['__proto__'], ['constructor']]);
  });

  it('rejects __proto__ at the top of an assessment', () => {
    const text = JSON.stringify(assessmentDoc()).replace('{', '{"__proto__":{"polluted":1},');
    const issues = expectFailure(safeParseAssessment(JSON.parse(text), SET), 'unknown_field');
    expect(issues[0]?.path).toEqual(['__proto__']);
  });

  it('treats __proto__, constructor and toString as unknown survey options', () => {
    const counts = JSON.parse('{"A":1,"__proto__":{"polluted":1},"constructor":2,"toString":3}');
    const issues = expectFailure(
      safeParseAssessment(withEntry(6, 'value', counts), SET),
      'unknown_option',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'entries.6.value.__proto__',
      'entries.6.value.constructor',
      'entries.6.value.toString',
    ]);
  });

  it('treats prototype names as unknown criteria and unknown adjustments', () => {
    const doc = assessment((d) => {
      d.entries.push(
        { code: 'constructor', points: 1 },
        { code: '__proto__', points: 1 },
        { code: 'hasOwnProperty', points: 1 },
      );
      d.adjustments.push({ id: 'constructor', points: 1 }, { id: 'toString', points: 1 });
    });
    const codes = expectFailure(safeParseAssessment(doc, SET)).map((i) => i.code);
    expect(codes.filter((c) => c === 'unknown_criterion')).toHaveLength(3);
    expect(codes.filter((c) => c === 'unknown_adjustment')).toHaveLength(2);
  });

  it('scores survey options literally named __proto__ and constructor correctly', () => {
    const doc = setDoc() as { fields: { children: { rule: { options: unknown[] } }[] }[] };
    doc.fields[1]?.children[0]?.rule.options.push(
      { code: '__proto__', weight: 50 },
      { code: 'constructor', weight: 50 },
    );
    const set = parseCriteriaSet(doc);
    const counts = JSON.parse('{"A":1,"__proto__":5,"constructor":2}');
    const a = parseAssessment(withEntry(6, 'value', counts), set);
    // 2 × (1·100 + 5·50 + 2·50) / (100 · 8) = 2 × 450 / 800 = 1.125
    const node = scoreAssessment(set, a).fields[1]?.children[0];
    expect(node?.points).toBe('1.125');
  });
});

describe('hostile numbers', () => {
  const bad: [string, unknown, string][] = [
    ['NaN', Number.NaN, 'invalid_type'],
    ['Infinity', Number.POSITIVE_INFINITY, 'invalid_type'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'invalid_type'],
    ['"1e309"', '1e309', 'invalid_number'],
    ['"1e-400"', '1e-400', 'invalid_number'],
    ['a 40-digit decimal', '0.1234567890123456789012345678901234567890', 'invalid_number'],
    ['a 40-digit integer', '1234567890123456789012345678901234567890', 'invalid_number'],
    ['hex', '0x10', 'invalid_number'],
    ['underscores', '1_000', 'invalid_number'],
    ['Arabic-Indic digits', '١', 'invalid_number'],
    ['an empty string', '', 'invalid_number'],
    ['an object', { valueOf: () => 1 }, 'invalid_type'],
  ];
  it.each(bad)('points = %s is refused with a coded issue at its path', (_, value, code) => {
    const doc = withEntry(1, 'points', value);
    const issues = expectFailure(safeParseAssessment(doc, SET));
    expect(issues[0]?.path).toEqual(['entries', 1, 'points']);
    expect(['invalid_type', 'invalid_number']).toContain(issues[0]?.code);
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it.each(bad)('max = %s is refused in a criteria set', (_, value) => {
    const doc = setDoc() as { fields: { max: unknown; children: { max: unknown }[] }[] };
    const leaf = doc.fields[0]?.children[1];
    if (leaf) leaf.max = value;
    const issues = expectFailure(safeParseCriteriaSet(doc));
    expect(issues.map((i) => i.path.join('.'))).toContain('fields.0.children.1.max');
  });

  it('reads -0 and "-0" as 0 and never prints a negative zero', () => {
    for (const zero of [-0, '-0', '-0,0']) {
      const a = parseAssessment(withEntry(1, 'points', zero), SET);
      const result = scoreAssessment(SET, a);
      // 8.64 − 1 (the direct leaf now scores 0) = 7.64
      expect(result.points).toBe('7.64');
      expect(JSON.stringify(result)).not.toMatch(/"-0(\.0*)?"/);
    }
  });
});

describe('deep, long and odd input', () => {
  it('refuses 10 000 levels of arrays in a field without a stack overflow', () => {
    const doc = setDoc();
    doc['fields'] = deepArray(10_000);
    expectFailure(safeParseCriteriaSet(doc));
    const a = assessmentDoc();
    a['entries'] = deepArray(10_000);
    expectFailure(safeParseAssessment(a, SET));
  });

  it('handles a 1 000-deep criteria tree: parsed and scored, or refused with a coded issue', () => {
    let node: Record<string, unknown> = {
      code: 'leaf',
      name: 'Lá',
      max: 10,
      rule: { kind: 'direct' },
    };
    for (let i = 999; i >= 1; i--)
      node = { code: `n${i}`, name: `Mức ${i}`, max: 10, children: [node] };
    const doc = { ...setDoc(), fields: [node], triggers: [] };
    const r = safeParseCriteriaSet(doc);
    expectCleanOutcome(r);
    if (r.success) {
      const a = parseAssessment(
        {
          criteriaSet: 'hostile-set',
          unit: { id: 'x', name: 'X', block: 'xã' },
          period: '2023',
          entries: [{ code: 'leaf', points: 7.5 }],
        },
        r.data,
      );
      const result = scoreAssessment(r.data, a);
      expect(result.points).toBe('7.5');
      expect(result.index).toBe('75');
    }
  });

  it('refuses 100 000-deep children without a stack overflow', () => {
    let node: Record<string, unknown> = { code: 'leaf', name: 'Lá', max: 1 };
    for (let i = 0; i < 100_000; i++) node = { code: `n${i}`, name: 'x', max: 1, children: [node] };
    const r = safeParseCriteriaSet({ ...setDoc(), fields: [node], triggers: [] });
    expectCleanOutcome(r);
  });

  it('accepts a 1 MB name and a 5 MB description (no length trap, no hang)', () => {
    const doc = setDoc() as { title: string; fields: Record<string, unknown>[] };
    doc.title = 'Bộ '.repeat(350_000);
    const first = doc.fields[0];
    if (first) first['description'] = 'x'.repeat(5_000_000);
    const r = safeParseCriteriaSet(doc);
    expect(r.success).toBe(true);
  });

  it('refuses a 100 000-character code as unknown, with a path', () => {
    const doc = assessment((d) => d.entries.push({ code: '1'.repeat(100_000), points: 1 }));
    const issues = expectFailure(safeParseAssessment(doc, SET), 'unknown_criterion');
    expect(issues[0]?.path).toEqual(['entries', 8, 'code']);
  });

  it('matches codes written with zero-width spaces or NFD diacritics to the NFC code', () => {
    const doc = setDoc() as { fields: { children: { code: string }[] }[] };
    const leaf = doc.fields[0]?.children[0];
    if (leaf) leaf.code = '1.ă'; // NFC
    const set = parseCriteriaSet(doc);
    const a = parseAssessment(withEntry(0, 'code', '\u200b1.a\u0306\u200b'), set);
    expect(a.entries[0]?.code).toBe('1.ă');
  });

  it('finds codes that collide after NFC normalisation as duplicates', () => {
    const doc = setDoc() as { fields: { children: { code: string }[] }[] };
    const [first, second] = doc.fields[0]?.children ?? [];
    if (first && second) {
      first.code = '1.ă';
      second.code = '1.a\u0306';
    }
    expectFailure(safeParseCriteriaSet(doc), 'duplicate_code');
  });

  it('keeps right-to-left marks and overrides out of matches: a clean unknown criterion', () => {
    const doc = assessment((d) => d.entries.push({ code: '\u202e1.1\u200f', points: 1 }));
    expectFailure(safeParseAssessment(doc, SET));
  });

  it('refuses NUL characters inside codes and names cleanly or keeps them as text', () => {
    const doc = setDoc() as { title: string; fields: { code: string }[] };
    doc.title = 'Bộ\u0000chỉ số';
    expectCleanOutcome(safeParseCriteriaSet(doc));
    expectCleanOutcome(safeParseAssessment(withEntry(0, 'code', '1.1\u0000'), SET));
  });
});
