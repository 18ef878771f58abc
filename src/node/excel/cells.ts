import type { Cell } from 'exceljs';
import { dec, toDs } from '../../internal/decimal.js';
import { evaluateArithmetic } from './formula-arithmetic.js';

/** A cell's content, reduced to what the readers need. */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  /** `text` is trimmed; `lines` keeps every line (trimmed), blank ones included, for multi-line cells. */
  | { readonly kind: 'text'; readonly text: string; readonly lines: readonly string[] }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  /**
   * A formula with its cached result. `uncomputed` holds the formula text when the file stores
   * no result (written by a program that does not calculate) and it is not simple arithmetic.
   */
  | { readonly kind: 'formula'; readonly result: CellContent; readonly uncomputed?: string }
  | { readonly kind: 'error'; readonly text: string };

const EMPTY: CellContent = { kind: 'empty' };

// The object forms of exceljs cell values (rich text, formula, error, hyperlink).
interface CellObject {
  readonly richText?: unknown;
  readonly formula?: unknown;
  readonly sharedFormula?: unknown;
  readonly result?: unknown;
  readonly error?: unknown;
  readonly text?: unknown;
}

/**
 * Reads a cell (a merged cell reads its master's value): rich text and hyperlinks become text,
 * dates become ISO days, formulas keep their cached result. Blank text is empty.
 */
export function readCell(cell: Cell): CellContent {
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  const value = cell.value;
  // exceljs leaves a falsy cached result (0, '', false) out of a formula's value: ask for it.
  if (
    value !== null &&
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    return fromValue({ ...value, result: cell.result }, percent);
  }
  return fromValue(value, percent);
}

function fromValue(value: unknown, percent: boolean): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, percent } : EMPTY;
  }
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? EMPTY : { kind: 'date', iso: isoDay(value) };
  }
  if (typeof value === 'object') {
    const v = value as CellObject;
    if (Array.isArray(v.richText)) {
      return text(v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join(''));
    }
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result !== undefined && v.result !== null) {
        return { kind: 'formula', result: fromValue(v.result, percent) };
      }
      // No cached value: simple arithmetic is worked out exactly; anything else is reported.
      const text = typeof v.formula === 'string' ? v.formula : '';
      const value = evaluateArithmetic(text);
      return value === undefined
        ? {
            kind: 'formula',
            result: EMPTY,
            uncomputed: `=${text || String(v.sharedFormula ?? '')}`,
          }
        : { kind: 'formula', result: { kind: 'number', value: Number(value), percent } };
    }
    if (typeof v.error === 'string') return { kind: 'error', text: v.error };
    if (typeof v.text === 'string') return text(v.text);
  }
  return EMPTY;
}

function text(raw: string): CellContent {
  const all = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const t = all.trim();
  return t === '' ? EMPTY : { kind: 'text', text: t, lines: all.split('\n').map((l) => l.trim()) };
}

/** The ISO day of a date cell (exceljs gives dates at UTC midnight). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A number cell as an exact decimal string. Excel stores doubles and sometimes writes 17
 * significant digits (`1.1000000000000001`); 15 digits is what Excel itself shows and keeps.
 * A cell formatted as a percentage holds the fraction (95 % is 0.95): it is given back in percent.
 */
export function numberText(value: number, percent = false): string {
  const shown = toDs(dec(Number(value.toPrecision(15))));
  return percent ? toDs(dec(shown).times(100)) : shown;
}

/** Text of any non-empty content (numbers in plain decimal notation), or undefined when empty. */
export function contentText(c: CellContent): string | undefined {
  switch (c.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return c.percent ? `${numberText(c.value, true)}%` : numberText(c.value);
    case 'text':
    case 'error':
      return c.text;
    case 'date':
      return c.iso;
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return contentText(c.result);
  }
}

/** `dd/mm/yyyy` (or `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`) → ISO; other text is returned as is. */
export function vietnameseDateToIso(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return text.trim();
  return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

/**
 * The issue for a formula cell whose file holds no computed value (see {@link CellContent}).
 */
export function uncomputedMessage(cell: string, formula: string): readonly [string, string] {
  return [
    `Ô ${cell}: công thức '${formula}' chưa có giá trị tính sẵn (tệp được ghi bởi chương trình không tính công thức). Hãy nhập số trực tiếp, hoặc mở tệp bằng Excel/LibreOffice, lưu lại rồi nhập lại.`,
    `Cell ${cell}: the formula '${formula}' has no computed value (the file was written by a program that does not calculate). Type the number itself, or open the file in Excel/LibreOffice, save it and import again.`,
  ];
}
