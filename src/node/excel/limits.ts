import ExcelJS from 'exceljs';
import type { Issue } from '../../errors.js';
import { excelIssue } from './excel-issue.js';
import { countSheetRows, listZipEntries, type ZipEntry } from './zip-scan.js';

/** Bounds on what the Excel readers accept; beyond them the file is refused, not read. */
export const EXCEL_LIMITS = {
  /** Largest workbook file, in bytes (20 MB). */
  maxBytes: 20 * 1024 * 1024,
  /** Most worksheets in a workbook. */
  maxSheets: 50,
  /** Most rows in any worksheet. */
  maxRows: 20_000,
  /** Most bytes the archive may inflate to (guards against zip bombs). */
  maxInflatedBytes: 400 * 1024 * 1024,
} as const;

/** Limits of one read; any omitted field takes its {@link EXCEL_LIMITS} value. */
export interface ExcelLimits {
  /** Largest workbook file, in bytes (default 20 MB). */
  readonly maxBytes?: number | undefined;
  /** Most worksheets in a workbook (default 50). */
  readonly maxSheets?: number | undefined;
  /** Most rows in any worksheet (default 20 000). */
  readonly maxRows?: number | undefined;
}

/** A loaded workbook, or the issues that stopped the load (nothing partial). */
export type LoadedWorkbook =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Loads an `.xlsx` workbook within {@link EXCEL_LIMITS}. Refuses, with one clear issue, a file
 * too large, with too many sheets or rows (checked on the compressed archive before parsing),
 * an encrypted or legacy `.xls` file, and a malformed or truncated one. Never throws.
 *
 * @param data - The file's bytes.
 * @param file - File name put on issues.
 * @param limits - Tighter or looser bounds than the defaults.
 */
export async function loadWorkbook(
  data: Uint8Array,
  file?: string | undefined,
  limits: ExcelLimits = {},
): Promise<LoadedWorkbook> {
  const max = {
    bytes: limits.maxBytes ?? EXCEL_LIMITS.maxBytes,
    sheets: limits.maxSheets ?? EXCEL_LIMITS.maxSheets,
    rows: limits.maxRows ?? EXCEL_LIMITS.maxRows,
  };
  const fail = (issue: Issue): LoadedWorkbook => ({ ok: false, issues: [issue] });
  if (data.byteLength > max.bytes)
    return fail(tooLarge(file, sizeText(data.byteLength, max.bytes)));
  if (OLE.every((b, i) => data[i] === b)) return fail(encrypted(file));
  const listing = listZipEntries(data);
  if (!listing.ok && listing.problem !== 'zip64') return fail(unreadable(file));
  if (listing.ok) {
    const problem = await scanEntries(data, listing.entries, max.sheets, max.rows, file);
    if (problem !== undefined) return fail(problem);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = data.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch {
    return fail(unreadable(file));
  }
  if (workbook.worksheets.length > max.sheets) {
    return fail(tooLarge(file, sheetsText(workbook.worksheets.length, max.sheets)));
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > max.rows) return fail(tooLarge(file, rowsText(sheet.name, max.rows)));
  }
  return { ok: true, workbook };
}

async function scanEntries(
  data: Uint8Array,
  entries: readonly ZipEntry[],
  maxSheets: number,
  maxRows: number,
  file: string | undefined,
): Promise<Issue | undefined> {
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return excelIssue(
      'unsupported_format',
      'Tệp không phải là bảng tính Excel .xlsx (có thể là .ods, .xlsb hoặc tệp nén khác).',
      'The file is not an Excel .xlsx workbook (it may be .ods, .xlsb or another archive).',
      { file },
    );
  }
  const inflated = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (inflated > EXCEL_LIMITS.maxInflatedBytes) {
    return tooLarge(file, sizeText(inflated, EXCEL_LIMITS.maxInflatedBytes));
  }
  const sheets = entries.filter((e) => SHEET_ENTRY.test(e.name));
  if (sheets.length > maxSheets) return tooLarge(file, sheetsText(sheets.length, maxSheets));
  for (const entry of sheets) {
    const count = await countSheetRows(data, entry, maxRows);
    if (count.kind === 'corrupt') return unreadable(file);
    if (count.kind === 'count' && count.rows > maxRows) {
      return tooLarge(file, rowsText(entry.name.replace(/^.*\//, ''), maxRows));
    }
  }
  return undefined;
}

function tooLarge(file: string | undefined, what: readonly [string, string]): Issue {
  return excelIssue(
    'file_too_large',
    `Tệp quá lớn: ${what[0]}. Không đọc tiếp.`,
    `File too large: ${what[1]}. Not read further.`,
    { file },
  );
}

function sizeText(bytes: number, limit: number): [string, string] {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return [
    `${mb(bytes).replace('.', ',')} MB, vượt giới hạn ${mb(limit).replace('.', ',')} MB`,
    `${mb(bytes)} MB, above the ${mb(limit)} MB limit`,
  ];
}

function sheetsText(count: number, limit: number): [string, string] {
  return [
    `${count} trang tính, vượt giới hạn ${limit}`,
    `${count} worksheets, above the limit of ${limit}`,
  ];
}

function rowsText(sheet: string, limit: number): [string, string] {
  const n = limit.toLocaleString('vi-VN');
  return [
    `trang tính "${sheet}" có hơn ${n} dòng`,
    `worksheet "${sheet}" has more than ${limit.toLocaleString('en-US')} rows`,
  ];
}

function unreadable(file: string | undefined): Issue {
  return excelIssue(
    'file_unreadable',
    'Không đọc được tệp Excel: tệp bị hỏng, không đầy đủ hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
    'Cannot read the Excel file: it is damaged, truncated or not an .xlsx workbook. Open it in Excel and save it again as .xlsx.',
    { file },
  );
}

function encrypted(file: string | undefined): Issue {
  return excelIssue(
    'file_unreadable',
    'Tệp được đặt mật khẩu (mã hóa) hoặc là định dạng .xls cũ. Hãy gỡ mật khẩu mở tệp (File > Info > Protect Workbook) và lưu lại dạng .xlsx.',
    'The file is password-protected (encrypted) or a legacy .xls file. Remove the open password (File > Info > Protect Workbook) and save it as .xlsx.',
    { file },
  );
}
