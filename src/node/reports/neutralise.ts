import { neutraliseControls } from '../control-chars.js';

// Spreadsheets read a cell starting with one of these as a formula (CSV/formula injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number such as "-0,50", "-1.234,5" or "-2 %" is data, not a formula; prefixing it would
// turn a number into text in the clerk's sheet.
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*(?: ?%)?$/;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text
 * instead of running it as a formula. Plain numbers (`-0,50`) are left alone. Used by every
 * report format, so a hostile unit name is harmless wherever it is pasted.
 *
 * @param text - The cell text.
 * @returns The text, prefixed with `'` when it could start a formula.
 * @example
 * neutraliseCell('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * neutraliseCell('-0,50'); // '-0,50'
 */
export function neutraliseCell(text: string): string {
  // Control and direction characters are shown, not obeyed ([U+202E]); line breaks stay.
  const shown = neutraliseControls(text);
  return FORMULA_START.test(shown) && !PLAIN_NUMBER.test(shown) ? `'${shown}` : shown;
}
