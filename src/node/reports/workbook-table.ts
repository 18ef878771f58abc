import type { Workbook, Worksheet } from 'exceljs';
import { roundDecimal } from '../../format/round.js';
import { neutraliseCell } from './neutralise.js';

/** A cell with its own style. */
export interface StyledCell {
  readonly value: string | number | Date | null;
  /** Excel number format, e.g. `0.00`. */
  readonly numFmt?: string | undefined;
  /** Background colour `#rrggbb`. */
  readonly fill?: string | undefined;
  readonly bold?: boolean | undefined;
  /** Indent level of the text (tree depth). */
  readonly indent?: number | undefined;
}

/** A cell value as the sheet builders give it. Strings are neutralised when written. */
export type CellInput = string | number | Date | null | StyledCell;

/** One column of a table sheet. */
export interface ColumnSpec {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** Wrap long text (reasons, names). */
  readonly wrap?: boolean | undefined;
}

/** A sheet laid out as one table under a title. */
export interface TableSpec {
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellInput[])[];
  /** Columns kept visible when scrolling right. */
  readonly freezeColumns?: number | undefined;
}

const HEADER_ROW = 3;
const HEADER_FILL = 'FF1F4E78';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** Lines a text takes in a wrapped column `width` characters wide (about one per character). */
function lineCount(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(width - 1, 1))), 0);
}

/**
 * Lines a bold header takes when wrapped at word boundaries in a column `width` characters wide
 * (bold glyphs are about 15 % wider): a header cut off in its cell is unreadable on paper.
 */
function headerLines(text: string, width: number): number {
  const room = Math.max((width - 1) / 1.15, 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length <= room) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      const spill = Math.ceil(word.length / room);
      lines += spill - 1;
      used = word.length - (spill - 1) * room;
    }
  }
  return lines;
}

/** Excel number format with `places` decimals (`0.00`). */
export function numberFormat(places: number): string {
  return places > 0 ? `0.${'0'.repeat(places)}` : '0';
}

/**
 * A number cell holding the published (rounded) value: the decimal string is rounded first
 * and only then converted, so the cell shows exactly what is published.
 *
 * @example
 * numberCell('81.3333', 2); // { value: 81.33, numFmt: '0.00' }
 */
export function numberCell(value: string, places: number): StyledCell {
  return { value: Number(roundDecimal(value, places)), numFmt: numberFormat(places) };
}

/**
 * An ISO date as an Excel date cell (text when it is not a date).
 *
 * @example
 * dateCell('2023-04-10', 'dd/mm/yyyy');
 */
export function dateCell(iso: string, numFmt: string): CellInput {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt };
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * Adds a sheet with a title, a styled header row, the rows, column widths, frozen header and
 * autofilter, so a clerk can sort and filter without reformatting.
 *
 * @param workbook - The workbook to add to.
 * @param name - Sheet name.
 * @param spec - Title, columns and rows.
 * @returns The sheet.
 */
export function addTableSheet(workbook: Workbook, name: string, spec: TableSpec): Worksheet {
  const freeze = spec.freezeColumns ?? 0;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: freeze, ySplit: HEADER_ROW }],
  });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  // Title and source line span the table and wrap, so that they never widen the printed page.
  const span = Math.max(spec.columns.length, 1);
  const tableWidth = spec.columns.reduce((w, c) => w + c.width, 0);
  sheet.mergeCells(1, 1, 1, span);
  sheet.mergeCells(2, 1, 2, span);
  const title = sheet.getCell(1, 1);
  title.value = neutraliseCell(spec.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).height = lineCount(spec.title, tableWidth / 1.4) * 19 + 2;
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = neutraliseCell(spec.subtitle);
  subtitle.font = { italic: true, color: { argb: 'FF595959' } };
  subtitle.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = lineCount(spec.subtitle, tableWidth) * 15 + 2;

  const header = sheet.getRow(HEADER_ROW);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutraliseCell(c.header);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  // Tall enough for the longest wrapped header (about 15 points a line).
  const lines = Math.max(...spec.columns.map((c) => headerLines(c.header, c.width)), 1);
  header.height = Math.max(2, lines) * 15 + 4;

  spec.rows.forEach((values, r) => {
    const row = sheet.getRow(HEADER_ROW + 1 + r);
    // Tall enough for the longest wrapped text of the row (spreadsheets do not re-fit on open).
    const lines = values.map((input, c) => {
      const column = spec.columns[c];
      const text =
        input !== null && typeof input === 'object' && !(input instanceof Date)
          ? input.value
          : input;
      return column?.wrap === true && typeof text === 'string' ? lineCount(text, column.width) : 1;
    });
    const most = Math.max(1, ...lines);
    if (most > 1) row.height = most * 15 + 2;
    values.forEach((input, c) => {
      const cell = row.getCell(c + 1);
      const styled: StyledCell =
        input !== null && typeof input === 'object' && !(input instanceof Date)
          ? input
          : { value: input };
      cell.value = typeof styled.value === 'string' ? neutraliseCell(styled.value) : styled.value;
      if (styled.numFmt !== undefined) cell.numFmt = styled.numFmt;
      if (styled.fill !== undefined) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(styled.fill) } };
      }
      if (styled.bold === true) cell.font = { bold: true };
      cell.alignment = {
        vertical: 'top',
        wrapText: spec.columns[c]?.wrap === true,
        ...(styled.indent !== undefined && styled.indent > 0 ? { indent: styled.indent } : {}),
      };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
  });

  const lastRow = HEADER_ROW + Math.max(spec.rows.length, 1);
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: lastRow, column: spec.columns.length },
  };
  printSetup(sheet);
  return sheet;
}

/**
 * A4 landscape, every column on one page wide (as many pages down as needed), the title and
 * header rows repeated on every page, page numbers in the footer.
 */
export function printSetup(sheet: Worksheet, titleRows = `1:${HEADER_ROW}`): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&C&P / &N' };
}
