import type { Issue } from '../../errors.js';
import { csvTooLarge } from './csv-bounds.js';
import { csvToWorkbook } from './csv-to-workbook.js';
import { type CsvEncoding, decodeCsv } from './decode-csv.js';
import { parseCsv } from './parse-csv.js';
import { tooManyCells } from './read-assessment-csv.js';

/**
 * A criteria table saved as CSV, as a one-sheet workbook for the spreadsheet reader (used by
 * `par-index import criteria` and the page).
 */
export async function csvTableAsWorkbook(
  bytes: Uint8Array,
  file: string,
  encoding: CsvEncoding,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; issue: Issue }> {
  const decoded = decodeCsv(bytes, file, encoding);
  if (!decoded.ok) return decoded;
  // Bounded before parsing and before the workbook is built from it.
  if (csvTooLarge(decoded.text)) return { ok: false, issue: tooManyCells(file) };
  const rows = parseCsv(decoded.text);
  if (rows === undefined) {
    return {
      ok: false,
      issue: {
        code: 'invalid_syntax',
        path: [],
        message: 'Tệp CSV có dấu ngoặc kép (") không được đóng.',
        messageEn: 'The CSV file has a quote (") that is never closed.',
        file,
      },
    };
  }
  return { ok: true, bytes: await csvToWorkbook(rows) };
}
