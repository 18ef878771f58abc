import { dec, sum, toDs } from '../internal/decimal.js';
import type { AssessmentEntry } from '../model/assessment.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import { showEn, showVi } from './show.js';

type Path = readonly (string | number)[];

/** A checked entry with where it stands in the input. */
export interface PlacedEntry {
  readonly entry: AssessmentEntry;
  readonly at: Path;
}

/**
 * Own points (points, self-score, appraisal rounds) on a node can never exceed its applicable
 * maximum: when some children are not applicable, a parent's maximum shrinks, and a field total
 * above it would push the index past 100 % (docs/scoring.md, "The tree"). Maxima in the set are
 * checked elsewhere; this checks only the nodes whose maximum shrank.
 */
export function checkApplicableMax(
  fields: readonly CriteriaNode[],
  placed: readonly PlacedEntry[],
): Problem[] {
  const byCode = new Map(placed.map((p) => [p.entry.code, p]));
  const applicable = new Map<string, DecimalString>();
  const visit = (node: CriteriaNode, underNa: boolean): DecimalString => {
    const na = underNa || byCode.get(node.code)?.entry.notApplicable !== undefined;
    const max = na
      ? toDs(dec(0))
      : node.children.length === 0
        ? node.max
        : toDs(sum(node.children.map((c) => dec(visit(c, na)))));
    if (node.children.length > 0 && na) for (const c of node.children) visit(c, true);
    // Points under a not-applicable node are not counted at all: nothing to check there.
    if (!na) applicable.set(node.code, max);
    return max;
  };
  for (const f of fields) visit(f, false);
  const problems: Problem[] = [];
  for (const { entry, at } of placed) {
    const max = applicable.get(entry.code);
    if (max === undefined) continue;
    const numbers: [DecimalString | undefined, Path][] = [
      [entry.points, [...at, 'points']],
      [entry.selfScore, [...at, 'selfScore']],
      ...entry.appraisal.map((a, k): [DecimalString, Path] => [
        a,
        [...at, 'appraisal', ...(entry.appraisal.length > 1 ? [k] : [])],
      ]),
    ];
    for (const [value, path] of numbers) {
      if (value === undefined || !dec(value).greaterThan(dec(max))) continue;
      problems.push({
        code: 'points_above_max',
        path,
        message: `Điểm ${showVi(value)} của '${entry.code}' vượt điểm tối đa áp dụng ${showVi(max)} (một số tiêu chí con không áp dụng nên điểm tối đa giảm).`,
        messageEn: `Points ${showEn(value)} of '${entry.code}' exceed its applicable maximum ${showEn(max)} (some sub-criteria are not applicable, so the maximum shrinks).`,
      });
    }
  }
  return problems;
}
