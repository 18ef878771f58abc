/** A row's number (STT) as provinces write it. */
export type Numbering =
  | { readonly kind: 'roman'; readonly text: string; readonly value: number }
  | { readonly kind: 'arabic'; readonly text: string; readonly parts: readonly number[] }
  | { readonly kind: 'letter'; readonly text: string }
  | { readonly kind: 'bullet' }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly text: string };

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** I, II, IV, … XXXIX → its value; undefined when not a well-formed roman numeral. */
export function romanValue(text: string): number | undefined {
  if (!/^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i] ?? ''] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Reads an STT cell: roman (`I`, `II.`) for fields, arabic (`1`, `1.1`, `1.1.1.`) and letters
 * (`a`, `b)`) below, bullets (`-`, `+`) for guidance lines.
 */
export function readNumbering(raw: string | undefined): Numbering {
  if (raw === undefined) return { kind: 'none' };
  const text = raw
    .trim()
    .replace(/[.)]+$/, '')
    .trim();
  if (text === '') return { kind: 'bullet' };
  if (/^[-+*•–]$/.test(text)) return { kind: 'bullet' };
  const roman = romanValue(text);
  if (roman !== undefined) return { kind: 'roman', text, value: roman };
  if (/^\d+(\.\d+)*$/.test(text)) {
    return { kind: 'arabic', text, parts: text.split('.').map((p) => Number(p)) };
  }
  if (/^[a-zđ]$/.test(text)) return { kind: 'letter', text };
  return { kind: 'unknown', text };
}

/**
 * Splits "I. CÔNG TÁC CHỈ ĐẠO" or "1.1. Kế hoạch" into number and text, for tables whose STT
 * and content share one (merged) cell. Undefined when the text does not start with a number.
 */
export function splitNumbered(text: string): { number: string; rest: string } | undefined {
  const m = /^((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)])\s*(\S.*)$/su.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { number: m[1], rest: m[2] };
}
