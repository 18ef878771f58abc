// The numbers alone, apart from the reader: checking a file's size must not load exceljs.

/** Bounds on what the Excel readers accept; beyond them the file is refused, not read. */
export const EXCEL_LIMITS = {
  /** Largest workbook file, in bytes (20 MB). */
  maxBytes: 20 * 1024 * 1024,
  /** Most worksheets in a workbook. */
  maxSheets: 50,
  /** Most rows in any worksheet. */
  maxRows: 20_000,
  /**
   * Most cells in the workbook (20 000 rows of 10 columns), counting every cell of merged,
   * validated and named ranges, which the reader creates one by one.
   */
  maxCells: 200_000,
  /** Most shared text strings. */
  maxSharedStrings: 200_000,
  /** Most cell format records. */
  maxStyles: 20_000,
  /** Most XML elements in all parts together. */
  maxElements: 1_000_000,
  /** Most bytes the archive may unpack to (guards against zip bombs). */
  maxInflatedBytes: 50 * 1024 * 1024,
} as const;

/** Limits of one read; any omitted field takes its {@link EXCEL_LIMITS} value. */
export interface ExcelLimits {
  /** Largest workbook file, in bytes (default 20 MB). */
  readonly maxBytes?: number | undefined;
  /** Most worksheets in a workbook (default 50). */
  readonly maxSheets?: number | undefined;
  /** Most rows in any worksheet (default 20 000). */
  readonly maxRows?: number | undefined;
  /** Most cells, merged, validated and named ranges counted cell by cell (default 200 000). */
  readonly maxCells?: number | undefined;
  /** Most shared text strings (default 200 000). */
  readonly maxSharedStrings?: number | undefined;
  /** Most cell format records (default 20 000). */
  readonly maxStyles?: number | undefined;
  /** Most XML elements (default 1 000 000). */
  readonly maxElements?: number | undefined;
  /** Most bytes unpacked (default 50 MB). */
  readonly maxInflatedBytes?: number | undefined;
}
