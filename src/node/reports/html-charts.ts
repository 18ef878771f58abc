import { formatNumber, formatPercent } from '../../format/number-format.js';
import { roundDecimal } from '../../format/round.js';
import { colourOf } from './band-colours.js';
import { escapeHtml as esc } from './html-escape.js';
import { fillLabel } from './labels.js';
import type { FieldLoss } from './lost-by-field.js';
import { bandText, localName, type RankingRow, type ReportView } from './report-data.js';

// Geometry only: a float is fine for pixels; the values printed come from the decimal strings.
function px(value: string): number {
  return Number(roundDecimal(value, 4));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return (
    `<svg id="${id}" class="chart" role="img" aria-labelledby="${id}-t ${id}-d" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`
  );
}

const LABEL_W = 300;
const BAR_W = 520;
const ROW_H = 28;
const TOP = 8;

function percentAxis(view: ReportView, height: number): string {
  const ticks = [0, 25, 50, 75, 100].map((t) => {
    const x = LABEL_W + (BAR_W * t) / 100;
    const label = formatPercent(String(t), { places: 0, lang: view.lang });
    return (
      `<line class="grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${height - 22}"/>` +
      `<text class="tick" x="${x}" y="${height - 6}" text-anchor="middle">${esc(label)}</text>`
    );
  });
  return ticks.join('');
}

/**
 * One block's ranking as horizontal bars: one `rect.bar` per unit, length = index, colour = band.
 *
 * @param view - The report view.
 * @param block - Block name.
 * @param rows - The block's rows, best first.
 * @param id - Unique element id.
 * @returns An inline SVG element.
 */
export function rankingChart(
  view: ReportView,
  block: string,
  rows: readonly RankingRow[],
  id: string,
): string {
  const l = view.labels;
  const height = TOP + rows.length * ROW_H + 28;
  const bars = rows.map((row, i) => {
    const r = row.result;
    const places = r?.places ?? view.places;
    const value = r?.shown.index ?? row.unit.shown;
    const band = r?.band ?? row.unit.band;
    const shown = formatPercent(value, { places, lang: view.lang });
    const y = TOP + i * ROW_H;
    const w = Math.max(0, Math.min(100, px(value))) * (BAR_W / 100);
    const name = `${row.unit.rank}. ${row.unit.unitName}`;
    const tip = `${row.unit.unitName}: ${shown}, ${row.unit.position}, ${bandText(band, view.lang)}`;
    return (
      `<g><title>${esc(tip)}</title>` +
      `<text class="label" x="${LABEL_W - 8}" y="${y + 18}" text-anchor="end">${esc(clip(name, 40))}</text>` +
      `<rect class="bar" x="${LABEL_W}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" ` +
      `fill="${colourOf(view.colours, r?.criteriaSet.id, band?.code).strong}"/>` +
      `<text class="value" x="${(LABEL_W + w + 6).toFixed(1)}" y="${y + 18}">${esc(shown)}</text></g>`
    );
  });
  return (
    svgOpen(
      id,
      LABEL_W + BAR_W + 110,
      height,
      fillLabel(l.charts.rankingTitle, { block }),
      l.charts.rankingDesc,
    ) +
    percentAxis(view, height) +
    bars.join('') +
    '</svg>'
  );
}

const SM_W = 300;
const SM_H = 200;
const SM_X = 34;
const SM_TOP = 36;
const SM_PLOT_H = 128;

/**
 * One unit's field sub-indices as columns (0–100 %), for a grid of small multiples.
 *
 * @param view - The report view.
 * @param row - The unit's ranking row (must hold a result).
 * @param id - Unique element id.
 * @returns An inline SVG element, or an empty string when the row has no result.
 */
export function fieldsChart(view: ReportView, row: RankingRow, id: string): string {
  const r = row.result;
  if (r === undefined) return '';
  const l = view.labels;
  const slot = (SM_W - SM_X - 6) / Math.max(view.fields.length, 1);
  const base = SM_TOP + SM_PLOT_H;
  const grid = [0, 50, 100].map((t) => {
    const y = base - (SM_PLOT_H * t) / 100;
    return (
      `<line class="grid" x1="${SM_X}" y1="${y}" x2="${SM_W - 6}" y2="${y}"/>` +
      `<text class="tick" x="${SM_X - 4}" y="${y + 4}" text-anchor="end">${t}</text>`
    );
  });
  const cols = view.fields.map((f, i) => {
    const node = r.fields.find((n) => n.code === f.code);
    const cx = SM_X + slot * i + slot / 2;
    const code = `<text class="tick" x="${cx}" y="${base + 14}" text-anchor="middle">${esc(clip(f.code, 4))}</text>`;
    if (node === undefined || !node.applicable) {
      const tip = `${localName(f, view.lang)}: ${l.notApplicable}`;
      return `<g><title>${esc(tip)}</title>${code}<text class="tick" x="${cx}" y="${base - 4}" text-anchor="middle">–</text></g>`;
    }
    const h = (Math.max(0, Math.min(100, px(node.percent))) * SM_PLOT_H) / 100;
    const shown = formatPercent(node.percent, { places: r.places, lang: view.lang });
    const tip = `${f.code}. ${localName(f, view.lang)}: ${shown}`;
    const bw = Math.min(slot * 0.7, 40);
    return (
      `<g><title>${esc(tip)}</title>` +
      `<rect class="field-bar" x="${(cx - bw / 2).toFixed(1)}" y="${(base - h).toFixed(1)}" ` +
      `width="${bw.toFixed(1)}" height="${h.toFixed(1)}"/>` +
      `<text class="small" x="${cx}" y="${(base - h - 3).toFixed(1)}" text-anchor="middle">` +
      `${esc(formatNumber(node.percent, { places: 0, lang: view.lang }))}</text>${code}</g>`
    );
  });
  const title = fillLabel(l.charts.fieldsTitle, { unit: row.unit.unitName });
  return (
    svgOpen(id, SM_W, SM_H, title, l.charts.fieldsDesc) +
    `<text class="sm-title" x="${SM_X}" y="16">${esc(clip(row.unit.unitName, 36))}</text>` +
    grid.join('') +
    cols.join('') +
    '</svg>'
  );
}

/**
 * Points lost at appraisal by field as horizontal bars (longest = largest loss).
 *
 * @param view - The report view.
 * @param losses - Loss per field.
 * @param id - Unique element id.
 * @returns An inline SVG element.
 */
export function lostChart(view: ReportView, losses: readonly FieldLoss[], id: string): string {
  const l = view.labels;
  const height = TOP + losses.length * ROW_H + 8;
  const largest = Math.max(...losses.map((x) => px(x.total)), 0);
  const bars = losses.map((loss, i) => {
    const y = TOP + i * ROW_H;
    const w = largest > 0 ? (Math.max(0, px(loss.total)) * BAR_W) / largest : 0;
    const name = `${loss.field.code}. ${localName(loss.field, view.lang)}`;
    const shown = formatNumber(loss.total, { places: view.places, lang: view.lang });
    const tip = `${name}: ${shown} (${fillLabel(l.unitsCount, { n: loss.units })})`;
    return (
      `<g><title>${esc(tip)}</title>` +
      `<text class="label" x="${LABEL_W - 8}" y="${y + 18}" text-anchor="end">${esc(clip(name, 40))}</text>` +
      `<rect class="lost-bar" x="${LABEL_W}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}"/>` +
      `<text class="value" x="${(LABEL_W + w + 6).toFixed(1)}" y="${y + 18}">${esc(shown)}</text></g>`
    );
  });
  return (
    svgOpen(id, LABEL_W + BAR_W + 110, height, l.charts.lostTitle, l.charts.lostDesc) +
    bars.join('') +
    '</svg>'
  );
}
