import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_FILES,
  bundledRaw,
  bundledSetsText,
  criteriaFiles,
} from '../../scripts/bundled-sets.js';
import { getCriteriaSet, listCriteriaSets } from '../../src/criteria-sets/registry.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

describe('the bundled criteria sets', () => {
  it('are every file of criteria/', () => {
    expect([...BUNDLED_FILES].sort()).toEqual(criteriaFiles());
  });

  it('are carried as parseCriteriaSet builds them (run npx tsx scripts/write-bundled-sets.ts)', () => {
    const committed = readFileSync(
      new URL('../../src/criteria-sets/bundled-sets.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(bundledSetsText());
  });

  it.each(bundledRaw().map((raw, i) => [BUNDLED_FILES[i], raw]))(
    'getCriteriaSet gives %s exactly as parsed from the file',
    (_file, raw) => {
      const set = parseCriteriaSet(raw);
      expect(getCriteriaSet(set.id)).toStrictEqual(set);
    },
  );

  it('lists them in order, and knows no other id', () => {
    expect(listCriteriaSets().map((s) => s.id)).toEqual([
      'illustrative-district-2023',
      'illustrative-commune-2023',
      'illustrative-department-2023',
      'national-province-2017-fields',
    ]);
    expect(listCriteriaSets()[3]).toEqual({
      id: 'national-province-2017-fields',
      title: expect.any(String),
      level: 'province',
      provenance: 'official',
      partial: true,
    });
    expect(listCriteriaSets()[0]?.year).toBe(2023);
    expect(getCriteriaSet('nope')).toBeUndefined();
    expect(getCriteriaSet('illustrative-district-2023')).toBe(
      getCriteriaSet('illustrative-district-2023'),
    );
  });
});
