import { escapeLine } from '../node/control-chars.js';

/** Column alignment in a text table. */
export type Align = 'left' | 'right';

/** Display width of a string: combining marks take no column. */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as a plain text table with a header rule, sized to the widest cell of each
 * column (Vietnamese diacritics counted as one column).
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  // A cell is one line: a line break or control character in a name would break the table.
  const head = header.map(escapeLine);
  const body = rows.map((r) => r.map(escapeLine));
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n');
}
