// The oracle's ranking (docs/scoring.md, "Ranking"): per (criteria set, block), on published
// values, competition ranks, units without an applicable maximum listed apart, rank change.
import { roundQ } from './decimal-text.js';
import { cmp, type Q } from './rational.js';
import type { OUnit, Status } from './score.js';

/** Unit ids and block names as compared: NFC, invisible characters removed, case folded. */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .trim()
    .toLocaleLowerCase('vi');
}

export type UnrankedReason = 'not-applicable' | 'overridden' | 'empty' | 'no-applicable-maximum';

export interface ORanked {
  readonly unitId: string;
  readonly unitName: string;
  readonly value: Q;
  /** The published value ranked. */
  readonly shown: Q;
  readonly rank: number;
  readonly of: number;
  readonly tied: boolean;
}

export interface OBlock {
  readonly setId: string;
  /** Normalised block name. */
  readonly block: string;
  /** Best first; ties in Vietnamese alphabetical order of name, then id. */
  readonly units: readonly ORanked[];
  readonly unranked: readonly { unitId: string; reason: UnrankedReason }[];
}

const collator = new Intl.Collator('vi');

/** What to rank: the index, or one node's percent (`rank --by <code>`). */
export type RankOn = { kind: 'index' } | { kind: 'node'; code: string };

/** Ranks units (any sets, any blocks) per (set id, normalised block). */
export function rankUnits(units: readonly OUnit[], on: RankOn = { kind: 'index' }): OBlock[] {
  const groups = new Map<string, OUnit[]>();
  for (const u of units) {
    const key = `${u.setId}\u0000${normaliseKey(u.unit.block)}`;
    const list = groups.get(key) ?? [];
    list.push(u);
    groups.set(key, list);
  }
  const blocks: OBlock[] = [];
  for (const [key, members] of groups) {
    const [setId, block] = key.split('\u0000') as [string, string];
    const ranked: { u: OUnit; value: Q; shown: Q }[] = [];
    const unranked: { unitId: string; reason: UnrankedReason }[] = [];
    for (const u of members) {
      if (on.kind === 'index') {
        if (u.noApplicableMaximum)
          unranked.push({ unitId: u.unit.id, reason: 'no-applicable-maximum' });
        else ranked.push({ u, value: u.index, shown: u.published });
      } else {
        const n = u.byCode.get(on.code);
        if (n === undefined) throw new RangeError(`oracle: no node ${on.code}`);
        const status: Status = n.status;
        if (status !== 'scored') unranked.push({ unitId: u.unit.id, reason: status });
        else
          ranked.push({
            u,
            value: n.percent,
            shown: roundQ(n.percent, u.options.places, u.options.mode),
          });
      }
    }
    ranked.sort(
      (a, b) =>
        cmp(b.shown, a.shown) ||
        collator.compare(a.u.unit.name, b.u.unit.name) ||
        (a.u.unit.id < b.u.unit.id ? -1 : a.u.unit.id > b.u.unit.id ? 1 : 0),
    );
    const out: ORanked[] = ranked.map((r) => {
      const above = ranked.filter((o) => cmp(o.shown, r.shown) > 0).length;
      const same = ranked.filter((o) => cmp(o.shown, r.shown) === 0).length;
      return {
        unitId: r.u.unit.id,
        unitName: r.u.unit.name,
        value: r.value,
        shown: r.shown,
        rank: above + 1,
        of: ranked.length,
        tied: same > 1,
      };
    });
    blocks.push({ setId, block, units: out, unranked });
  }
  return blocks;
}

/** A unit's rank now and in the previous period. */
export interface ORankChange {
  readonly unitId: string;
  readonly rank: number;
  /** undefined: new ("mới"); 'ambiguous': the docs do not decide (not compared). */
  readonly previousRank: number | undefined | 'ambiguous';
  readonly change: number | undefined | 'ambiguous';
}

/**
 * Rank change (docs/scoring.md): matched by id in the previous ranking's block of the same name,
 * else by id in any previous block. Choice (blocks are now per criteria set, the docs speak of
 * block names only): the same (set, block) first; else the same block name under any set; else
 * any block. When two candidates at the deciding level give different ranks the answer is
 * 'ambiguous' and not compared.
 */
export function rankChanges(
  current: readonly OBlock[],
  previous: readonly OBlock[],
): ORankChange[] {
  const out: ORankChange[] = [];
  for (const b of current) {
    for (const u of b.units) {
      const id = normaliseKey(u.unitId);
      const find = (pred: (p: OBlock) => boolean): number[] => {
        const ranks: number[] = [];
        for (const p of previous) {
          if (!pred(p)) continue;
          const hit = p.units.find((x) => normaliseKey(x.unitId) === id);
          if (hit !== undefined) ranks.push(hit.rank);
        }
        return ranks;
      };
      const levels = [
        find((p) => p.setId === b.setId && p.block === b.block),
        find((p) => p.block === b.block),
        find(() => true),
      ];
      const decided = levels.find((l) => l.length > 0);
      let previousRank: number | undefined | 'ambiguous';
      if (decided === undefined) previousRank = undefined;
      else if (new Set(decided).size > 1) previousRank = 'ambiguous';
      else previousRank = decided[0];
      const change =
        previousRank === undefined || previousRank === 'ambiguous'
          ? previousRank
          : previousRank - u.rank;
      out.push({ unitId: u.unitId, rank: u.rank, previousRank, change });
    }
  }
  return out;
}
