import type { CriteriaNode } from '../model/criteria-node.js';

/** Depth-first walk over criteria nodes. */
export function* walkNodes(nodes: readonly CriteriaNode[]): Generator<CriteriaNode> {
  for (const node of nodes) {
    yield node;
    yield* walkNodes(node.children);
  }
}

/** A criteria node by code, or undefined. */
export function findCriteriaNode(
  nodes: readonly CriteriaNode[],
  code: string,
): CriteriaNode | undefined {
  for (const node of walkNodes(nodes)) if (node.code === code) return node;
  return undefined;
}

/** Depth-first walk with each node's depth (1 for fields). */
export function* walkWithDepth(
  nodes: readonly CriteriaNode[],
  depth = 1,
): Generator<readonly [CriteriaNode, number]> {
  for (const node of nodes) {
    yield [node, depth];
    yield* walkWithDepth(node.children, depth + 1);
  }
}
