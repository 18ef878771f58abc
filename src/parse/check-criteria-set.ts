import { fixedGrid } from '../internal/fixed-grid.js';
import { type Q, Q0, qAdd, qDec } from '../internal/rational.js';
import type { CriteriaSetDraft } from '../schema/criteria-set.js';
import type { Problem } from '../schema/problem.js';
import { checkBands } from './check-bands.js';
import { duplicates } from './check-rule.js';
import { checkTree } from './check-tree.js';
import { checkTriggers } from './check-triggers.js';
import { walkNodes } from './tree-walk.js';

function checkHeader(draft: CriteriaSetDraft, treeDepth: number): Problem[] {
  const out: Problem[] = [];
  if (draft.provenance === 'official' && draft.decisions.length === 0) {
    out.push({
      code: 'missing_field',
      path: ['decisions'],
      message:
        "Bộ chỉ số chính thức (provenance: official) phải ghi ít nhất một quyết định ban hành trong 'decisions'.",
      messageEn:
        "An official set (provenance: official) must list at least one decision in 'decisions'.",
    });
  }
  if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) {
    out.push({
      code: 'invalid_value',
      path: ['validTo'],
      message: `Ngày hết hiệu lực ${draft.validTo} đứng trước ngày bắt đầu ${draft.validFrom}.`,
      messageEn: `validTo ${draft.validTo} is before validFrom ${draft.validFrom}.`,
    });
  }
  const depth = draft.criterionRating?.depth;
  if (depth !== undefined && depth > treeDepth) {
    out.push({
      code: 'invalid_value',
      path: ['criterionRating', 'depth'],
      message: `Cây tiêu chí chỉ có ${treeDepth} cấp, không có cấp ${depth} để đánh giá.`,
      messageEn: `The tree has only ${treeDepth} levels; there is no level ${depth} to rate.`,
    });
  }
  return out;
}

/**
 * The engine holds points on a fixed-point grid on which every maximum and cap must be exact
 * (docs/scoring.md, "Exactness"); a set whose maxima need more decimals than a safe grid allows
 * (more than about 9, absurd for points) is refused here rather than scored slowly.
 */
function checkPrecision(draft: CriteriaSetDraft, nodes: ReturnType<typeof walkNodes>): Problem[] {
  const maxima = nodes.map((n) => qDec(n.node.max));
  const caps = draft.adjustments.map((a) => qDec(a.cap));
  let bound: Q = Q0;
  for (const f of draft.fields) bound = qAdd(bound, qDec(f.max));
  for (const c of caps) bound = qAdd(bound, c);
  if (fixedGrid([...maxima, ...caps], bound, draft.rounding.places) !== undefined) return [];
  return [
    {
      code: 'invalid_number',
      path: ['fields'],
      message:
        'Điểm tối đa hoặc mức trần có quá nhiều chữ số thập phân (tối đa khoảng 8–9 chữ số sau dấu phẩy, tùy tổng điểm); hãy làm tròn theo quyết định.',
      messageEn:
        'A maximum or cap has too many decimals (at most about 8–9, depending on the total); round it as the decision does.',
    },
  ];
}

/** Every semantic problem of a shape-valid criteria set, in document order of the sections. */
export function checkCriteriaSet(draft: CriteriaSetDraft): Problem[] {
  const nodes = walkNodes(draft.fields);
  const { bands, criterionRating: rating } = draft;
  const treeDepth = Math.max(...nodes.map((n) => n.depth));
  return [
    ...checkHeader(draft, treeDepth),
    ...checkTree(nodes),
    ...checkPrecision(draft, nodes),
    ...(bands ? checkBands(bands.levels, ['bands', 'levels']) : []),
    ...(rating ? checkBands(rating.levels, ['criterionRating', 'levels']) : []),
    ...duplicates(
      draft.adjustments.map((a) => a.id),
      (i) => ['adjustments', i, 'id'],
      ['điểm thưởng/trừ', 'adjustment'],
    ),
    ...duplicates(
      draft.triggers.map((t) => t.id),
      (i) => ['triggers', i, 'id'],
      ['cảnh báo', 'trigger'],
    ),
    ...checkTriggers(draft.triggers, {
      codes: new Set(nodes.map((n) => n.node.code)),
      tags: new Set(nodes.flatMap((n) => n.node.tags)),
      bands: bands ? new Set(bands.levels.map((l) => l.code)) : undefined,
      ratings: rating ? new Set(rating.levels.map((l) => l.code)) : undefined,
    }),
  ];
}
