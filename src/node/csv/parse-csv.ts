/** Rows of cells read from CSV text. */
export type CsvRows = string[][];

/**
 * The separator of a CSV file: `;` (what Vietnamese-locale Excel writes, since the comma is the
 * decimal separator) or `,`, whichever occurs more often outside quotes in the first line.
 */
export function detectSeparator(text: string): ';' | ',' {
  let semis = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semis++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semis ? ',' : ';';
}

/**
 * Parses CSV (RFC 4180: quoted cells with doubled quotes, CRLF or LF line ends, a leading BOM
 * ignored). Returns undefined when a quote is never closed.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): CsvRows | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return undefined;
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
