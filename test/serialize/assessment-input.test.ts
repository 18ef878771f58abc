import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { assessmentToInput } from '../../src/serialize/assessment-input.js';
import { SMALL_SET, UNIT_A } from '../engine/fixtures.js';

describe('assessmentToInput', () => {
  it('writes the authoring form that parses back to the same assessment', () => {
    expect(parseAssessment(assessmentToInput(UNIT_A), SMALL_SET)).toEqual(UNIT_A);
  });

  it('round-trips every example assessment (all value kinds used by the bundled sets)', () => {
    const dir = join(import.meta.dirname, '../../examples/minh-son/2023');
    let n = 0;
    for (const block of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, block))) {
        const raw = parse(readFileSync(join(dir, block, f), 'utf8')) as { criteriaSet: string };
        const set = getCriteriaSet(raw.criteriaSet);
        if (set === undefined) throw new Error(`no set ${raw.criteriaSet}`);
        const a = parseAssessment(raw, set);
        expect(parseAssessment(assessmentToInput(a), set)).toEqual(a);
        n++;
      }
    }
    expect(n).toBe(24);
  });

  it('writes each value kind in its documented authoring form', () => {
    const entry = (value: unknown) => ({ code: 'x', appraisal: [], evidence: [], value });
    const out = (value: unknown) =>
      (
        assessmentToInput({ ...UNIT_A, adjustments: [], entries: [entry(value) as never] })[
          'entries'
        ] as {
          value: unknown;
        }[]
      )[0]?.value;
    expect(out({ kind: 'percent', percent: '95.5' })).toBe('95.5%');
    expect(out({ kind: 'days-late', days: 3 })).toEqual({ daysLate: 3 });
    expect(out({ kind: 'mean', mean: '3.8' })).toEqual({ mean: '3.8' });
    expect(out({ kind: 'answers', counts: { A: '1' } })).toEqual({ A: '1' });
    expect(out({ kind: 'date', date: '2023-12-02' })).toBe('2023-12-02');
  });
});
