import type { Issue } from '../../errors.js';

/** Spreadsheet files par-index does not read: the clerk saves them as .xlsx first. */
export const UNSUPPORTED_SPREADSHEET = /\.(ods|fods|xls|xlsb|xlsm|xlt|xltx|numbers|et)$/i;

/**
 * The one message for a spreadsheet saved in a format par-index does not read (.ods, .xls …),
 * telling how to save it as .xlsx; `import`, `score` and `validate` all give it.
 *
 * @example
 * unsupportedSpreadsheet('an-lac.ods').message; // 'Tệp .ods chưa đọc được: …'
 */
export function unsupportedSpreadsheet(file: string): Issue {
  const ext = /\.[^.]+$/.exec(file)?.[0].toLowerCase() ?? '';
  return {
    code: 'unsupported_format',
    path: [],
    file,
    message: `Tệp ${ext} chưa đọc được: hãy mở tệp bằng Excel hoặc LibreOffice Calc, chọn File > Save As (Lưu thành), kiểu "Excel Workbook (.xlsx)" / "Excel 2007-365 (.xlsx)", rồi dùng tệp .xlsx đó.`,
    messageEn: `A ${ext} file cannot be read: open it in Excel or LibreOffice Calc, choose File > Save As, type "Excel Workbook (.xlsx)" / "Excel 2007-365 (.xlsx)", and use that .xlsx file.`,
  };
}
