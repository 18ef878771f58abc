import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { D, sum } from '../../src/internal/decimal.js';
import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

const DIR = fileURLToPath(new URL('../../criteria/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'criteria.schema.json')
  .sort();

function load(file: string): { raw: { readonly $schema?: unknown }; set: CriteriaSet } {
  const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { readonly $schema?: unknown };
  return { raw, set: parseCriteriaSet(raw) };
}

function* walk(nodes: readonly CriteriaNode[], depth = 1): Generator<[CriteriaNode, number]> {
  for (const n of nodes) {
    yield [n, depth];
    yield* walk(n.children, depth + 1);
  }
}

const leaves = (set: CriteriaSet): CriteriaNode[] =>
  [...walk(set.fields)].map(([n]) => n).filter((n) => n.children.length === 0);

/** Sum of the leaves' maxima by scoring method, as plain strings. */
function byMethod(set: CriteriaSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of ['appraisal', 'survey'] as const) {
    out[m] = sum(
      leaves(set)
        .filter((n) => n.method === m)
        .map((n) => new D(n.max)),
    ).toFixed();
  }
  return out;
}

const byId = (id: string): CriteriaSet => {
  const file = FILES.find((f) => f === `${id}.json`);
  if (file === undefined) throw new Error(`no bundled set ${id}`);
  return load(file).set;
};

describe('every bundled criteria set', () => {
  it('ships the four expected sets', () => {
    expect(FILES).toEqual([
      'illustrative-commune-2023.json',
      'illustrative-department-2023.json',
      'illustrative-district-2023.json',
      'national-province-2017-fields.json',
    ]);
  });

  it.each(FILES)('%s parses, is named by its id and points at the JSON Schema', (file) => {
    const { raw, set } = load(file);
    expect(`${set.id}.json`).toBe(file);
    expect(raw.$schema).toBe('./criteria.schema.json');
  });

  it('has unique set ids', () => {
    const ids = FILES.map((f) => load(f).set.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(FILES)('%s has unique codes and parents equal to the sum of their children', (file) => {
    const { set } = load(file);
    const codes = [...walk(set.fields)].map(([n]) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [n] of walk(set.fields)) {
      if (n.children.length === 0) continue;
      expect(sum(n.children.map((c) => new D(c.max))).toFixed(), n.code).toBe(
        new D(n.max).toFixed(),
      );
    }
    expect(sum(set.fields.map((f) => new D(f.max))).toFixed()).toBe('100');
    expect(set.max).toBe('100');
  });

  it.each(FILES)('%s states its provenance honestly', (file) => {
    const { set } = load(file);
    expect(['official', 'illustrative']).toContain(set.provenance);
    expect(set.provenanceNote?.length ?? 0).toBeGreaterThan(50);
    if (set.provenance === 'official') {
      expect(set.decisions.length).toBeGreaterThan(0);
      for (const d of set.decisions) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      // Illustrative sets cite no decision (that would suggest they transcribe one) and say so.
      expect(set.decisions).toEqual([]);
      expect(set.title).toContain('minh họa');
      expect(set.titleEn).toContain('illustrative');
      expect(set.provenanceNote).toContain('MINH HỌA');
      expect(set.provenanceNote).toContain('ILLUSTRATIVE');
    }
  });

  it.each(FILES)('%s gives every node an English name', (file) => {
    for (const [n] of walk(load(file).set.fields)) expect(n.nameEn, n.code).toBeTruthy();
  });

  it.each(FILES)('%s marks every A/B/C/D survey weighting as an implementation choice', (file) => {
    const set = load(file).set;
    for (const [n] of walk(set.fields)) {
      if (n.rule?.kind !== 'survey-options') continue;
      expect(n.rule.options.map((o) => [o.code, o.weight])).toEqual([
        ['A', '100'],
        ['B', '60'],
        ['C', '20'],
        ['D', '0'],
      ]);
      const parent = [...walk(set.fields)].find(([p]) => p.children.includes(n))?.[0];
      expect(parent?.description, n.code).toContain('không phải quy định chính thức');
    }
  });
});

describe('illustrative-district-2023', () => {
  const set = byId('illustrative-district-2023');

  it('has the 8 national fields, 80 appraised + 20 survey points, 3 levels and 111 leaves', () => {
    expect(set.level).toBe('district');
    expect(set.fields.map((f) => f.max)).toEqual(['11', '7', '16', '8', '11', '10', '17', '20']);
    expect(byMethod(set)).toEqual({ appraisal: '80', survey: '20' });
    expect(Math.max(...[...walk(set.fields)].map(([, d]) => d))).toBe(3);
    expect(leaves(set)).toHaveLength(111);
    expect(set.fields[2]?.tags).toEqual(['tthc']);
    expect(set.fields[6]?.tags).toEqual(['digital-government']);
    expect(set.fields[7]?.method).toBe('survey');
  });

  it('uses every scoring rule kind, including lower-better tiers and a due date', () => {
    const rules = leaves(set).flatMap((n) => (n.rule ? [n.rule] : []));
    expect(new Set(rules.map((r) => r.kind))).toEqual(
      new Set([
        'direct',
        'yes-no',
        'ratio-tiers',
        'ratio-linear',
        'deduction',
        'deadline',
        'survey-options',
        'survey-scale',
      ]),
    );
    expect(rules.some((r) => r.kind === 'ratio-tiers' && r.direction === 'lower-better')).toBe(
      true,
    );
    expect(rules.some((r) => r.kind === 'deadline' && r.due === '2023-01-15')).toBe(true);
    expect(rules.some((r) => r.kind === 'deduction' && r.perItem === '0.25')).toBe(true);
  });

  it('scores public investment disbursement (6.2.1) with descending tiers', () => {
    const node = leaves(set).find((n) => n.code === '6.2.1');
    expect(node?.rule).toEqual({
      kind: 'ratio-tiers',
      direction: 'higher-better',
      tiers: [
        { at: '100', points: '2' },
        { at: '95', points: '1.5' },
        { at: '90', points: '1' },
        { at: '80', points: '0.5' },
      ],
      otherwise: '0',
    });
  });

  it('has the illustrative bands, criterion rating, adjustments and remediation trigger', () => {
    expect(set.bands?.levels.map((l) => [l.code, l.min, l.weak])).toEqual([
      ['htxs', '90', false],
      ['htt', '80', false],
      ['htnv', '65', false],
      ['khtnv', '0', true],
    ]);
    expect(set.criterionRating?.depth).toBe(2);
    expect(set.criterionRating?.scale.levels.map((l) => l.min)).toEqual(['80', '65', '50', '0']);
    expect(set.adjustments.map((a) => [a.id, a.kind, a.cap])).toEqual([
      ['initiative', 'bonus', '1'],
      ['discipline', 'penalty', '2'],
    ]);
    expect(set.triggers).toHaveLength(1);
    expect(set.triggers[0]?.due).toBe('2023-04-10');
    expect(set.triggers[0]?.when).toEqual({
      kind: 'any',
      conditions: [
        { kind: 'band-in', bands: ['htnv', 'khtnv'] },
        { kind: 'node-below', node: { tag: 'tthc' }, percent: '75' },
        { kind: 'node-below', node: { tag: 'digital-government' }, percent: '75' },
      ],
    });
  });
});

describe('illustrative-commune-2023', () => {
  const set = byId('illustrative-commune-2023');

  it('splits 70 appraised + 30 survey points over 57 leaves', () => {
    expect(set.level).toBe('commune');
    expect(byMethod(set)).toEqual({ appraisal: '70', survey: '30' });
    expect(leaves(set)).toHaveLength(57);
  });

  it('bands at 80/70/60 and flags a weak criterion', () => {
    expect(set.bands?.levels.map((l) => [l.code, l.min])).toEqual([
      ['tot', '80'],
      ['kha', '70'],
      ['tb', '60'],
      ['yeu', '0'],
    ]);
    expect(set.triggers.map((t) => t.id)).toEqual(['remediation-plan', 'weak-criterion']);
    expect(set.triggers[1]?.when).toEqual({ kind: 'criterion-rated' });
  });
});

describe('illustrative-department-2023', () => {
  it('is small: 85 appraised + 15 survey points over 28 leaves, index and all() triggers', () => {
    const set = byId('illustrative-department-2023');
    expect(set.level).toBe('department');
    expect(byMethod(set)).toEqual({ appraisal: '85', survey: '15' });
    expect(leaves(set)).toHaveLength(28);
    expect(set.triggers.map((t) => t.when.kind)).toEqual(['index-below', 'all']);
    expect(set.criterionRating?.depth).toBe(1);
  });
});

describe('national-province-2017-fields', () => {
  it('transcribes only the 2948/QĐ-BNV field maxima (domain.md), marked partial', () => {
    const set = byId('national-province-2017-fields');
    expect(set.provenance).toBe('official');
    expect(set.partial).toBe(true);
    expect(set.level).toBe('province');
    expect(set.decisions.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['2948/QĐ-BNV', '2017-12-28', 'Bộ Nội vụ'],
    ]);
    expect(set.fields.map((f) => f.max)).toEqual([
      '10',
      '10',
      '14.5',
      '11',
      '16',
      '7',
      '16',
      '15.5',
    ]);
    for (const f of set.fields) {
      expect(f.children).toEqual([]);
      expect(f.rule).toEqual({ kind: 'direct' });
    }
    expect(set.provenanceNote).toContain(
      'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610',
    );
  });
});
