import { formatNumber, formatPercent, type Lang } from '../format/number-format.js';
import type { RankChange } from '../model/ranking.js';
import type { ScoreResult } from '../model/score-result.js';
import { type BlockSummary, summariseBlock } from '../ranking/block-summary.js';
import type { ScoredBatch } from './score-batch.js';
import { renderTable } from './text-table.js';

const HEAD = {
  vi: ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại', 'So với kỳ trước', 'Cảnh báo'],
  en: ['Rank', 'Unit', 'Points', 'Max', 'Index', 'Band', 'Change', 'Triggers'],
} as const;

/**
 * The ranking as terminal tables, one per block, in Vietnamese number format by default.
 * Points and maxima are the results' own (rounded for display only).
 */
export function renderRankingTables(scored: ScoredBatch, lang: Lang): string {
  const byUnit = new Map<string, ScoreResult>(scored.results.map((r) => [r.unit.id, r]));
  const change = new Map<string, RankChange>(scored.changes.map((c) => [c.unitId, c]));
  const previousBlocks = new Set(scored.previous?.blocks.map((b) => b.block) ?? []);
  const blocks = scored.ranking.blocks.map((block) => {
    // A block absent from the previous period has no rank change to show, not "new" everywhere.
    const compared = previousBlocks.has(block.block);
    const rows = block.units.map((u) => {
      const r = byUnit.get(u.unitId);
      const places = scored.ranking.places;
      const c = compared ? change.get(u.unitId) : undefined;
      const triggers = (r?.triggers ?? []).map((t) =>
        lang === 'vi' ? t.label : (t.labelEn ?? t.label),
      );
      return [
        u.position,
        u.unitName,
        r ? formatNumber(r.points, { places, lang }) : '',
        r ? formatNumber(r.max, { places, lang }) : '',
        formatPercent(u.value, { places, lang }),
        u.band ? (lang === 'vi' ? u.band.label : (u.band.labelEn ?? u.band.label)) : '',
        c ? (lang === 'vi' ? c.text : c.textEn) : '',
        triggers.join('; '),
      ];
    });
    const title =
      lang === 'vi'
        ? `Khối ${block.block} (${block.units.length} đơn vị)`
        : `Block ${block.block} (${block.units.length} units)`;
    const summary = summariseBlock(
      block.units.flatMap((u) => {
        const r = byUnit.get(u.unitId);
        return r === undefined ? [] : [r];
      }),
    );
    return `${title}\n${renderTable(HEAD[lang], rows, ['right', 'left', 'right', 'right', 'right', 'left', 'left', 'left'])}\n${summaryLines(summary, lang)}`;
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The block's statistics under its table: averages, points lost, bands, field sub-indices. */
function summaryLines(s: BlockSummary, lang: Lang): string {
  const opts = { places: s.places, lang };
  const n = (v: string) => formatNumber(v, opts);
  const bands = s.bands.map(
    (b) => `${lang === 'vi' ? b.label : (b.labelEn ?? b.label)} ${b.count}`,
  );
  const fields = s.fields.map((f) => `${f.code} ${formatPercent(f.averagePercent, opts)}`);
  const lines =
    lang === 'vi'
      ? [
          `Bình quân khối: tự đánh giá ${n(s.averageSelfPoints)} điểm; đạt được ${n(s.averagePoints)} điểm; chỉ số ${formatPercent(s.averageIndex, opts)}; điểm bị trừ khi thẩm định ${n(s.totalLostAtAppraisal)} (${n(s.averageLostAtAppraisal)} mỗi đơn vị)`,
          `Số đơn vị theo xếp loại: ${bands.join('; ') || '—'}`,
          `Chỉ số thành phần bình quân: ${fields.join('; ')}`,
        ]
      : [
          `Block averages: self-assessed ${n(s.averageSelfPoints)} points; obtained ${n(s.averagePoints)} points; index ${formatPercent(s.averageIndex, opts)}; points lost at appraisal ${n(s.totalLostAtAppraisal)} (${n(s.averageLostAtAppraisal)} per unit)`,
          `Units per band: ${bands.join('; ') || '—'}`,
          `Average field sub-indices: ${fields.join('; ')}`,
        ];
  return lines.join('\n');
}
