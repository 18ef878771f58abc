import type { Issue } from '../../errors.js';
import { fileIssue } from '../issue.js';
import { decodeText } from '../parse-data-bytes.js';

import type { CsvEncoding } from './csv-encoding.js';
import { decodeCp1258 } from './decode-cp1258.js';

export type { CsvEncoding } from './csv-encoding.js';
export { CSV_ENCODINGS } from './csv-encoding.js';

/** A decoded CSV file, or the issue that stopped it. */
export type DecodedCsv =
  | {
      /** Decoded. */
      readonly ok: true;
      /** The file's text (NFC). */
      readonly text: string;
    }
  | {
      /** Not decoded. */
      readonly ok: false;
      /** What is wrong and how to fix it. */
      readonly issue: Issue;
    };

/**
 * Decodes a CSV file. UTF-8 (with or without a byte-order mark, or UTF-16 with one) is read as
 * is. Windows-1258, what Vietnamese Excel writes for "CSV (Comma delimited)", is read when asked
 * for (`cp1258`): its tone marks are separate characters, so the text is composed (NFC) after
 * decoding. Bytes that are not UTF-8 are not guessed at: the issue says how to save the file as
 * UTF-8, or to give `--encoding cp1258`.
 *
 * @param bytes - The file's bytes.
 * @param file - File name put on the issue.
 * @param encoding - `utf-8` (default) or `cp1258`.
 */
export function decodeCsv(
  bytes: Uint8Array,
  file: string,
  encoding: CsvEncoding = 'utf-8',
): DecodedCsv {
  if (encoding === 'cp1258') {
    return { ok: true, text: decodeCp1258(bytes) };
  }
  const text = decodeText(bytes);
  if (text !== undefined) return { ok: true, text };
  return {
    ok: false,
    issue: fileIssue(
      file,
      'file_unreadable',
      'Tệp CSV không phải UTF-8 (Excel tiếng Việt lưu "CSV (Comma delimited)" theo bảng mã Windows-1258). Cách sửa: trong Excel chọn File > Save As, kiểu "CSV UTF-8 (Comma delimited) (*.csv)"; trong LibreOffice chọn File > Save As, kiểu "Text CSV (.csv)", đánh dấu "Edit filter settings", chọn Character set "Unicode (UTF-8)". Hoặc chạy lại lệnh với --encoding cp1258.',
      'The CSV file is not UTF-8 (Vietnamese Excel saves "CSV (Comma delimited)" in Windows-1258). To fix: in Excel choose File > Save As, type "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice choose File > Save As, type "Text CSV (.csv)", tick "Edit filter settings", Character set "Unicode (UTF-8)". Or run the command again with --encoding cp1258.',
    ),
  };
}
