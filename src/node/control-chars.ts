// Characters that act instead of showing: C0 controls (ESC starts terminal commands, BEL rings,
// CR returns to the line start and overwrites it), DEL, C1 controls (0x9B is a one-byte ESC [),
// line and paragraph separators, and the bidirectional marks, embeddings, overrides and
// isolates that reorder what is shown ("Trojan Source").
const BIDI = '\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const C1 = '\\u007f-\\u009f';
const TERMINAL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${C1}${BIDI}]`, 'g');
const LINE = new RegExp(`[\\u0000-\\u001f${C1}${BIDI}]`, 'g');
const CELL = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${C1}${BIDI}]`, 'g');
const JSON_RAW = new RegExp(`[${C1}${BIDI}]`, 'g');

const code = (ch: string): string =>
  (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** `[U+001B]`: how a control character is shown, visibly and the same everywhere. */
export function showControl(ch: string): string {
  return `[U+${code(ch)}]`;
}

/**
 * Text safe to print on a terminal: every control and direction character is shown as
 * `[U+XXXX]`, except tabs and line breaks. Applied to everything the CLI prints, so no file,
 * name or message can move the cursor, clear the screen, ring, or reorder a line.
 */
export function escapeTerminal(text: string): string {
  return text.replace(TERMINAL, showControl);
}

/**
 * One line of text from data (a name, a code, a file name, a message): like
 * {@link escapeTerminal}, line breaks and tabs included, so data cannot start a line of its
 * own (a fake "Hợp lệ: 3 tệp.") or break a table.
 */
export function escapeLine(text: string): string {
  return text.replace(LINE, showControl);
}

/**
 * A report cell or text: controls and direction characters shown as `[U+XXXX]`; tabs and line
 * breaks, which CSV quoting, Markdown and spreadsheets handle, are kept.
 */
export function neutraliseControls(text: string): string {
  return text.replace(CELL, showControl);
}

/**
 * JSON text with C1 controls and direction characters written as `\uXXXX` escapes: the same
 * JSON value, but nothing a terminal or an editor would act on (`JSON.stringify` escapes only
 * C0 controls).
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${code(ch).toLowerCase()}`);
}
