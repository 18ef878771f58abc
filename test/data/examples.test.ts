import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { D, sum } from '../../src/internal/decimal.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'minh-son');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? yamlFiles(join(dir, e.name))
        : e.name.endsWith('.yaml')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

const SETS = new Map<string, CriteriaSet>(
  readdirSync(join(ROOT, 'criteria'))
    .filter((f) => f.endsWith('.json') && f !== 'criteria.schema.json')
    .map((f) => {
      const set = parseCriteriaSet(JSON.parse(readFileSync(join(ROOT, 'criteria', f), 'utf8')));
      return [set.id, set] as const;
    }),
);

interface Loaded {
  readonly file: string;
  readonly text: string;
  readonly set: CriteriaSet;
  readonly assessment: Assessment;
}

function load(file: string): Loaded {
  const text = readFileSync(file, 'utf8');
  const doc = parse(text) as { criteriaSet?: unknown };
  const set = SETS.get(String(doc.criteriaSet));
  if (set === undefined)
    throw new Error(`${file}: unknown criteria set ${String(doc.criteriaSet)}`);
  return { file: relative(EXAMPLE, file), text, set, assessment: parseAssessment(doc, set) };
}

// Assessments only: the what-if inputs beside them (what-if/) are not assessments.
const FILES = ['2022', '2023'].flatMap((year) => yamlFiles(join(EXAMPLE, year)));
const ALL = FILES.map(load);
const of = (period: string, folder: string): Loaded[] =>
  ALL.filter((l) => l.file.startsWith(`${period}/${folder}/`));

function leafCodes(nodes: readonly CriteriaNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length === 0 ? [n.code] : leafCodes(n.children)));
}

const final = (l: Loaded): ScoreResult => scoreAssessment(l.set, l.assessment);

describe('examples/minh-son (fictional province)', () => {
  it('has 12 districts (2023 and 2022), 4 communes + 4 wards and 4 departments', () => {
    expect(of('2023', 'districts')).toHaveLength(12);
    expect(of('2022', 'districts')).toHaveLength(12);
    expect(
      of('2023', 'communes')
        .map((l) => l.assessment.unit.block)
        .sort(),
    ).toEqual(['phường', 'phường', 'phường', 'phường', 'xã', 'xã', 'xã', 'xã']);
    expect(of('2023', 'departments')).toHaveLength(4);
    expect(FILES).toHaveLength(36);
  });

  it.each(FILES.map((f) => relative(EXAMPLE, f)))('%s parses and is marked fictional', (file) => {
    const l = ALL.find((x) => x.file === file);
    expect(l?.text.startsWith('# Tỉnh Minh Sơn (hư cấu)')).toBe(true);
    expect(file.endsWith(`/${l?.assessment.unit.id}.yaml`)).toBe(true);
    expect(l?.assessment.period).toBe(file.slice(0, 4));
  });

  it('uses the same unit ids in 2022 and 2023', () => {
    const ids = (p: string) => of(p, 'districts').map((l) => l.assessment.unit.id);
    expect(ids('2022')).toEqual(ids('2023'));
    expect(new Set(ids('2023')).size).toBe(12);
  });

  it('gives a value, points or a not-applicable reason for every leaf in 2023', () => {
    for (const l of ALL.filter((x) => x.file.startsWith('2023/'))) {
      const codes = l.assessment.entries.map((e) => e.code);
      expect(codes, l.file).toEqual(leafCodes(l.set.fields));
      for (const e of l.assessment.entries) {
        const given = e.value !== undefined || e.points !== undefined || e.notApplicable;
        expect(given, `${l.file} ${e.code}`).toBeTruthy();
      }
    }
  });

  it('shows self-scores, appraisal rounds, evidence, not-applicable tasks and adjustments', () => {
    const entries = of('2023', 'districts').flatMap((l) => l.assessment.entries);
    expect(entries.filter((e) => e.selfScore !== undefined).length).toBeGreaterThan(100);
    expect(entries.filter((e) => e.appraisal.length === 2).length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.notApplicable !== undefined).length).toBeGreaterThanOrEqual(2);
    const docs = entries.flatMap((e) => e.evidence);
    expect(docs.length).toBeGreaterThan(800);
    for (const doc of docs) {
      expect(doc.number).toMatch(/^\d+\/[A-ZĐ]+-[A-Z]+$/);
      // Plans for the year are dated in its last days of 2022 or in 2023.
      expect(doc.date).toMatch(/^202[23]-\d{2}-\d{2}$/);
      expect(doc.issuer).toBeTruthy();
      expect(doc.title).toContain('2023');
    }
    const adjusted = of('2023', 'districts').filter((l) => l.assessment.adjustments.length > 0);
    expect(adjusted.length).toBeGreaterThanOrEqual(2);
  });

  it('gives 2022 district totals equal to the sum of their field points', () => {
    for (const l of of('2022', 'districts')) {
      // The fields carry published totals; the index of a 100-point set is their plain sum.
      const expected = sum(l.assessment.entries.map((e) => new D(e.points ?? '0')));
      expect(final(l).index, l.file).toBe(expected.toFixed());
    }
  });

  it('spreads the 2023 districts over every band and fires the remediation trigger', () => {
    const results = of('2023', 'districts').map(final);
    expect(new Set(results.map((r) => r.band?.code))).toEqual(
      new Set(['htxs', 'htt', 'htnv', 'khtnv']),
    );
    const fired = results.filter((r) => r.triggers.some((t) => t.id === 'remediation-plan'));
    expect(fired.length).toBeGreaterThanOrEqual(3);
    // At least one unit banded "Hoàn thành tốt" still fires it through a weak field.
    expect(fired.some((r) => r.band?.code === 'htt')).toBe(true);
  });

  it('has two districts tied on the published index but not on the exact one', () => {
    const [a, b] = ['doi-sim', 'gio-nam'].map((id) =>
      final(of('2023', 'districts').find((l) => l.assessment.unit.id === id) as Loaded),
    );
    expect(a?.shown.index).toBe(b?.shown.index);
    expect(a?.index).not.toBe(b?.index);
  });

  it('tells the stories its README tells', () => {
    const results = (period: string) => of(period, 'districts').map(final);
    const rank = (rs: readonly ScoreResult[], id: string): number => {
      const me = rs.find((r) => r.unit.id === id);
      // Competition rank on the published index (2 places), as the ranking does.
      return 1 + rs.filter((r) => Number(r.shown.index) > Number(me?.shown.index)).length;
    };
    const get = (rs: readonly ScoreResult[], id: string) => rs.find((r) => r.unit.id === id);
    const now = results('2023');
    const before = results('2022');
    expect(get(before, 'an-lac')?.band?.code).toBe('htnv');
    expect(get(now, 'an-lac')?.band?.code).toBe('htt');
    expect(rank(now, 'an-lac')).toBeLessThanOrEqual(6);
    const songNgoc = get(now, 'song-ngoc');
    expect(songNgoc?.band?.code).toBe('htt');
    expect(Number(songNgoc?.fields[2]?.percent)).toBeLessThan(75);
    expect(songNgoc?.triggers.map((t) => t.id)).toEqual(['remediation-plan']);
    expect(Number(get(now, 'ho-sen')?.fields[6]?.percent)).toBeLessThan(75);
    expect(get(now, 'cat-trang')?.band?.code).toBe('khtnv');
    expect(rank(before, 'rung-thong')).toBe(12);
    expect(rank(now, 'rung-thong')).toBeLessThan(12);
  });
});
