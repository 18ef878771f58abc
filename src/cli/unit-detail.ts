import { walkScores } from '../engine/find-node.js';
import { formatNumber, formatPercent, type Lang } from '../format/number-format.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import { escapeLine } from '../node/control-chars.js';
import { renderTable } from './text-table.js';

const HEAD = {
  vi: ['Mã', 'Nội dung', 'Điểm', 'Tối đa', 'Tỷ lệ', 'Bị trừ khi thẩm định'],
  en: ['Code', 'Criterion', 'Points', 'Max', 'Percent', 'Lost at appraisal'],
} as const;

/** One unit's result in detail: the tree to `depth`, totals, band, triggers, warnings. */
export function renderUnitDetail(result: ScoreResult, lang: Lang, depth = 2): string {
  const places = result.places;
  const vi = lang === 'vi';
  const n = (v: string) => formatNumber(v, { places, lang });
  const name = (node: NodeScore) => (lang === 'en' ? (node.nameEn ?? node.name) : node.name);
  const rows = [...walkScores(result.fields)]
    .filter((node) => node.depth <= depth)
    .map((node) => [
      node.code,
      `${'  '.repeat(node.depth - 1)}${name(node)}`,
      node.applicable ? n(node.points) : lang === 'vi' ? 'Không áp dụng' : 'N/A',
      n(node.max),
      node.applicable ? formatPercent(node.percent, { places, lang }) : '',
      node.lostAtAppraisal === '0' ? '' : n(node.lostAtAppraisal),
    ]);
  const table = renderTable(HEAD[lang], rows, ['left', 'left', 'right', 'right', 'right', 'right']);
  const lines = [
    `${result.unit.name} — ${vi ? result.criteriaSet.title : (result.criteriaSet.titleEn ?? result.criteriaSet.title)} — ${vi ? 'kỳ' : 'period'} ${result.period} (${vi ? 'giai đoạn' : 'stage'}: ${result.stage})`,
    '',
    table,
    '',
    `${vi ? 'Tổng điểm' : 'Total'}: ${n(result.points)} / ${n(result.max)}` +
      (result.bonus !== '0' ? ` (${vi ? 'thưởng' : 'bonus'} ${n(result.bonus)})` : '') +
      (result.penalty !== '0' ? ` (${vi ? 'trừ' : 'penalty'} ${n(result.penalty)})` : ''),
    `${vi ? 'Chỉ số' : 'Index'}: ${formatPercent(result.index, { places, lang })}`,
  ];
  if (result.band)
    lines.push(
      `${vi ? 'Xếp loại' : 'Band'}: ${vi ? result.band.label : (result.band.labelEn ?? result.band.label)}`,
    );
  if (result.lostAtAppraisal !== '0')
    lines.push(
      `${vi ? 'Điểm bị trừ khi thẩm định' : 'Points lost at appraisal'}: ${n(result.lostAtAppraisal)}`,
    );
  for (const t of result.triggers) {
    lines.push(
      `⚠ ${vi ? t.label : (t.labelEn ?? t.label)}${t.due ? ` (${vi ? 'hạn' : 'due'} ${t.due})` : ''}`,
    );
    for (const r of vi ? t.reasons : t.reasonsEn) lines.push(`   - ${r}`);
  }
  if (result.warnings.length > 0) {
    lines.push(vi ? `Lưu ý (${result.warnings.length}):` : `Warnings (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`   - ${vi ? w.message : w.messageEn}`);
  }
  // Names, titles, trigger reasons and warnings come from the files: one line each.
  return `${lines.map((l) => (l === table ? l : escapeLine(l))).join('\n')}\n`;
}
