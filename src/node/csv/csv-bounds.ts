/**
 * Most cells a CSV file may hold (separators and line breaks counted), checked before it is
 * parsed: 20 000 rows of 10 columns, the bound the Excel readers use too.
 */
export const MAX_CSV_CELLS = 200_000;

/**
 * True when CSV text has more than `limit` cells. Every `;`, `,` and line break counts, quoted
 * or not, so the count never falls short; it stops as soon as the limit is passed.
 */
export function csvTooLarge(text: string, limit = MAX_CSV_CELLS): boolean {
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x3b || c === 0x2c || c === 0x0a || c === 0x0d) && ++cells > limit) return true;
  }
  return false;
}
