import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateAssessment,
  generateCriteriaSet,
  generateNation,
} from '../../../bench/generate.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { parseDataText } from '../../../src/node/parse-data-text.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from '../../hostile/fixtures.js';
import { HEAD, SET as KIND_SET } from '../assessment-fixture.js';
import { agree } from './differential.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? dataFiles(join(dir, e.name))
        : /\.(ya?ml|json)$/.test(e.name)
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

/** Every JSON/YAML document under the fixtures, the examples and the bundled criteria. */
function documents(): { file: string; data: unknown }[] {
  return ['test/fixtures', 'examples', 'criteria'].flatMap((d) =>
    dataFiles(join(ROOT, d)).flatMap((file) => {
      const r = parseDataText(readFileSync(file, 'utf8'), file);
      return r.success ? [{ file: relative(ROOT, file), data: r.data }] : [];
    }),
  );
}

function isAssessment(v: unknown): v is { criteriaSet: unknown } {
  return typeof v === 'object' && v !== null && 'criteriaSet' in v && 'entries' in v;
}

describe('fast reader against the full parser', () => {
  it('every assessment in the fixtures and examples: same model, and the fast path takes them', () => {
    const docs = documents();
    const sets = new Map<string, CriteriaSet>();
    for (const { data } of docs) {
      const r = safeParseCriteriaSet(data);
      if (r.success) sets.set(r.data.id, r.data);
    }
    const assessments = docs.filter((d) => isAssessment(d.data));
    let fast = 0;
    const refused: string[] = [];
    for (const { file, data } of assessments) {
      const set = sets.get(String((data as { criteriaSet: unknown }).criteriaSet));
      if (set === undefined) continue;
      if (agree(data, set)) fast++;
      else refused.push(file);
    }
    // By hand: 5 seed folders and the Minh Sơn examples hold well over 60 assessments, all valid.
    expect(assessments.length).toBeGreaterThan(60);
    expect(refused).toEqual([]);
    expect(fast).toBe(assessments.length);
  });

  it('the inline fixtures of the parser and hostile tests', () => {
    expect(agree(assessmentDoc(), parseCriteriaSet(setDoc()))).toBe(true);
    const kindDoc = {
      ...HEAD,
      entries: [
        { code: '1.1', value: 'Không' },
        { code: '1.2', value: { numerator: 3, denominator: 4 } },
        { code: '1.3', value: '2' },
        { code: '1.4', value: '02/12/2023' },
        { code: '1.5', value: { A: '12', B: 3 } },
        { code: '1.6', value: { mean: '3,8' } },
        { code: '1.7', value: '0,75' },
        { code: '1.8', value: { daysLate: 3 } },
      ],
      adjustments: [{ id: 'init', points: '0,5', reason: ' Sáng kiến ' }],
    };
    expect(agree(kindDoc, KIND_SET)).toBe(true);
  });

  it('a sample of the generated national workload (every province, both levels)', () => {
    const nation = generateNation({ provinces: 63, communes: 126, departments: 63 });
    let n = 0;
    for (const p of nation) {
      const communeSet = parseCriteriaSet(p.communeSet);
      const departmentSet = parseCriteriaSet(p.departmentSet);
      for (const doc of p.communes)
        expect(agree(JSON.parse(JSON.stringify(doc)), communeSet)).toBe(true);
      for (const doc of p.departments) expect(agree(doc, departmentSet)).toBe(true);
      n += p.communes.length + p.departments.length;
    }
    expect(n).toBe(189);
  });

  it('generated sets of other sizes', () => {
    for (const leaves of [8, 40, 300]) {
      const doc = generateCriteriaSet(`size-${leaves}`, 'commune', leaves, leaves);
      const set = parseCriteriaSet(doc);
      for (let i = 0; i < 20; i++) {
        const a = generateAssessment(doc, { id: `u${i}`, name: `Xã ${i}`, block: 'xã' }, i * 101);
        expect(agree(a, set)).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: valid documents changed the ways clerks and machines change them.

type Doc = Record<string, unknown> & { entries: Record<string, unknown>[] };

const scalar = fc.oneof(
  fc.constantFrom(
    'Có',
    'co',
    'Không',
    'x',
    'true',
    0,
    1,
    '45/50',
    '0/0',
    '5/0',
    '95,5 %',
    '1001',
    '-1',
    '3,8',
    '2,5',
    '1.234,5',
    '02/12/2023',
    '2023-01-10',
    '31/02/2023',
    '',
    ' ',
    'abc',
    0.25,
    0.5,
    0.75,
    1,
    1.25,
    2,
    4,
    6,
    6.01,
    4.0001,
    '4,00',
    '0,25',
    ' 0.5 ',
    '0.5%',
    -0,
    1e-7,
    null,
    true,
    false,
    0.1,
    0.3,
    '0,3',
    0.05,
    0.15,
    0.35,
    '0,45',
    0.125,
  ),
  fc.integer({ min: -5, max: 500 }),
  fc.double({ min: -1, max: 12, noNaN: true }),
);
const anyValue = fc.oneof(
  scalar,
  fc.record({ numerator: scalar, denominator: scalar }),
  fc.record({ daysLate: scalar }),
  fc.record({ mean: scalar }),
  fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D', ' A', 'Z'), scalar, { maxKeys: 4 }),
  fc.array(scalar, { maxLength: 3 }),
  fc.record({ low: scalar, high: scalar }),
  fc.record({ standardError: scalar }),
  fc.record({ reason: scalar }),
  fc.array(
    fc.record(
      { number: scalar, date: scalar, issuer: fc.constantFrom('UBND', ' Sở Nội vụ ', '') },
      { requiredKeys: [] },
    ),
    { maxLength: 2 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const FIELDS = [
  'value',
  'points',
  'selfScore',
  'appraisal',
  'notApplicable',
  'evidence',
  'explanation',
  'uncertainty',
  'code',
  'extra',
] as const;

interface Mutation {
  readonly kind: 'entry' | 'points' | 'parent' | 'drop' | 'dup' | 'head' | 'adjust' | 'na';
  readonly pick: number;
  readonly field: (typeof FIELDS)[number];
  readonly raw: unknown;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(
    'entry',
    'entry',
    'entry',
    'points',
    'points',
    'parent',
    'drop',
    'dup',
    'head',
    'adjust',
    'na',
    'na',
  ),
  pick: fc.nat(),
  field: fc.constantFrom(...FIELDS),
  raw: anyValue,
});

function codesOf(set: CriteriaSet): { leaves: string[]; parents: string[] } {
  const leaves: string[] = [];
  const parents: string[] = [];
  const walk = (nodes: CriteriaSet['fields']) => {
    for (const n of nodes) {
      (n.children.length > 0 ? parents : leaves).push(n.code);
      walk(n.children);
    }
  };
  walk(set.fields);
  return { leaves, parents };
}

const HEAD_VARIANTS: readonly [string, unknown][] = [
  ['period', 2023],
  ['period', 2023.5],
  ['period', ' 2023 '],
  ['period', ''],
  ['unit', { id: ' xa-a ', name: 'Xa\u0300 A', block: 'xã' }],
  ['unit', { id: 'xa\u200b-a', name: 'Xã A', block: 'xa\u0303' }],
  ['unit', { id: '', name: 'Xã A', block: 'xã' }],
  ['unit', { id: 'a', name: 'Xã A' }],
  ['criteriaSet', 'other-set'],
  ['$schema', './x.json'],
  ['$schema', 5],
  ['extra', 1],
  ['entries', undefined],
  ['adjustments', undefined],
  ['entries', {}],
];

function applyMutation(doc: Doc, m: Mutation, set: CriteriaSet): void {
  const { leaves, parents } = codesOf(set);
  // Earlier mutations may have replaced the list itself.
  const entries: Record<string, unknown>[] = Array.isArray(doc.entries) ? doc.entries : [];
  const at = entries.length === 0 ? undefined : entries[m.pick % entries.length];
  switch (m.kind) {
    case 'entry':
      if (at === undefined) return;
      if (m.field === 'extra') at['note'] = m.raw;
      else at[m.field] = m.raw;
      return;
    case 'points': {
      // Near the grids of the sets (steps 0.25 and 0.05) and their maxima: on, off, above.
      if (at === undefined) return;
      const n = ((m.pick % 41) * 5 + ((m.pick >> 6) % 3) - 1) / 100;
      const written = m.pick % 4 === 0 ? String(n).replace('.', ',') : n;
      const key = (['points', 'selfScore', 'appraisal', 'value'] as const)[(m.pick >> 9) % 4];
      if (key !== undefined) at[key] = key === 'appraisal' && m.pick % 2 ? [written] : written;
      return;
    }
    case 'na':
      if (at === undefined) return;
      at['notApplicable'] = m.pick % 5 === 0 ? { reason: 'Không phát sinh' } : 'Không phát sinh';
      return;
    case 'parent': {
      const code = parents[m.pick % parents.length];
      if (code === undefined) return;
      const points = typeof m.raw === 'number' ? m.raw : (m.pick % 13) / 2;
      entries.push({ code, [m.pick % 3 === 0 ? 'selfScore' : 'points']: points });
      // Often with a child not applicable, so its applicable maximum shrinks.
      const child = leaves[(m.pick >> 3) % leaves.length];
      if (m.pick % 2 === 0 && child !== undefined) {
        const e = entries.find((x) => x['code'] === child);
        if (e) e['notApplicable'] = 'Không áp dụng';
        else entries.push({ code: child, notApplicable: 'Không áp dụng' });
      }
      return;
    }
    case 'drop':
      entries.splice(m.pick % Math.max(1, entries.length), 1);
      return;
    case 'dup':
      if (at !== undefined) entries.push(structuredClone(at));
      return;
    case 'head': {
      const [key, value] = HEAD_VARIANTS[m.pick % HEAD_VARIANTS.length] ?? ['period', '2023'];
      doc[key] = structuredClone(value);
      return;
    }
    case 'adjust': {
      const ids = set.adjustments.map((a) => a.id);
      const id = m.pick % 4 === 0 ? 'nope' : (ids[m.pick % Math.max(1, ids.length)] ?? 'nope');
      doc['adjustments'] = [{ id, points: m.raw, ...(m.pick % 2 ? { reason: ' lý do ' } : {}) }];
      return;
    }
  }
}

const BASES: readonly (() => { doc: Doc; set: CriteriaSet })[] = (() => {
  const hostileSet = parseCriteriaSet(setDoc());
  const genDoc = generateCriteriaSet('fuzz-gen', 'commune', 7, 24);
  const genSet = parseCriteriaSet(genDoc);
  return [
    () => ({ doc: assessmentDoc() as Doc, set: hostileSet }),
    () => ({
      doc: generateAssessment(genDoc, { id: 'u', name: 'Xã U', block: 'xã' }, 3) as unknown as Doc,
      set: genSet,
    }),
    () => ({
      doc: {
        ...HEAD,
        unit: { ...HEAD.unit },
        entries: [
          { code: '1.1', value: 'Không' },
          { code: '1.2', value: { numerator: 3, denominator: 4 } },
          { code: '1.4', value: '02/12/2023', evidence: [{ number: '1', date: '2/1/2023' }] },
          { code: '1.5', value: { A: '12', B: 3 } },
          { code: '1.7', points: '0,75', uncertainty: { low: 0.5, high: 1 } },
        ],
      } as Doc,
      set: KIND_SET,
    }),
  ];
})();

describe('fuzz: the fast reader never accepts what the full parser refuses', () => {
  it('mutated valid documents', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (b, ms) => {
          const base = BASES[b];
          if (base === undefined) return;
          const { doc, set } = base();
          for (const m of ms) applyMutation(doc, m, set);
          if (agree(doc, set)) accepted++;
          else refused++;
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides exercised: many mutations keep the document valid, many do not.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('junk and hostile values', () => {
    const set = parseCriteriaSet(setDoc());
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 3, withDate: true, withMap: true, withNullPrototype: true }),
        (v) => {
          agree(v, set);
          agree({ ...assessmentDoc(), entries: [v] }, set);
          agree({ ...assessmentDoc(), entries: [{ code: '1.1', value: v }] }, set);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
