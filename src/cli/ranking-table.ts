import { findNode } from '../engine/find-node.js';
import { formatNumber, formatPercent, type Lang } from '../format/number-format.js';
import type { BlockRanking, RankChange } from '../model/ranking.js';
import type { ScoreResult } from '../model/score-result.js';
import { escapeLine } from '../node/control-chars.js';
import { identityKey } from '../parse/code-key.js';
import { type BlockSummary, summariseBlock } from '../ranking/block-summary.js';
import type { ScoredBatch } from './score-batch.js';
import { renderTable } from './text-table.js';

const HEAD = {
  vi: ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại', 'So với kỳ trước', 'Cảnh báo'],
  en: ['Rank', 'Unit', 'Points', 'Max', 'Index', 'Band', 'Change', 'Triggers'],
} as const;

/** Headers of a ranking by one node: the node's own points, maximum and percent. */
function nodeHead(code: string, lang: Lang): string[] {
  return lang === 'vi'
    ? [
        'Hạng',
        'Đơn vị',
        `Điểm mục ${code}`,
        `Tối đa mục ${code}`,
        `Tỷ lệ mục ${code}`,
        'Xếp loại đơn vị',
        'So với kỳ trước',
        'Cảnh báo',
      ]
    : [
        'Rank',
        'Unit',
        `Points of ${code}`,
        `Max of ${code}`,
        `Percent of ${code}`,
        'Unit band',
        'Change',
        'Triggers',
      ];
}

const key = (setId: string | undefined, unitId: string) =>
  `${setId ?? ''}\u0000${identityKey(unitId)}`;

/**
 * The ranking as terminal tables, one per block (criteria set and block name), in Vietnamese
 * number format by default. Every number is a published value (rounded once by the set's rule).
 * Ranked by a node (`--by`), the table shows that node's own points, maximum and percent, never
 * the unit's total beside the node's percent; units the node does not apply to are listed apart.
 */
export function renderRankingTables(scored: ScoredBatch, lang: Lang): string {
  const byUnit = new Map<string, ScoreResult>(
    scored.results.map((r) => [key(r.criteriaSet.id, r.unit.id), r]),
  );
  const change = new Map<string, RankChange>(
    scored.changes.map((c) => [key(c.criteriaSetId, c.unitId), c]),
  );
  const previousBlocks = new Set(scored.previous?.blocks.map((b) => identityKey(b.block)) ?? []);
  // A block name under several criteria sets is told apart by the set's id.
  const names = new Map<string, number>();
  for (const b of scored.ranking.blocks) {
    names.set(identityKey(b.block), (names.get(identityKey(b.block)) ?? 0) + 1);
  }
  const by = scored.ranking.by;
  const blocks = scored.ranking.blocks.map((block) => {
    // A block absent from the previous period has no rank change to show, not "new" everywhere.
    const compared = previousBlocks.has(identityKey(block.block));
    const rows = block.units.map((u) => {
      const r = byUnit.get(key(block.criteriaSetId, u.unitId));
      const c = compared ? change.get(key(block.criteriaSetId, u.unitId)) : undefined;
      const places = r?.places ?? scored.ranking.places;
      const num = (v: string | undefined) =>
        v === undefined ? '' : formatNumber(v, { places, lang });
      const node = by.kind === 'node' && r !== undefined ? findNode(r, by.code) : undefined;
      const [points, max] =
        by.kind === 'node'
          ? [node?.shown.points, node?.shown.max]
          : [r?.shown.points, r?.shown.max];
      return [
        u.position,
        u.unitName,
        num(points),
        num(max),
        formatPercent(u.shown, { places, lang }),
        u.band ? (lang === 'vi' ? u.band.label : (u.band.labelEn ?? u.band.label)) : '',
        c ? (lang === 'vi' ? c.text : c.textEn) : '',
        triggerLabels(r, lang),
      ];
    });
    const apart = block.unranked.map((u) => [
      '—',
      u.unitName,
      '',
      '',
      lang === 'vi' ? u.text : u.textEn,
      '',
      '',
      '',
    ]);
    const head = by.kind === 'node' ? nodeHead(by.code, lang) : [...HEAD[lang]];
    const summary = summariseBlock(
      [...block.units, ...block.unranked].flatMap((u) => {
        const r = byUnit.get(key(block.criteriaSetId, u.unitId));
        return r === undefined ? [] : [r];
      }),
    );
    return `${escapeLine(title(block, (names.get(identityKey(block.block)) ?? 0) > 1, lang))}\n${renderTable(head, [...rows, ...apart], ['right', 'left', 'right', 'right', 'right', 'left', 'left', 'left'])}\n${summaryLines(summary, lang).split('\n').map(escapeLine).join('\n')}`;
  });
  const warnings = scored.ranking.warnings.map((w) =>
    lang === 'vi' ? `Lưu ý: ${w.message}` : `Note: ${w.messageEn}`,
  );
  return `${[...blocks, ...warnings].join('\n\n')}\n`;
}

function triggerLabels(r: ScoreResult | undefined, lang: Lang): string {
  return (r?.triggers ?? [])
    .map((t) => (lang === 'vi' ? t.label : (t.labelEn ?? t.label)))
    .join('; ');
}

function title(block: BlockRanking, withSet: boolean, lang: Lang): string {
  const set = withSet && block.criteriaSetId !== undefined ? ` — ${block.criteriaSetId}` : '';
  const apart =
    block.unranked.length === 0
      ? ''
      : lang === 'vi'
        ? `, ${block.unranked.length} không xếp hạng`
        : `, ${block.unranked.length} not ranked`;
  return lang === 'vi'
    ? `Khối ${block.block}${set} (${block.units.length} đơn vị${apart})`
    : `Block ${block.block}${set} (${block.units.length} units${apart})`;
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
