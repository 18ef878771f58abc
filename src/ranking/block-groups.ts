import { identityKey } from '../parse/code-key.js';
import { compareVi } from './collate.js';

/** Something placed in a block: its block name and criteria set. */
interface Placed<T> {
  readonly item: T;
  readonly block: string;
  readonly criteriaSetId?: string | undefined;
}

/** The items of one block (criteria set, block name). */
export interface BlockGroup<R, U> {
  readonly block: string;
  readonly criteriaSetId?: string | undefined;
  readonly ranked: R[];
  readonly unranked: U[];
}

/**
 * Groups ranked and unranked items by block: the pair (criteria set, block name), block names
 * compared without case or invisible characters (the first spelling met names the block).
 * Blocks come in Vietnamese alphabetical order of name, then by criteria set id.
 */
export function groupBlocks<R, U>(
  ranked: readonly Placed<R>[],
  unranked: readonly Placed<U>[],
): BlockGroup<R, U>[] {
  const groups = new Map<string, BlockGroup<R, U>>();
  const groupOf = (p: Placed<unknown>): BlockGroup<R, U> => {
    const key = `${p.criteriaSetId ?? ''}\u0000${identityKey(p.block)}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        block: p.block,
        ...(p.criteriaSetId !== undefined ? { criteriaSetId: p.criteriaSetId } : {}),
        ranked: [],
        unranked: [],
      };
      groups.set(key, g);
    }
    return g;
  };
  for (const p of ranked) groupOf(p).ranked.push(p.item);
  for (const p of unranked) groupOf(p).unranked.push(p.item);
  return [...groups.values()].sort(
    (a, b) =>
      compareVi(a.block, b.block) || compareVi(a.criteriaSetId ?? '', b.criteriaSetId ?? ''),
  );
}
