import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import { walkScores } from '../../src/engine/find-node.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { D } from '../../src/internal/decimal.js';
import { walkNodes } from '../../src/internal/tree.js';
import type { CriteriaNode } from '../../src/model/criteria-node.js';
import type { NodeScore, Stage } from '../../src/model/score-result.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';

// Laws of the tree arithmetic, over random assessments of the bundled district set (every rule
// kind): a node without a score of its own has exactly the sum of its children's points, and
// every node has 0 ≤ points ≤ applicable maximum, at every stage.
const set = getCriteriaSet('illustrative-district-2023');
if (set === undefined) throw new Error('bundled set missing');
const leaves = [...walkNodes(set.fields)].filter((n) => n.children.length === 0);

function valueFor(node: CriteriaNode, r: number): unknown {
  const rule = node.rule ?? { kind: 'direct' };
  const q = Math.floor(r * 101);
  switch (rule.kind) {
    case 'yes-no':
      return r < 0.5 ? 'Có' : 'Không';
    case 'ratio-tiers':
    case 'ratio-linear':
      return `${q}/100`;
    case 'deduction':
      return Math.floor(r * 12);
    case 'deadline':
      return { daysLate: Math.floor(r * 30) - 5 };
    case 'survey-options':
      return Object.fromEntries(
        rule.options.map((o, i) => [o.code, ((q * (i + 3)) % 17) + (i === 0 ? 1 : 0)]),
      );
    case 'survey-scale':
      return {
        mean: new D(rule.min).plus(new D(rule.max).minus(rule.min).times(r.toFixed(3))).toFixed(),
      };
    default:
      return undefined;
  }
}

/** A share r of a leaf's maximum, on its step grid when a direct rule has one (else 0.01). */
function directPoints(node: CriteriaNode, r: number): string {
  const step = new D(
    node.rule?.kind === 'direct' && node.rule.step !== undefined ? node.rule.step : '0.01',
  );
  return new D(node.max).times(r.toFixed(3)).dividedBy(step).floor().times(step).toFixed();
}

const entryArb = fc.record({
  r: fc.double({ min: 0, max: 0.999, noNaN: true }),
  mode: fc.constantFrom('value', 'value', 'na', 'missing', 'appraised'),
});

// Values whose decimal expansion does not terminate are printed to 40 significant digits, so
// sums of printed values may differ from the printed sum in the last digits, never more.
const close = (a: InstanceType<typeof D>, b: string) => a.minus(b).abs().lessThan('1e-30');

function checkNode(node: NodeScore): void {
  expect(new D(node.points).greaterThanOrEqualTo(0)).toBe(true);
  expect(new D(node.points).lessThanOrEqualTo(node.max)).toBe(true);
  if (node.children.length > 0 && node.source === 'children') {
    const sum = node.children.reduce((s, c) => s.plus(c.points), new D(0));
    expect(close(sum, node.points)).toBe(true);
    const max = node.children.reduce((s, c) => s.plus(c.max), new D(0));
    expect(max.equals(node.max)).toBe(true);
  }
}

describe('tree arithmetic laws', () => {
  it('parent = Σ children and 0 ≤ points ≤ max at every node and stage', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: leaves.length, maxLength: leaves.length }),
        (picks) => {
          const entries = leaves.flatMap((leaf, i): Record<string, unknown>[] => {
            const p = picks[i];
            if (p === undefined || p.mode === 'missing') return [];
            if (p.mode === 'na') return [{ code: leaf.code, notApplicable: 'Không phát sinh' }];
            const value = valueFor(leaf, p.r);
            const base =
              value === undefined
                ? {
                    code: leaf.code,
                    points: directPoints(leaf, p.r),
                  }
                : { code: leaf.code, value };
            return [
              p.mode === 'appraised'
                ? {
                    ...base,
                    appraisal: directPoints(leaf, p.r / 2),
                    explanation: 'x',
                  }
                : { ...base, explanation: 'x' },
            ];
          });
          const assessment = parseAssessment(
            {
              criteriaSet: set.id,
              unit: { id: 'u', name: 'U', block: 'huyện' },
              period: '2023',
              entries,
            },
            set,
          );
          for (const stage of ['self', 'appraisal', 'final'] as Stage[]) {
            const result = scoreAssessment(set, assessment, { stage });
            for (const node of walkScores(result.fields)) checkNode(node);
            const base = result.fields.reduce((s, f) => s.plus(f.points), new D(0));
            expect(close(base, result.basePoints)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
