import ExcelJS from 'exceljs';
import type { Issue } from '../../errors.js';
import { excelIssue } from './excel-issue.js';
import { EXCEL_LIMITS, type ExcelLimits } from './excel-limits.js';
import { type XmlExcess, XmlTally } from './xml-budget.js';
import { inflateEntry, listZipEntries, type ZipEntry } from './zip-scan.js';

/** A loaded workbook, or the issues that stopped the load (nothing partial). */
export type LoadedWorkbook =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };

type Bounds = { readonly [K in keyof ExcelLimits]-?: number };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// The parts exceljs reads as worksheets: its own test, unanchored, on the name it sees.
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * Loads an `.xlsx` workbook within {@link EXCEL_LIMITS}. Everything is decided before the
 * workbook is parsed: the file size, then the archive's directory (read as strictly as the
 * reader reads it), the unpacked size, then every part is unpacked (never past its declared
 * size) and counted: sheets, rows, cells with merged/validated/named ranges, shared strings,
 * styles, elements, coordinates inside Excel's grid. Refuses, with one clear issue, a file
 * beyond any bound, an encrypted or legacy `.xls` file, and a malformed, truncated or
 * ambiguous one. Never throws.
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
  const max: Bounds = {
    maxBytes: limits.maxBytes ?? EXCEL_LIMITS.maxBytes,
    maxSheets: limits.maxSheets ?? EXCEL_LIMITS.maxSheets,
    maxRows: limits.maxRows ?? EXCEL_LIMITS.maxRows,
    maxCells: limits.maxCells ?? EXCEL_LIMITS.maxCells,
    maxSharedStrings: limits.maxSharedStrings ?? EXCEL_LIMITS.maxSharedStrings,
    maxStyles: limits.maxStyles ?? EXCEL_LIMITS.maxStyles,
    maxElements: limits.maxElements ?? EXCEL_LIMITS.maxElements,
    maxInflatedBytes: limits.maxInflatedBytes ?? EXCEL_LIMITS.maxInflatedBytes,
  };
  const fail = (issue: Issue): LoadedWorkbook => ({ ok: false, issues: [issue] });
  if (data.byteLength > max.maxBytes)
    return fail(tooLarge(file, sizeText(data.byteLength, max.maxBytes)));
  if (OLE.every((b, i) => data[i] === b)) return fail(encrypted(file));
  const listing = listZipEntries(data);
  if (!listing.ok) return fail(unreadable(file));
  const problem = await scanEntries(data, listing.entries, max, file);
  if (problem !== undefined) return fail(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = data.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch {
    return fail(unreadable(file));
  }
  if (workbook.worksheets.length > max.maxSheets) {
    return fail(tooLarge(file, sheetsText(workbook.worksheets.length, max.maxSheets)));
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > max.maxRows)
      return fail(tooLarge(file, rowsText(sheet.name, max.maxRows)));
  }
  return { ok: true, workbook };
}

async function scanEntries(
  data: Uint8Array,
  entries: readonly ZipEntry[],
  max: Bounds,
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
  // Decided from the directory alone; each part is then unpacked to its declared size at most.
  const inflated = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (inflated > max.maxInflatedBytes) {
    return tooLarge(file, unpackedText(inflated, max.maxInflatedBytes));
  }
  const sheets = entries.filter((e) => SHEET_PART.test(e.name)).length;
  if (sheets > max.maxSheets) return tooLarge(file, sheetsText(sheets, max.maxSheets));
  const tally = new XmlTally({
    rows: max.maxRows,
    cells: max.maxCells,
    strings: max.maxSharedStrings,
    styles: max.maxStyles,
    elements: max.maxElements,
  });
  for (const entry of entries) {
    const bytes = await inflateEntry(data, entry);
    if (bytes === undefined) return unreadable(file, entry.name);
    const excess = tally.scan(bytes, entry.name);
    if (excess !== undefined) return excessIssue(excess, max, file);
  }
  if (tally.sheets > max.maxSheets) return tooLarge(file, sheetsText(tally.sheets, max.maxSheets));
  return undefined;
}

function excessIssue(excess: XmlExcess, max: Bounds, file: string | undefined): Issue {
  const vi = (n: number) => n.toLocaleString('vi-VN');
  const en = (n: number) => n.toLocaleString('en-US');
  switch (excess.kind) {
    case 'rows':
      return tooLarge(file, rowsText(excess.part.replace(/^.*\//, ''), max.maxRows), excess.part);
    case 'cells':
      return tooLarge(file, [
        `hơn ${vi(max.maxCells)} ô (kể cả từng ô của vùng gộp ô, vùng kiểm tra dữ liệu và vùng được đặt tên)`,
        `more than ${en(max.maxCells)} cells (every cell of merged, validated and named ranges counted)`,
      ]);
    case 'strings':
      return tooLarge(file, [
        `hơn ${vi(max.maxSharedStrings)} chuỗi văn bản`,
        `more than ${en(max.maxSharedStrings)} text strings`,
      ]);
    case 'styles':
      return tooLarge(file, [
        `hơn ${vi(max.maxStyles)} định dạng ô`,
        `more than ${en(max.maxStyles)} cell formats`,
      ]);
    case 'elements':
      return tooLarge(file, [
        `hơn ${vi(max.maxElements)} phần tử XML`,
        `more than ${en(max.maxElements)} XML elements`,
      ]);
    case 'outside_grid':
      return excelIssue(
        'file_unreadable',
        `Tệp bị hỏng: phần ${excess.part} có "${excess.where}", nằm ngoài bảng tính Excel (tối đa 1.048.576 dòng, 16.384 cột). Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
        `The file is damaged: part ${excess.part} has "${excess.where}", outside an Excel sheet (at most 1,048,576 rows, 16,384 columns). Open it in Excel and save it again as .xlsx.`,
        { file, sheet: excess.part },
      );
    case 'malformed':
      return unreadable(file, excess.part);
  }
}

function tooLarge(
  file: string | undefined,
  what: readonly [string, string],
  part?: string | undefined,
): Issue {
  return excelIssue(
    'file_too_large',
    `Tệp quá lớn: ${what[0]}. Không đọc tiếp.`,
    `File too large: ${what[1]}. Not read further.`,
    part === undefined ? { file } : { file, sheet: part },
  );
}

function sizeText(bytes: number, limit: number): [string, string] {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return [
    `${mb(bytes).replace('.', ',')} MB, vượt giới hạn ${mb(limit).replace('.', ',')} MB`,
    `${mb(bytes)} MB, above the ${mb(limit)} MB limit`,
  ];
}

function unpackedText(bytes: number, limit: number): [string, string] {
  const [vi, en] = sizeText(bytes, limit);
  return [`giải nén ra ${vi}`, `unpacks to ${en}`];
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

function unreadable(file: string | undefined, part?: string | undefined): Issue {
  const [vi, en] = part === undefined ? ['', ''] : [` (phần ${part})`, ` (part ${part})`];
  return excelIssue(
    'file_unreadable',
    `Không đọc được tệp Excel${vi}: tệp bị hỏng, không đầy đủ hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    `Cannot read the Excel file${en}: it is damaged, truncated or not an .xlsx workbook. Open it in Excel and save it again as .xlsx.`,
    part === undefined ? { file } : { file, sheet: part },
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
