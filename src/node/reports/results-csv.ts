import type { Lang } from '../../format/number-format.js';
import { roundDecimal } from '../../format/round.js';
import { blockStatsTable } from './block-stats.js';
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
 * - Numbers are the published values (rounded to the results' places), without `%`. The rank
 *   is a number and the block's size has its own column: "3/12" would open as a date.
 * - A text cell that a spreadsheet would turn into a number or a date ("01", "1/12") is
 *   written with a leading apostrophe, so it stays text with its leading zeros.
 * - After the ranking and one empty line, the block statistics (one line per block).
 *
 * @param input - Results, ranking and options.
 * @returns The CSV text, starting with the BOM; write it as UTF-8.
 * @example
 * await writeFile('xep-hang.csv', writeResultsCsv({ results, ranking }), 'utf8');
 */
export function writeResultsCsv(input: ReportInput): string {
  const view = buildReportView(input);
  const separator = view.lang === 'vi' ? ';' : ',';
  const line = (cells: readonly Cell[]): string =>
    cells
      .map((cell) =>
        typeof cell === 'string' ? quote(keepText(neutraliseCell(cell)), separator) : cell.number,
      )
      .join(separator);
  const stats = blockStatsTable(view);
  const statRows = stats.rows.map((cells) =>
    cells.map(
      (c): Cell =>
        c.kind === 'text'
          ? c.text
          : {
              number: c.kind === 'count' ? c.value : csvNumber(c.value, c.places, view.lang),
            },
    ),
  );
  const lines = [header(view), ...rows(view), [], stats.header, ...statRows].map(line);
  return BOM + lines.join(CRLF) + CRLF;
}

/** A CSV cell: text (quoted when needed, kept as text) or a number written as is. */
type Cell = string | { readonly number: string };

// What LibreOffice and Excel would read as a number, a date or a time: digits with separators.
const LOOKS_NUMERIC = /^[\s+-]*[\d.,/:\s-]*\d[\d.,/:\s-]*%?\s*$/;

function keepText(cell: string): string {
  return LOOKS_NUMERIC.test(cell) ? `'${cell}` : cell;
}

function header(view: ReportView): Cell[] {
  const l = view.labels;
  return [
    l.block,
    l.rank,
    l.blockSize,
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

function rows(view: ReportView): Cell[][] {
  const lang = view.lang;
  return view.rows.map((row) => {
    const r = row.result;
    const places = r?.places ?? view.places;
    const num = (value: string | undefined, p = places): Cell =>
      value === undefined ? '' : { number: csvNumber(value, p, lang) };
    const previous = row.change?.previousRank;
    return [
      row.block,
      { number: String(row.unit.rank) },
      { number: String(row.unit.of) },
      row.unit.unitName,
      num(r?.shown.points),
      num(r?.shown.max),
      num(r?.shown.index),
      ...(view.rankedByHeader !== undefined ? [num(row.unit.shown, view.places)] : []),
      bandText(r?.band ?? row.unit.band, lang),
      ...(view.hasPrevious
        ? [previous === undefined ? '' : { number: String(previous) }, changeText(row.change, lang)]
        : []),
      (r?.triggers ?? []).map((t) => triggerText(t, lang)).join('; '),
    ];
  });
}

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

// Rounded, without thousands grouping (a grouping comma would split an English line).
function csvNumber(value: string, places: number, lang: Lang): string {
  const rounded = roundDecimal(value, places);
  return lang === 'vi' ? rounded.replace('.', ',') : rounded;
}
