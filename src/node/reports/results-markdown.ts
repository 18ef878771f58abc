import { formatNumber, formatPercent } from '../../format/number-format.js';
import { neutraliseControls } from '../control-chars.js';
import { fieldAverageRows, statLines, statText } from './block-stats.js';
import { fillLabel, formatDate } from './labels.js';
import { lostByField } from './lost-by-field.js';
import { neutraliseCell } from './neutralise.js';
import {
  bandText,
  buildReportView,
  changeText,
  localName,
  type ReportView,
  triggerReasons,
  triggerText,
} from './report-data.js';
import type { ReportInput } from './report-input.js';

/**
 * Writes the results as Markdown: the ranking table per block, the bands, the triggers fired and
 * the points lost at appraisal by field. Numbers in the report language's format (`84,58 %`).
 * Text is escaped so unit names cannot break the tables or inject HTML.
 *
 * @param input - Results, ranking and options.
 * @returns Markdown text ending with a newline.
 * @example
 * console.log(writeResultsMarkdown({ results, ranking: rankResults(results) }));
 */
export function writeResultsMarkdown(input: ReportInput): string {
  const view = buildReportView(input);
  const parts = [
    `# ${md(view.title)}`,
    ...(view.subtitle === '' ? [] : [`_${md(view.subtitle)}_`]),
    rankingSection(view),
    statsSection(view),
    bandsSection(view),
    triggersSection(view),
    lostSection(view),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Escapes Markdown punctuation (CommonMark allows a backslash before any of it). */
function md(text: string): string {
  return neutraliseControls(text)
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

function cell(text: string): string {
  return md(neutraliseCell(text));
}

function table(header: readonly string[], align: string, rows: readonly string[][]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, align];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function rankingSection(view: ReportView): string {
  const l = view.labels;
  const { lang } = view;
  const header = [
    l.position,
    l.unit,
    l.points,
    l.max,
    l.indexPercent.replace(' (%)', ''),
    ...(view.rankedByHeader !== undefined ? [view.rankedByHeader] : []),
    l.band,
    ...(view.hasPrevious ? [l.rankChange] : []),
  ];
  const align = `|---:|---|---:|---:|---:|${view.rankedByHeader !== undefined ? '---:|' : ''}---|${view.hasPrevious ? '---|' : ''}`;
  const blocks = view.blocks.map((b) => {
    const heading = `### ${md(l.block)} ${md(b.block)} (${fillLabel(l.unitsCount, { n: b.rows.length })})`;
    const rows = b.rows.map((row) => {
      const r = row.result;
      const places = r?.places ?? view.places;
      const num = (v: string | undefined): string =>
        v === undefined ? '' : formatNumber(v, { places, lang });
      return [
        row.unit.position,
        row.unit.unitName,
        num(r?.shown.points),
        num(r?.shown.max),
        r === undefined ? '' : formatPercent(r.shown.index, { places, lang }),
        ...(view.rankedByHeader !== undefined
          ? [formatPercent(row.unit.shown, { places: view.places, lang })]
          : []),
        bandText(r?.band ?? row.unit.band, lang),
        ...(view.hasPrevious ? [changeText(row.change, lang)] : []),
      ];
    });
    return `${heading}\n\n${table(header, align, rows)}`;
  });
  return [`## ${md(l.headings.ranking)}`, ...blocks].join('\n\n');
}

function statsSection(view: ReportView): string {
  const l = view.labels;
  const blocks = view.blocks.map((b) => {
    const s = b.summary;
    const lines = statLines(view, s).map((line) => [line.label, statText(view, s, line)]);
    const fields = fieldAverageRows(view, s).map(([code, name, units, points, percent]) => [
      `${code}. ${name}`,
      units ?? '',
      points ?? '',
      percent ?? '',
    ]);
    const header = [
      l.stats.fieldAverages,
      l.stats.applicableUnits,
      l.stats.averageFieldPoints,
      l.stats.averageFieldPercent,
    ];
    return (
      `### ${md(l.block)} ${md(b.block)}\n\n${table([l.stats.heading, ''], '|---|---:|', lines)}` +
      `\n\n${table(header, '|---|---:|---:|---:|', fields)}`
    );
  });
  return [`## ${md(l.stats.heading)}`, ...blocks].join('\n\n');
}

function bandsSection(view: ReportView): string {
  const l = view.labels;
  const rows: string[][] = [];
  for (const b of view.blocks) {
    const groups = new Map<string, string[]>();
    for (const row of b.rows) {
      const label = bandText(row.result?.band ?? row.unit.band, view.lang);
      groups.set(label, [...(groups.get(label) ?? []), row.unit.unitName]);
    }
    for (const [label, names] of groups) {
      rows.push([b.block, label, String(names.length), names.join(', ')]);
    }
  }
  const header = [l.block, l.band, l.unitCount, l.unit];
  return `## ${md(l.headings.bands)}\n\n${table(header, '|---|---|---:|---|', rows)}`;
}

function triggersSection(view: ReportView): string {
  const l = view.labels;
  const items: string[] = [];
  for (const row of view.rows) {
    for (const t of row.result?.triggers ?? []) {
      const due =
        t.due === undefined ? '' : ` (${l.due.toLowerCase()} ${formatDate(t.due, view.lang)})`;
      const action = t.action === undefined ? '' : ` ${md(l.action)}: ${md(t.action)}.`;
      const reasons = triggerReasons(t, view.lang).map(md).join('; ');
      items.push(
        `- **${md(row.unit.unitName)}** (${md(row.block)}): ${md(triggerText(t, view.lang))}${due}. ${md(l.reason)}: ${reasons}.${action}`,
      );
    }
  }
  return `## ${md(l.headings.triggers)}\n\n${items.length > 0 ? items.join('\n') : `${md(l.none)}.`}`;
}

function lostSection(view: ReportView): string {
  const l = view.labels;
  const rows = lostByField(view.fields, view.results).map((loss) => [
    loss.field.code,
    localName(loss.field, view.lang),
    formatNumber(loss.total, { places: view.places, lang: view.lang }),
    String(loss.units),
  ]);
  const header = [l.code, l.depths[0], l.lostAtAppraisal, l.unitsAffected];
  return `## ${md(l.headings.lost)}\n\n${table(header, '|---|---|---:|---:|', rows)}`;
}
