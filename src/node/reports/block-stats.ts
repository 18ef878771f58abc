import { formatNumber, formatPercent } from '../../format/number-format.js';
import type { BlockSummary } from '../../ranking/block-summary.js';
import { localName, type ReportView } from './report-data.js';

/** One line of a block's statistics: a label and an exact value of a kind. */
export interface StatLine {
  readonly label: string;
  /** Exact decimal string, or a whole count. */
  readonly value: string;
  readonly kind: 'points' | 'percent' | 'count';
}

/**
 * The statistics lines of one block, as every report prints them: units, average self-assessed
 * and final points, average index, points lost at appraisal, then the units per band.
 */
export function statLines(view: ReportView, s: BlockSummary): StatLine[] {
  const l = view.labels;
  const bandName = (b: BlockSummary['bands'][number]): string =>
    view.lang === 'en' ? (b.labelEn ?? b.label) : b.label;
  return [
    { label: l.unitCount, value: String(s.units), kind: 'count' },
    { label: l.stats.averageSelf, value: s.averageSelfPoints, kind: 'points' },
    { label: l.stats.averagePoints, value: s.averagePoints, kind: 'points' },
    { label: l.stats.averageIndex, value: s.averageIndex, kind: 'percent' },
    { label: l.stats.totalLost, value: s.totalLostAtAppraisal, kind: 'points' },
    { label: l.stats.averageLost, value: s.averageLostAtAppraisal, kind: 'points' },
    ...s.bands.map(
      (b): StatLine => ({
        label: `${l.stats.bandCounts}: ${bandName(b)}`,
        value: String(b.count),
        kind: 'count',
      }),
    ),
    ...(s.unbanded > 0
      ? [
          {
            label: `${l.stats.bandCounts}: ${l.noBand}`,
            value: String(s.unbanded),
            kind: 'count' as const,
          },
        ]
      : []),
  ];
}

/** A stat line's value as text in the report language, rounded to the block's places. */
export function statText(view: ReportView, s: BlockSummary, line: StatLine): string {
  const opts = { places: s.places, lang: view.lang };
  if (line.kind === 'count') return line.value;
  return line.kind === 'percent' ? formatPercent(line.value, opts) : formatNumber(line.value, opts);
}

/** The per-field averages of one block as rows of text: code, name, units, points, percent. */
export function fieldAverageRows(view: ReportView, s: BlockSummary): string[][] {
  const opts = { places: s.places, lang: view.lang };
  return s.fields.map((f) => [
    f.code,
    localName(f, view.lang),
    String(f.units),
    formatNumber(f.averagePoints, opts),
    formatNumber(f.averagePercent, opts),
  ]);
}

/** A cell of the block statistics table: an exact number with its kind, or a text. */
export type StatCell =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'points' | 'percent' | 'count';
      readonly value: string;
      readonly places: number;
    };

/**
 * The block statistics as one table, one row per block (the layout of a published decision's
 * summary): block, units, averages, points lost, units per band (one column per band of the
 * report's sets, best first), each field's average sub-index (%).
 */
export function blockStatsTable(view: ReportView): { header: string[]; rows: StatCell[][] } {
  const l = view.labels;
  const bands = view.colours.legends.flatMap((lg) => lg.items);
  const bandKeys = [...new Map(bands.map((b) => [b.code, b])).values()];
  const header = [
    l.block,
    l.unitCount,
    l.stats.averageSelf,
    l.stats.averagePoints,
    l.stats.averageIndex,
    l.stats.totalLost,
    l.stats.averageLost,
    ...bandKeys.map((b) => `${l.band}: ${view.lang === 'en' ? (b.labelEn ?? b.label) : b.label}`),
    ...view.fields.map((f) => `${f.code}. ${localName(f, view.lang)} (%)`),
  ];
  const rows = view.blocks.map((b): StatCell[] => {
    const s = b.summary;
    const num = (kind: 'points' | 'percent', value: string): StatCell => ({
      kind,
      value,
      places: s.places,
    });
    return [
      { kind: 'text', text: b.block },
      { kind: 'count', value: String(s.units), places: 0 },
      num('points', s.averageSelfPoints),
      num('points', s.averagePoints),
      num('percent', s.averageIndex),
      num('points', s.totalLostAtAppraisal),
      num('points', s.averageLostAtAppraisal),
      ...bandKeys.map(
        (k): StatCell => ({
          kind: 'count',
          value: String(s.bands.find((x) => x.code === k.code)?.count ?? 0),
          places: 0,
        }),
      ),
      ...view.fields.map((f): StatCell => {
        const avg = s.fields.find((x) => x.code === f.code);
        return avg === undefined || avg.units === 0
          ? { kind: 'text', text: '' }
          : num('percent', avg.averagePercent);
      }),
    ];
  });
  return { header, rows };
}
