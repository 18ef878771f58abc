import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { generateAssessment, generateCriteriaSet } from '../../bench/generate.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { parseDataText } from '../../src/node/parse-data-text.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from '../hostile/fixtures.js';
import { HEAD, SET as KIND_SET } from './assessment-fixture.js';

// Assessment documents to run the parser's paths on: every one in the repository, and valid
// documents changed the ways clerks and machines change them.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

/** Every assessment in the fixtures and examples, with its criteria set. */
export function repositoryAssessments(): { file: string; data: unknown; set: CriteriaSet }[] {
  const docs = documents();
  const sets = new Map<string, CriteriaSet>();
  for (const { data } of docs) {
    const r = safeParseCriteriaSet(data);
    if (r.success) sets.set(r.data.id, r.data);
  }
  return docs.flatMap(({ file, data }) => {
    if (!isAssessment(data)) return [];
    const set = sets.get(String(data.criteriaSet));
    return set === undefined ? [] : [{ file, data, set }];
  });
}

/** A document being changed. */
export type Doc = Record<string, unknown> & { entries: Record<string, unknown>[] };

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

/** One change: what, where (`pick`) and with what. */
export interface Mutation {
  readonly kind: 'entry' | 'points' | 'parent' | 'drop' | 'dup' | 'head' | 'adjust' | 'na';
  readonly pick: number;
  readonly field: (typeof FIELDS)[number];
  readonly raw: unknown;
}
/** One change to a document. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
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

/** Applies `m` to `doc` (in place). */
export function applyMutation(doc: Doc, m: Mutation, set: CriteriaSet): void {
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

/** Valid documents with their sets, fresh on each call. */
export const BASES: readonly (() => { doc: Doc; set: CriteriaSet })[] = (() => {
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
