/** Deepest nesting accepted in a data file; real criteria trees are under 10 levels. */
export const MAX_NESTING = 256;

/**
 * True when JSON/YAML text nests deeper than `limit`, by brackets (`[`, `{`), block
 * indentation, or `- ` sequence markers on one line. A cheap scan, run before the YAML parser,
 * whose recursion would otherwise overflow the stack on hostile input (and, repeated in one
 * process, crash it beyond recovery).
 */
export function nestsTooDeep(text: string, limit = MAX_NESTING): boolean {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      else if (ch === '\n') lineStart = true;
      continue;
    }
    if (ch === '\n') {
      lineStart = true;
      indent = 0;
      dashes = 0;
      continue;
    }
    if (lineStart) {
      if (ch === ' ') {
        // Two columns per level is the tightest block style; allow generous margins.
        if (++indent > limit * 4) return true;
        continue;
      }
      if (ch === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        if (++dashes > limit) return true;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++depth > limit) return true;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return false;
}
