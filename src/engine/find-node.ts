import type { NodeScore, ScoreResult } from '../model/score-result.js';

/** Depth-first walk over scored nodes. */
export function* walkScores(nodes: readonly NodeScore[]): Generator<NodeScore> {
  for (const node of nodes) {
    yield node;
    yield* walkScores(node.children);
  }
}

/**
 * Finds a scored node by code.
 *
 * @example
 * findNode(result, '3')?.percent; // the field's sub-index
 */
export function findNode(result: ScoreResult, code: string): NodeScore | undefined {
  for (const node of walkScores(result.fields)) if (node.code === code) return node;
  return undefined;
}
