import { formatNumber, formatPercent } from '../../format/number-format.js';
import { colourOf } from './band-colours.js';
import { fieldAverageRows, statLines, statText } from './block-stats.js';
import { fieldsChart, lostChart, rankingChart } from './html-charts.js';
import { escapeHtml as esc } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import { fillLabel, formatDate } from './labels.js';
import { lostByField } from './lost-by-field.js';
import { neutraliseCell } from './neutralise.js';
import {
  bandText,
  buildReportView,
  changeText,
  localName,
  type RankingRow,
  type ReportView,
  triggerReasons,
  triggerText,
} from './report-data.js';
import type { ReportInput } from './report-input.js';

/**
 * Writes the results as one standalone HTML file: ranking bars per block coloured by band,
 * each unit's field sub-indices as small multiples, points lost at appraisal by field, the
 * triggers fired and the scoring warnings, each chart with its table. CSS and SVG are inline;
 * nothing is loaded from the network, so the file opens offline and can be e-mailed.
 * All text is escaped; charts carry `<title>`/`<desc>` for screen readers.
 *
 * @param input - Results, ranking and options.
 * @returns The HTML document.
 * @example
 * await writeFile('ket-qua.html', writeResultsHtml({ results, ranking }), 'utf8');
 */
export function writeResultsHtml(input: ReportInput): string {
  const view = buildReportView(input);
  let n = 0;
  const nextId = (): string => `chart-${++n}`;
  const body = [
    `<h1>${esc(view.title)}</h1>`,
    view.subtitle === '' ? '' : `<p class="subtitle">${esc(view.subtitle)}</p>`,
    rankingSection(view, nextId),
    statsSection(view),
    fieldsSection(view, nextId),
    lostSection(view, nextId),
    triggersSection(view),
    warningsSection(view),
  ].join('\n');
  return [
    '<!doctype html>',
    `<html lang="${view.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(view.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    `<body><main>\n${body}\n</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** A table cell: neutralised (the table may be pasted into a spreadsheet) and escaped. */
function td(text: string, numeric = false): string {
  return `<td${numeric ? ' class="num"' : ''}>${esc(neutraliseCell(text))}</td>`;
}

// Tables scroll inside their own box on a narrow screen; the page itself never scrolls sideways.
function tableHtml(header: readonly string[], rows: readonly string[], cls = ''): string {
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const attr = cls === '' ? '' : ` class="${cls}"`;
  return `<div class="table-wrap"><table${attr}><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

// Colours are borders, not backgrounds: borders still print with "background graphics" off.
function swatch(colour: string): string {
  return `<span class="swatch" style="border-color:${colour}"></span>`;
}

/** One legend per criteria set, every band of the set in order, best first. */
function legends(view: ReportView): string {
  return view.colours.legends
    .map((lg) => {
      const title = view.lang === 'en' ? (lg.setTitleEn ?? lg.setTitle) : lg.setTitle;
      const items = lg.items.map(
        (it) =>
          `<li>${swatch(it.colour.strong)}${esc(view.lang === 'en' ? (it.labelEn ?? it.label) : it.label)}</li>`,
      );
      return (
        `<figure class="legend-box"><figcaption>${esc(fillLabel(view.labels.legend, { set: title }))}</figcaption>` +
        `<ul class="legend">${items.join('')}</ul></figure>`
      );
    })
    .join('\n');
}

function bandCell(view: ReportView, row: RankingRow): string {
  const band = row.result?.band ?? row.unit.band;
  const c = colourOf(view.colours, row.result?.criteriaSet.id, band?.code);
  return (
    `<td class="band" style="background:${c.light};border-left-color:${c.strong}">` +
    `${esc(bandText(band, view.lang))}</td>`
  );
}

function rankingSection(view: ReportView, nextId: () => string): string {
  const l = view.labels;
  const header = [
    l.position,
    l.unit,
    l.points,
    l.max,
    l.indexPercent,
    ...(view.rankedByHeader !== undefined ? [view.rankedByHeader] : []),
    l.band,
    ...(view.hasPrevious ? [l.rankChange] : []),
    l.triggers,
  ];
  const blocks = view.blocks.map((b) => {
    const rows = b.rows.map((row) => {
      const r = row.result;
      const places = r?.places ?? view.places;
      const num = (v: string | undefined): string =>
        v === undefined ? '' : formatNumber(v, { places, lang: view.lang });
      const cells = [
        td(row.unit.position, true),
        td(row.unit.unitName),
        td(num(r?.shown.points), true),
        td(num(r?.shown.max), true),
        td(r === undefined ? '' : formatPercent(r.shown.index, { places, lang: view.lang }), true),
        ...(view.rankedByHeader !== undefined
          ? [td(formatPercent(row.unit.shown, { places: view.places, lang: view.lang }), true)]
          : []),
        bandCell(view, row),
        ...(view.hasPrevious ? [td(changeText(row.change, view.lang))] : []),
        td((r?.triggers ?? []).map((t) => triggerText(t, view.lang)).join('; ')),
      ];
      return `<tr>${cells.join('')}</tr>`;
    });
    const count = fillLabel(l.unitsCount, { n: b.rows.length });
    return (
      `<h3>${esc(l.block)} ${esc(b.block)} (${esc(count)})</h3>\n` +
      `<figure class="chart-box">${rankingChart(view, b.block, b.rows, nextId())}</figure>\n` +
      tableHtml(header, rows, 'ranking')
    );
  });
  return `<section id="ranking">\n<h2>${esc(l.headings.ranking)}</h2>\n${legends(view)}\n${blocks.join('\n')}\n</section>`;
}

function statsSection(view: ReportView): string {
  const l = view.labels;
  const blocks = view.blocks.map((b) => {
    const s = b.summary;
    const lines = statLines(view, s).map(
      (line) =>
        `<tr><th scope="row">${esc(line.label)}</th>${td(statText(view, s, line), true)}</tr>`,
    );
    const fields = fieldAverageRows(view, s).map(
      ([code, name, units, points, percent]) =>
        `<tr>${td(`${code}. ${name}`)}${td(units ?? '', true)}${td(points ?? '', true)}${td(percent ?? '', true)}</tr>`,
    );
    return (
      `<h3>${esc(l.block)} ${esc(b.block)}</h3>\n` +
      `<div class="table-wrap"><table class="stats"><tbody>${lines.join('')}</tbody></table></div>\n` +
      tableHtml(
        [
          l.stats.fieldAverages,
          l.stats.applicableUnits,
          l.stats.averageFieldPoints,
          l.stats.averageFieldPercent,
        ],
        fields,
      )
    );
  });
  return `<section id="block-stats">\n<h2>${esc(l.stats.heading)}</h2>\n${blocks.join('\n')}\n</section>`;
}

function fieldsSection(view: ReportView, nextId: () => string): string {
  const l = view.labels;
  const figures = view.rows
    .filter((row) => row.result !== undefined)
    .map((row) => `<figure>${fieldsChart(view, row, nextId())}</figure>`);
  const names = view.fields
    .map((f) => `<dt>${esc(f.code)}</dt><dd>${esc(localName(f, view.lang))}</dd>`)
    .join('');
  const rows = view.rows.map((row) => {
    const r = row.result;
    const cells = view.fields.map((f) => {
      const node = r?.fields.find((x) => x.code === f.code);
      if (r === undefined || node === undefined) return td('');
      if (!node.applicable) return td(l.notApplicable);
      return td(formatPercent(node.percent, { places: r.places, lang: view.lang }), true);
    });
    return `<tr>${td(row.unit.unitName)}${cells.join('')}</tr>`;
  });
  return (
    `<section id="fields">\n<h2>${esc(l.headings.fieldIndices)}</h2>\n` +
    `<dl class="fields">${names}</dl>\n<div class="grid-multiples">${figures.join('')}</div>\n` +
    `${tableHtml([l.unit, ...view.fields.map((f) => f.code)], rows)}\n</section>`
  );
}

function lostSection(view: ReportView, nextId: () => string): string {
  const l = view.labels;
  const losses = lostByField(view.fields, view.results);
  const rows = losses.map(
    (x) =>
      `<tr>${td(`${x.field.code}. ${localName(x.field, view.lang)}`)}` +
      `${td(formatNumber(x.total, { places: view.places, lang: view.lang }), true)}` +
      `${td(String(x.units), true)}</tr>`,
  );
  return (
    `<section id="lost">\n<h2>${esc(l.headings.lost)}</h2>\n` +
    `<figure class="chart-box">${lostChart(view, losses, nextId())}</figure>\n` +
    `${tableHtml([l.depths[0], l.lostAtAppraisal, l.unitsAffected], rows)}\n</section>`
  );
}

function triggersSection(view: ReportView): string {
  const l = view.labels;
  const rows = view.rows.flatMap((row) =>
    (row.result?.triggers ?? []).map((t) => {
      const reasons = triggerReasons(t, view.lang)
        .map((x) => `<li>${esc(neutraliseCell(x))}</li>`)
        .join('');
      return (
        `<tr>${td(row.unit.unitName)}${td(row.block)}${td(triggerText(t, view.lang))}` +
        `<td><ul>${reasons}</ul></td>${td(t.action ?? '')}` +
        `${td(t.due === undefined ? '' : formatDate(t.due, view.lang))}</tr>`
      );
    }),
  );
  const content =
    rows.length === 0
      ? `<p>${esc(l.none)}.</p>`
      : tableHtml([l.unit, l.block, l.trigger, l.reason, l.action, l.due], rows);
  return `<section id="triggers">\n<h2>${esc(l.headings.triggers)}</h2>\n${content}\n</section>`;
}

function warningsSection(view: ReportView): string {
  const l = view.labels;
  const rows = view.rows.flatMap((row) =>
    (row.result?.warnings ?? []).map(
      (w) =>
        `<tr>${td(row.unit.unitName)}${td(w.nodeCode)}` +
        `${td(view.lang === 'en' ? w.messageEn : w.message)}</tr>`,
    ),
  );
  const content =
    rows.length === 0 ? `<p>${esc(l.none)}.</p>` : tableHtml([l.unit, l.node, l.message], rows);
  return `<section id="warnings">\n<h2>${esc(l.headings.warnings)}</h2>\n${content}\n</section>`;
}
