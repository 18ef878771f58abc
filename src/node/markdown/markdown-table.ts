import { neutraliseControls } from '../control-chars.js';
import { neutraliseCell } from '../reports/neutralise.js';

/** Escapes Markdown punctuation (CommonMark allows a backslash before any of it), one line. */
export function markdownText(text: string): string {
  return neutraliseControls(text)
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A table cell's text: escaped, and safe if pasted into a spreadsheet. */
export function markdownCell(text: string): string {
  return markdownText(neutraliseCell(text));
}

/**
 * A Markdown table: header, alignment row as given (`|---|---:|`), rows; the rows listed in
 * `strong` are set in bold (totals).
 */
export function markdownTable(
  header: readonly string[],
  align: string,
  rows: readonly (readonly string[])[],
  strong: readonly number[] = [],
): string {
  const lines = [`| ${header.map(markdownCell).join(' | ')} |`, align];
  rows.forEach((row, i) => {
    const cells = row.map(markdownCell);
    const shown = strong.includes(i) ? cells.map((c) => (c === '' ? c : `**${c}**`)) : cells;
    lines.push(`| ${shown.join(' | ')} |`);
  });
  return lines.join('\n');
}
