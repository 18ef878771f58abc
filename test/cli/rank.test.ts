import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { RankChange, Ranking } from '../../src/model/ranking.js';
import { cli } from './helpers.js';

interface RankDoc {
  ranking: Ranking;
  changes: RankChange[];
}

/** Ranks in a block are competition ranks: 1 + the number of units shown strictly higher. */
function expectCompetitionRanks(ranking: Ranking): void {
  for (const block of ranking.blocks) {
    const n = block.units.length;
    expect(block.units[0]?.rank, block.block).toBe(1);
    for (const u of block.units) {
      const better = block.units.filter((o) => Number(o.shown) > Number(u.shown)).length;
      expect(u.rank, `${block.block} ${u.unitId}`).toBe(better + 1);
      expect(u.of).toBe(n);
      expect(u.position).toBe(`${u.rank}/${n}`);
    }
  }
}

describe('par-index rank', () => {
  it('--previous: per-block tables with "tăng"/"giảm" and ranks 1..n', async () => {
    const r = await cli(['rank', 'examples/minh-son/2023', '--previous', 'examples/minh-son/2022']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const blocks = r.out.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      'Khối cấp huyện (12 đơn vị)',
      'Khối phường (4 đơn vị)',
      'Khối sở, ban, ngành (4 đơn vị)',
      'Khối xã (4 đơn vị)',
    ]);
    const district = blocks[0]?.split('\n') ?? [];
    expect(district[1]).toMatch(
      /^ Hạng\s+Đơn vị\s+Điểm\s+Tối đa\s+Chỉ số\s+Xếp loại\s+So với kỳ trước/,
    );
    const rows = district.slice(3, 15);
    expect(rows).toHaveLength(12);
    // Under the table, the block's statistics (checked against the JSON below).
    expect(district.slice(15).map((l) => l.split(':')[0])).toEqual([
      'Bình quân khối',
      'Số đơn vị theo xếp loại',
      'Chỉ số thành phần bình quân',
    ]);
    expect(rows.some((l) => /tăng \d+ bậc/.test(l))).toBe(true);
    expect(rows.some((l) => /giảm \d+ bậc/.test(l))).toBe(true);
    // Positions are k/12 and never go down the table.
    const ranks = rows.map((l) => Number(/^\s*(\d+)\/12 /.exec(l)?.[1]));
    expect(ranks[0]).toBe(1);
    for (let i = 1; i < ranks.length; i++)
      expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] ?? 0);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(12);
    // Blocks absent in 2022 show no change at all.
    expect(blocks[1]).not.toMatch(/tăng|giảm|giữ nguyên|mới/);
  });

  it('block statistics: the mean of the units listed, in the JSON and under each table', async () => {
    const doc = JSON.parse((await cli(['rank', 'examples/minh-son/2023', '-f', 'json'])).out) as {
      results: {
        unit: { block: string };
        points: string;
        index: string;
        band?: { code: string };
      }[];
      blockSummaries: {
        block: string;
        units: number;
        averagePoints: string;
        averageIndex: string;
        bands: { code: string; count: number }[];
        shown: { averageIndex: string };
      }[];
    };
    expect(doc.blockSummaries.map((s) => [s.block, s.units])).toEqual([
      ['cấp huyện', 12],
      ['phường', 4],
      ['sở, ban, ngành', 4],
      ['xã', 4],
    ]);
    for (const s of doc.blockSummaries) {
      const own = doc.results.filter((r) => r.unit.block === s.block);
      // Mean of the exact points (decimal.js directly, 10 places).
      const total = own.reduce((acc, r) => acc.plus(r.points), new Decimal(0));
      expect(new Decimal(s.averagePoints).toFixed(10), s.block).toBe(
        total.dividedBy(own.length).toFixed(10),
      );
      const bands = new Map<string, number>();
      for (const r of own) if (r.band) bands.set(r.band.code, (bands.get(r.band.code) ?? 0) + 1);
      expect(Object.fromEntries(s.bands.map((b) => [b.code, b.count]))).toEqual(
        Object.fromEntries(bands),
      );
    }
    const table = (await cli(['rank', 'examples/minh-son/2023'])).out;
    const district = doc.blockSummaries[0];
    expect(table).toContain(`chỉ số ${district?.shown.averageIndex.replace('.', ',')} %;`);
  });

  it('the JSON ranking: competition ranks per block, changes against 2022 agree', async () => {
    const now = JSON.parse(
      (await cli(['rank', 'examples/minh-son/2023', '-p', 'examples/minh-son/2022', '-f', 'json']))
        .out,
    ) as RankDoc;
    expectCompetitionRanks(now.ranking);
    const before = JSON.parse(
      (await cli(['rank', 'examples/minh-son/2022', '--format', 'json'])).out,
    ) as RankDoc;
    expectCompetitionRanks(before.ranking);
    const rankOf = (doc: RankDoc, id: string) =>
      doc.ranking.blocks.flatMap((b) => b.units).find((u) => u.unitId === id)?.rank;
    const districts = now.ranking.blocks.find((b) => b.block === 'cấp huyện');
    expect(districts?.units).toHaveLength(12);
    for (const u of districts?.units ?? []) {
      const c = now.changes.find((x) => x.unitId === u.unitId);
      const prev = rankOf(before, u.unitId);
      expect(prev, u.unitId).toBeDefined();
      const moved = (prev ?? 0) - u.rank;
      const text =
        moved > 0 ? `tăng ${moved} bậc` : moved < 0 ? `giảm ${-moved} bậc` : 'giữ nguyên';
      expect(c?.text, u.unitId).toBe(text);
    }
  });

  it('--lang en: English labels and decimal points', async () => {
    const r = await cli([
      'rank',
      'examples/minh-son/2023/districts',
      '--previous',
      'examples/minh-son/2022',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Block cấp huyện \(12 units\)\n\s*Rank\s+Unit\s+Points\s+Max\s+Index\s+Band/,
    );
    expect(r.out).toMatch(/\d+\.\d\d%/);
    expect(r.out).not.toMatch(/\d+,\d\d %/);
    expect(r.out).toMatch(/up \d+ place|down \d+ place/);
  });

  it('--by <code> ranks by a field sub-index', async () => {
    const r = await cli([
      'rank',
      'examples/minh-son/2023/districts',
      '--by',
      '3',
      '--format',
      'json',
    ]);
    const doc = JSON.parse(r.out) as RankDoc;
    expect(doc.ranking.by).toEqual({ kind: 'node', code: '3' });
    expectCompetitionRanks(doc.ranking);
  });

  it('a missing input file: exit 1 and the file named on stderr', async () => {
    const r = await cli(['rank', 'examples/minh-son/2030']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      'examples/minh-son/2030: Không tìm thấy tệp hồ sơ nào. [file_not_found]',
    );
  });
});

describe('par-index demo', () => {
  it('says the province is fictional and ranks its 4 blocks against 2022', async () => {
    const r = await cli(['demo']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('hư cấu');
    expect(r.out.match(/^Khối .+ \(\d+ đơn vị\)$/gm)).toHaveLength(4);
    expect(r.out).toMatch(/tăng \d+ bậc/);
    const en = await cli(['demo', '--lang', 'en']);
    expect(en.out).toContain('fictional');
    expect(en.out.match(/^Block .+ \(\d+ units\)$/gm)).toHaveLength(4);
  });

  it('demo --format json has no banner: the output parses', async () => {
    const r = await cli(['demo', '--format', 'json']);
    const doc = JSON.parse(r.out) as RankDoc & { results: unknown[] };
    expect(doc.results).toHaveLength(24);
    expect(doc.ranking.blocks).toHaveLength(4);
  });
});

describe('par-index rank --by (issue 8, defect 10)', () => {
  it("shows the node's own points, maximum and percent, never the unit's total", async () => {
    const r = await cli(['rank', 'examples/minh-son/2023/districts', '--by', '3']);
    expect(r.code).toBe(0);
    const head = r.out.split('\n')[1] ?? '';
    expect(head).toContain('Điểm mục 3');
    expect(head).toContain('Tỷ lệ mục 3');
    const json = await cli(['score', 'examples/minh-son/2023/districts', '--format', 'json']);
    const doc = JSON.parse(json.out) as {
      results: {
        unit: { name: string };
        shown: { points: string };
        nodes: { code: string; shownPoints: string }[];
      }[];
    };
    for (const res of doc.results) {
      const row = r.out.split('\n').find((l) => l.includes(res.unit.name)) ?? '';
      const field3 = res.nodes.find((f) => f.code === '3')?.shownPoints.replace('.', ',') ?? '?';
      expect(row).toContain(` ${field3} `);
      expect(row).not.toContain(` ${res.shown.points.replace('.', ',')} `);
    }
  });
});
