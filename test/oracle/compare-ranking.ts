// Ranking comparisons: per (criteria set, block), by index and by a node's percent, units
// listed apart, and rank change against a previous period.
import { Collector, type Scored, text } from './compare-common.js';
import { scoreAll } from './compare-scoring.js';
import * as E from './engine-adapter.js';
import type { Batch } from './generators.js';
import { normaliseKey, type OBlock, rankChanges, rankUnits } from './rank.js';
import { parseQ } from './rational.js';

function findEngineBlock(view: E.RankingView, b: OBlock): E.BlockView | undefined {
  return view.blocks.find(
    (x) =>
      normaliseKey(x.block) === b.block &&
      (x.criteriaSetId === undefined || x.criteriaSetId === b.setId),
  );
}

function compareRanking(c: Collector, label: string, oracle: OBlock[], view: E.RankingView): void {
  for (const b of oracle) {
    const where = `${label} ${b.setId}/${b.block}`;
    const eb = findEngineBlock(view, b);
    if (eb === undefined) {
      c.add(`${label}.block.missing`, where, 'present', 'absent');
      continue;
    }
    c.check(`${label}.block.criteriaSetId`, where, b.setId, eb.criteriaSetId ?? 'undefined');
    c.check(
      `${label}.order`,
      where,
      b.units.map((u) => u.unitId).join(','),
      eb.units.map((u) => u.unitId).join(','),
    );
    for (const u of b.units) {
      const eu = eb.units.find((x) => x.unitId === u.unitId);
      const uw = `${where}/${u.unitId}`;
      if (eu === undefined) {
        c.add(`${label}.unit.missing`, uw, `rank ${u.rank}/${u.of}`, 'absent');
        continue;
      }
      c.check(`${label}.rank`, uw, u.rank, eu.rank);
      c.check(`${label}.of`, uw, u.of, eu.of);
      c.check(`${label}.tied`, uw, u.tied, eu.tied);
      c.check(`${label}.shown`, uw, text(u.shown), text(parseQ(eu.shown)));
    }
    c.check(
      `${label}.unranked`,
      where,
      b.unranked
        .map((x) => `${x.unitId}:${x.reason}`)
        .sort()
        .join(','),
      (eb.unranked ?? [])
        .map((x) => `${x.unitId}:${x.reason}`)
        .sort()
        .join(',') +
        (eb.unranked === undefined && b.unranked.length > 0 ? '(no unranked list)' : ''),
    );
  }
  const oracleCount = oracle.reduce(
    (s, b) => s + (b.units.length > 0 || b.unranked.length > 0 ? 1 : 0),
    0,
  );
  c.check(`${label}.blocks`, label, oracleCount, view.blocks.length);
}

export function runRanking(c: Collector, batch: Batch, scored: Scored[]): void {
  const withEngine = scored.filter((s) => s.engine !== undefined);
  const views = withEngine.map((s) => s.engine as E.UnitView);
  const oracle = rankUnits(withEngine.map((s) => s.oracle));
  const engine = c.call('rank', 'ranking', () => E.rank(views));
  if (engine === undefined) return;
  compareRanking(c, 'rank', oracle, engine);

  // sub-ranking by a node present in every set (field "1")
  const byOracle = rankUnits(
    withEngine.map((s) => s.oracle),
    { kind: 'node', code: '1' },
  );
  const byEngine = c.call('rank-by', 'ranking by 1', () => E.rank(views, '1'));
  if (byEngine !== undefined) compareRanking(c, 'rankby', byOracle, byEngine);

  // rank change against the previous period (stage self, some units in another block)
  const prevScored = scoreAll(new Collector(), batch, batch.previous, 'self', false);
  if (prevScored === undefined) return;
  const prevWith = prevScored.filter((s) => s.engine !== undefined);
  const prevOracle = rankUnits(prevWith.map((s) => s.oracle));
  const prevEngine = c.call('rank', 'previous ranking', () =>
    E.rank(prevWith.map((s) => s.engine as E.UnitView)),
  );
  if (prevEngine === undefined) return;
  const oracleChanges = rankChanges(oracle, prevOracle);
  const engineChanges = c.call('compare-ranks', 'rank change', () =>
    E.rankChanges(engine, prevEngine),
  );
  if (engineChanges === undefined) return;
  // compareRanks entries carry no set: match per unit id as a multiset (a unit may be in two sets)
  const byId = new Map<string, string[]>();
  for (const e of engineChanges) {
    const list = byId.get(e.unitId) ?? [];
    list.push(`${e.rank}:${e.previousRank ?? 'new'}:${e.change ?? '-'}`);
    byId.set(e.unitId, list);
  }
  const oracleById = new Map<string, typeof oracleChanges>();
  for (const o of oracleChanges) oracleById.set(o.unitId, [...(oracleById.get(o.unitId) ?? []), o]);
  for (const [id, list] of oracleById) {
    if (list.some((o) => o.previousRank === 'ambiguous')) continue;
    const expected = list
      .map((o) => `${o.rank}:${o.previousRank ?? 'new'}:${o.change ?? '-'}`)
      .sort();
    c.check(
      'rank.change',
      `rank change ${id}`,
      expected.join(' '),
      (byId.get(id) ?? []).sort().join(' '),
    );
  }
}
