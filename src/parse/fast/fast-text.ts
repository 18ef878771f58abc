import { codeKey } from '../code-key.js';

/**
 * An object as JSON and YAML make them (prototype `Object.prototype` or none). The fast reader
 * reads only these; anything else goes to the full parser.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A character NFC leaves alone whatever surrounds it, that is neither invisible (codeKey drops
 * those) nor a control: printable Latin up to U+02FF except the soft hyphen, and the precomposed
 * Vietnamese letters U+1EA0–U+1EF9. Combining marks (U+0300 on) are not among them.
 */
function isStable(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) || (c > 0xa0 && c < 0x300 && c !== 0xad) || (c >= 0x1ea0 && c <= 0x1ef9)
  );
}

/** Only stable characters and no space at either end: NFC, trimmed and its own code key. */
function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    if (!isStable(s.charCodeAt(i))) return false;
  }
  return true;
}

/** The code key of a code (codeKey, skipped when the text is plain); '' when empty. */
export function codeOf(s: string): string {
  return isPlain(s) ? s : codeKey(s);
}

/** Text as the schemas keep it: NFC and trimmed (`noteSchema`; may be empty). */
export function noteOf(s: string): string {
  return isPlain(s) ? s : s.normalize('NFC').trim();
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Years before 1000 are left to readDate (Date.UTC reads 0–99 as 1900–1999).
function isReal(year: number, month: number, day: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * The ISO date readDate(text, true) gives for `YYYY-MM-DD` or `d/m/yyyy` (trimmed) when it is a
 * real date from year 1000 on; `undefined` for anything else (then the full parser decides).
 */
export function fastDate(raw: string): string | undefined {
  const t = raw.trim();
  const n = t.length;
  if (n === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const y = digits(t, 0, 4);
    const m = digits(t, 5, 7);
    const d = digits(t, 8, 10);
    // Fixed widths: the text is already the ISO form.
    return isReal(y, m, d) ? t : undefined;
  }
  const a = t.indexOf('/');
  const b = a < 0 ? -1 : t.indexOf('/', a + 1);
  if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || n - b !== 5) return undefined;
  const d = digits(t, 0, a);
  const m = digits(t, a + 1, b);
  const y = digits(t, b + 1, n);
  if (!isReal(y, m, d)) return undefined;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
