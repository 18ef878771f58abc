import type { CriteriaNodeDraft } from '../schema/node.js';

/** A node of a draft tree with its path in the input document and its depth (1 = field). */
export interface NodeAt {
  readonly node: CriteriaNodeDraft;
  readonly path: readonly (string | number)[];
  readonly depth: number;
}

/** Every node of the tree, depth first in document order. */
export function walkNodes(fields: readonly CriteriaNodeDraft[]): NodeAt[] {
  const out: NodeAt[] = [];
  const visit = (node: CriteriaNodeDraft, path: readonly (string | number)[], depth: number) => {
    out.push({ node, path, depth });
    node.children.forEach((child, i) => {
      visit(child, [...path, 'children', i], depth + 1);
    });
  };
  fields.forEach((field, i) => {
    visit(field, ['fields', i], 1);
  });
  return out;
}
