const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoOf(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return undefined;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date: ISO `YYYY-MM-DD`, a JS `Date` (YAML parses unquoted dates to one) and, when
 * `vietnamese`, `dd/mm/yyyy` as written on Vietnamese documents. `undefined` when not a real date.
 */
export function readDate(input: unknown, vietnamese: boolean): string | undefined {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? undefined : input.toISOString().slice(0, 10);
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = vietnamese ? VN.exec(text) : null;
  return vn ? isoOf(Number(vn[3]), Number(vn[2]), Number(vn[1])) : undefined;
}
