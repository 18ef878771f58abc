/** What a workbook's parts may make the reader build; see `EXCEL_LIMITS`. */
export interface XmlBudget {
  /** Most `<row>` elements in one part (one worksheet). */
  readonly rows: number;
  /** Most cells the reader creates: `<c>` elements plus the areas of merged cells, data validations and named ranges. */
  readonly cells: number;
  /** Most shared strings (`<si>`). */
  readonly strings: number;
  /** Most style records (`<xf>`, `<dxf>`, `<font>`, `<fill>`, `<border>`, `<numFmt>`). */
  readonly styles: number;
  /** Most XML elements of any kind, in all parts together. */
  readonly elements: number;
}

/** The first bound a workbook passes, found while counting. */
export type XmlExcess =
  | { readonly kind: 'rows'; readonly part: string }
  | { readonly kind: 'cells' | 'strings' | 'styles' | 'elements' }
  /** A row, column or range outside Excel's grid (1 048 576 rows, 16 384 columns). */
  | { readonly kind: 'outside_grid'; readonly part: string; readonly where: string }
  /** A start tag of a counted element that never ends (no real workbook has one). */
  | { readonly kind: 'malformed'; readonly part: string };

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const LT = 0x3c;
const GT = 0x3e;
// Longest start tag read for its attributes; real ones are under 200 bytes.
const MAX_TAG = 4096;
const STYLE_RECORDS = new Set(['xf', 'dxf', 'font', 'fill', 'border', 'numFmt']);
const ATTRIBUTED = new Set(['row', 'c', 'mergeCell', 'dataValidation', 'definedName', 'col']);
const CELL = /^\$?([A-Za-z]{1,4})\$?(\d{1,8})$/;
const RANGE_IN_TEXT = /\$?([A-Za-z]{1,4})\$?(\d{1,8}):\$?([A-Za-z]{1,4})\$?(\d{1,8})/g;

/**
 * Counts, part by part, what the workbook reader would build from a workbook's XML (rows,
 * cells, shared strings, styles, elements, and the cells that merges, data validations, named
 * ranges and column ranges expand to), and stops at the first bound passed. It reads bytes
 * only, jumping from `<` to `<`, so a part costs one pass and no parsing. Anything it cannot
 * tell apart (a tag inside a comment, a prefixed name) is counted, so the count never falls
 * short of what the reader builds.
 */
export class XmlTally {
  /** Cells counted so far, expanded ranges included. */
  cells = 0;
  /** Shared strings counted so far. */
  strings = 0;
  /** Style records counted so far. */
  styles = 0;
  /** Elements counted so far. */
  elements = 0;
  /** `<sheet>` elements (one per worksheet declared in the workbook). */
  sheets = 0;

  constructor(private readonly max: XmlBudget) {}

  /** Counts one part; returns the first bound passed, if any. */
  scan(bytes: Uint8Array, part: string): XmlExcess | undefined {
    const buf = bytes;
    let rows = 0;
    for (let i = buf.indexOf(LT); i >= 0; i = buf.indexOf(LT, i + 1)) {
      let j = i + 1;
      if (!isNameStart(buf[j])) continue;
      while (j < buf.length && isNameChar(buf[j])) j++;
      const qname = latin1(buf, i + 1, j);
      const name = qname.slice(qname.lastIndexOf(':') + 1);
      if (++this.elements > this.max.elements) return { kind: 'elements' };
      const tag = ATTRIBUTED.has(name) ? startTag(buf, j) : '';
      if (tag === undefined) return { kind: 'malformed', part };
      switch (name) {
        case 'row': {
          if (++rows > this.max.rows) return { kind: 'rows', part };
          const r = attribute(tag, 'r');
          if (r !== undefined && !(/^\d{1,7}$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_ROW))
            return { kind: 'outside_grid', part, where: `row r="${r}"` };
          break;
        }
        case 'c': {
          const r = attribute(tag, 'r');
          if (r !== undefined && cellAt(r) === undefined)
            return { kind: 'outside_grid', part, where: `c r="${r}"` };
          if (++this.cells > this.max.cells) return { kind: 'cells' };
          break;
        }
        case 'si':
          if (++this.strings > this.max.strings) return { kind: 'strings' };
          break;
        case 'sheet':
          this.sheets++;
          break;
        case 'mergeCell':
        case 'dataValidation': {
          const ref = attribute(tag, name === 'mergeCell' ? 'ref' : 'sqref') ?? '';
          for (const range of ref.split(/\s+/).filter((r) => r !== '')) {
            const area = rangeArea(range);
            if (area === undefined) return { kind: 'outside_grid', part, where: range };
            this.cells += area;
          }
          if (this.cells > this.max.cells) return { kind: 'cells' };
          break;
        }
        case 'definedName': {
          // The reader creates one entry per cell of a named range such as Sheet1!$A$1:$Z$9.
          const start = j + tag.length + 1;
          const close = buf.indexOf(LT, start);
          const text = latin1(buf, start, close < 0 ? buf.length : close);
          for (const m of text.matchAll(RANGE_IN_TEXT)) {
            const area = rangeArea(`${m[1]}${m[2]}:${m[3]}${m[4]}`);
            if (area === undefined) return { kind: 'outside_grid', part, where: m[0] };
            this.cells += area;
          }
          if (this.cells > this.max.cells) return { kind: 'cells' };
          break;
        }
        case 'col': {
          // The reader creates every column from 1 up to max.
          for (const key of ['min', 'max']) {
            const v = attribute(tag, key);
            if (v !== undefined && !(/^\d{1,5}$/.test(v) && Number(v) <= MAX_COL))
              return { kind: 'outside_grid', part, where: `col ${key}="${v}"` };
          }
          break;
        }
        default:
          if (STYLE_RECORDS.has(name) && ++this.styles > this.max.styles) {
            return { kind: 'styles' };
          }
      }
    }
    return undefined;
  }
}

// Bytes as Latin-1 text (one character per byte), in chunks: plain Uint8Array, no Node Buffer,
// so the Excel readers run in a browser too.
function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let p = from; p < to; p += 8192) {
    text += String.fromCharCode(...bytes.subarray(p, Math.min(to, p + 8192)));
  }
  return text;
}

function isNameStart(b: number | undefined): boolean {
  if (b === undefined) return false;
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b >= 0x80;
}

function isNameChar(b: number | undefined): boolean {
  if (b === undefined) return false;
  return isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e || b === 0x3a;
}

/**
 * The attributes of the start tag whose name ends at `from` (up to its `>`, quotes respected),
 * or undefined when it does not end within {@link MAX_TAG} bytes.
 */
function startTag(buf: Uint8Array, from: number): string | undefined {
  let quote = 0;
  const end = Math.min(buf.length, from + MAX_TAG);
  for (let k = from; k < end; k++) {
    const b = buf[k];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === GT) return latin1(buf, from, k);
  }
  return undefined;
}

/** The value of attribute `key` in a start tag's attribute text, if present. */
function attribute(tag: string, key: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : (m[1] ?? m[2] ?? '');
}

/** Column and row of a cell reference inside Excel's grid, else undefined. */
function cellAt(ref: string): { col: number; row: number } | undefined {
  const m = CELL.exec(ref);
  if (m === null) return undefined;
  let col = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return col >= 1 && col <= MAX_COL && row >= 1 && row <= MAX_ROW ? { col, row } : undefined;
}

/** Number of cells of `A1` or `A1:C3`; undefined when outside the grid or not a reference. */
function rangeArea(range: string): number | undefined {
  const [from, to, ...rest] = range.split(':');
  if (rest.length > 0 || from === undefined) return undefined;
  const a = cellAt(from);
  const b = cellAt(to ?? from);
  if (a === undefined || b === undefined) return undefined;
  return (Math.abs(b.col - a.col) + 1) * (Math.abs(b.row - a.row) + 1);
}
