import type { Lang } from '../../format/number-format.js';
import type { RankChange, RankedUnit } from '../../model/ranking.js';
import type { BandResult, FiredTrigger, ScoreResult } from '../../model/score-result.js';
import { type BlockSummary, summariseBlock } from '../../ranking/block-summary.js';
import { compareRanks } from '../../ranking/rank-change.js';
import { type BandColours, bandColours } from './band-colours.js';
import { fillLabel, type ReportLabels, reportLabels } from './labels.js';
import type { ReportInput } from './report-input.js';

/** One line of the ranking: a ranked unit with its result and rank change. */
export interface RankingRow {
  readonly block: string;
  readonly unit: RankedUnit;
  /** The unit's result; absent when the ranking names a unit the results do not hold. */
  readonly result: ScoreResult | undefined;
  /** Present when a previous ranking was given. */
  readonly change: RankChange | undefined;
}

/** A field (top-level node) seen in the results, in first-seen order. */
export interface FieldColumn {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
}

/** Everything the report writers share, derived once from a {@link ReportInput}. */
export interface ReportView {
  readonly lang: Lang;
  readonly labels: ReportLabels;
  readonly title: string;
  /** Criteria set(s) and period(s) the results come from, one line. */
  readonly subtitle: string;
  readonly results: readonly ScoreResult[];
  /** Rows in block order, then rank order. */
  readonly rows: readonly RankingRow[];
  /** The same rows grouped by block, with the block's statistics. */
  readonly blocks: readonly {
    readonly block: string;
    readonly rows: readonly RankingRow[];
    readonly summary: BlockSummary;
  }[];
  readonly fields: readonly FieldColumn[];
  readonly hasPrevious: boolean;
  /** Header of the ranked-value column when ranking by a node; undefined for the index. */
  readonly rankedByHeader: string | undefined;
  /** Band colours per criteria set, and one legend per set. */
  readonly colours: BandColours;
  /** Decimal places shown for values not tied to one result (the ranking's). */
  readonly places: number;
}

/**
 * Derives the shared report view: rows, blocks, fields, rank changes and band colours.
 *
 * @param input - The report input.
 * @returns The view the writers render.
 * @example
 * buildReportView(input).rows[0]?.unit.position; // '1/17'
 */
export function buildReportView(input: ReportInput): ReportView {
  const lang = input.lang ?? 'vi';
  const labels = reportLabels(lang);
  const byUnit = new Map<string, ScoreResult>();
  for (const r of input.results) byUnit.set(key(r.unit.block, r.unit.id), r);
  const changes = input.previous === undefined ? [] : compareRanks(input.ranking, input.previous);
  let i = 0;
  const blocks = input.ranking.blocks.map((b) => {
    const rows = b.units.map(
      (unit): RankingRow => ({
        block: b.block,
        unit,
        result: byUnit.get(key(b.block, unit.unitId)),
        // compareRanks returns one change per unit, in ranking order.
        change: changes[i++],
      }),
    );
    const results = rows.flatMap((row) => (row.result === undefined ? [] : [row.result]));
    return { block: b.block, rows, summary: { ...summariseBlock(results), block: b.block } };
  });
  const by = input.ranking.by;
  return {
    lang,
    labels,
    title: input.title ?? labels.defaultTitle,
    subtitle: subtitleOf(input.results, labels),
    results: input.results,
    rows: blocks.flatMap((b) => b.rows),
    blocks,
    fields: fieldColumns(input.results),
    hasPrevious: input.previous !== undefined,
    rankedByHeader: by.kind === 'node' ? fillLabel(labels.rankedBy, { code: by.code }) : undefined,
    colours: bandColours(input.results, input.criteriaSets),
    places: input.ranking.places,
  };
}

function key(block: string, unitId: string): string {
  return `${block}\u0000${unitId}`;
}

function subtitleOf(results: readonly ScoreResult[], labels: ReportLabels): string {
  const sets = new Map<string, string>();
  for (const r of results) {
    const note = r.criteriaSet.provenance === 'illustrative' ? ` (${labels.illustrative})` : '';
    sets.set(r.criteriaSet.id, `${r.criteriaSet.title}${note}`);
  }
  const periods = [...new Set(results.map((r) => r.period))];
  const parts = [
    sets.size > 0 ? `${labels.criteriaSet}: ${[...sets.values()].join('; ')}` : '',
    periods.length > 0 ? `${labels.period}: ${periods.join(', ')}` : '',
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

function fieldColumns(results: readonly ScoreResult[]): FieldColumn[] {
  const seen = new Map<string, FieldColumn>();
  for (const r of results) {
    for (const f of r.fields) {
      if (!seen.has(f.code)) seen.set(f.code, { code: f.code, name: f.name, nameEn: f.nameEn });
    }
  }
  return [...seen.values()];
}

/**
 * The name in the report language: English when asked for and available.
 *
 * @example
 * localName({ name: 'Cải cách TTHC', nameEn: 'Procedures' }, 'en'); // 'Procedures'
 */
export function localName(
  named: { readonly name: string; readonly nameEn?: string | undefined },
  lang: Lang,
): string {
  return lang === 'en' ? (named.nameEn ?? named.name) : named.name;
}

/**
 * A band's label in the report language, or the "not banded" label.
 *
 * @example
 * bandText(undefined, 'vi'); // 'Chưa xếp loại'
 */
export function bandText(band: BandResult | undefined, lang: Lang): string {
  if (band === undefined) return reportLabels(lang).noBand;
  return lang === 'en' ? (band.labelEn ?? band.label) : band.label;
}

/**
 * The label of a fired trigger in the report language.
 *
 * @example
 * triggerText(result.triggers[0], 'vi'); // 'Phải xây dựng kế hoạch khắc phục'
 */
export function triggerText(trigger: FiredTrigger, lang: Lang): string {
  return lang === 'en' ? (trigger.labelEn ?? trigger.label) : trigger.label;
}

/**
 * A fired trigger's reasons in the report language.
 *
 * @example
 * triggerReasons(trigger, 'en'); // ['Field 2 at 70 %, below 75 %']
 */
export function triggerReasons(trigger: FiredTrigger, lang: Lang): readonly string[] {
  return lang === 'en' && trigger.reasonsEn.length > 0 ? trigger.reasonsEn : trigger.reasons;
}

/**
 * The rank change text in the report language, empty when there is none.
 *
 * @example
 * changeText(row.change, 'vi'); // 'tăng 2 bậc'
 */
export function changeText(change: RankChange | undefined, lang: Lang): string {
  if (change === undefined) return '';
  return lang === 'en' ? change.textEn : change.text;
}
