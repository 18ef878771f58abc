import { formatNumber } from '../../format/number-format.js';
import { neutraliseCell } from './neutralise.js';
import {
  bandText,
  buildReportView,
  changeText,
  type ReportView,
  triggerText,
} from './report-data.js';
import type { ReportInput } from './report-input.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Writes the ranking table as CSV that opens correctly when double-clicked in Excel.
 *
 * The choices, and why:
 * - UTF-8 with a byte-order mark: without it Excel reads the file in the Windows code page and
 *   mangles Vietnamese diacritics ("Huyá»‡n"). A `sep=;` first line is not written, because
 *   with it Excel ignores the BOM.
 * - Separator `;` and decimal comma when `lang` is `vi` (default): Vietnamese regional settings
 *   use `,` as the decimal mark and `;` as the list separator, so Excel splits the columns and
 *   reads `81,33` as a number. With `lang: 'en'`: `,` and a decimal point.
 * - RFC 4180: CRLF line ends, fields with the separator, a quote or a line break are quoted and
 *   their quotes doubled.
 * - Cells that could start a formula are neutralised with a leading apostrophe
 *   ({@link neutraliseCell}).
 * - Numbers are the published values (rounded to the results' places), without `%`.
 *
 * @param input - Results, ranking and options.
 * @returns The CSV text, starting with the BOM; write it as UTF-8.
 * @example
 * await writeFile('xep-hang.csv', writeResultsCsv({ results, ranking }), 'utf8');
 */
export function writeResultsCsv(input: ReportInput): string {
  const view = buildReportView(input);
  const separator = view.lang === 'vi' ? ';' : ',';
  const lines = [header(view), ...rows(view)].map((cells) =>
    cells.map((cell) => quote(neutraliseCell(cell), separator)).join(separator),
  );
  return BOM + lines.join(CRLF) + CRLF;
}

function header(view: ReportView): string[] {
  const l = view.labels;
  return [
    l.block,
    l.rank,
    l.position,
    l.unit,
    l.points,
    l.max,
    l.indexPercent,
    ...(view.rankedByHeader !== undefined ? [view.rankedByHeader] : []),
    l.band,
    ...(view.hasPrevious ? [l.previousRank, l.rankChange] : []),
    l.triggers,
  ];
}

function rows(view: ReportView): string[][] {
  const lang = view.lang;
  return view.rows.map((row) => {
    const r = row.result;
    const places = r?.places ?? view.places;
    const num = (value: string | undefined): string =>
      value === undefined ? '' : formatNumber(value, { places, lang });
    return [
      row.block,
      String(row.unit.rank),
      row.unit.position,
      row.unit.unitName,
      num(r?.shown.points),
      num(r?.shown.max),
      num(r?.shown.index),
      ...(view.rankedByHeader !== undefined
        ? [formatNumber(row.unit.shown, { places: view.places, lang })]
        : []),
      bandText(r?.band ?? row.unit.band, lang),
      ...(view.hasPrevious
        ? [String(row.change?.previousRank ?? ''), changeText(row.change, lang)]
        : []),
      (r?.triggers ?? []).map((t) => triggerText(t, lang)).join('; '),
    ];
  });
}

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
