import { describe, expect, it } from 'vitest';
import { generateAssessment, generateCriteriaSet } from '../../bench/generate.js';
import { compileCriteriaSet } from '../../src/compile/compile-set.js';
import { decisionsOf } from '../../src/engine/decide-check.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

// The grid path and the exact path must take every decision alike (issue 9: "zero
// differences"). A sample of generated national data here; the benchmark runs all of it.
describe('grid and exact paths decide alike', () => {
  it('on 300 generated units of 6 provinces, both levels, every stage', () => {
    let differences = 0;
    let compared = 0;
    for (let p = 0; p < 6; p++) {
      for (const level of ['commune', 'department'] as const) {
        const seed = 7_000 + p * 2 + (level === 'commune' ? 0 : 1);
        const doc = generateCriteriaSet(`p${p}-${level}`, level, seed);
        const set = parseCriteriaSet(doc);
        const program = compileCriteriaSet(set);
        for (let u = 0; u < 25; u++) {
          const unit = {
            id: `u${u}`,
            name: `Đơn vị ${u}`,
            block: level === 'commune' ? 'xã' : 'sở',
          };
          const a = parseAssessment(generateAssessment(doc, unit, seed * 100 + u), set);
          const grid = decisionsOf(program, a, false);
          const exact = decisionsOf(program, a, true);
          if (grid !== exact) differences++;
          expect(grid).toBe(exact);
          compared++;
        }
      }
    }
    expect([compared, differences]).toEqual([300, 0]);
  });
});
