import { type CST, Parser } from 'yaml';

/** Deepest nesting accepted in a data file; real criteria trees are under 10 levels. */
export const MAX_NESTING = 256;

/**
 * Most structure marks (`,` `:` `[` `{` and line breaks) in one data file. The YAML reader
 * spends up to 25 µs and 4 kB on each, so this bounds one file to about a second and 200 MB;
 * the largest real criteria set has about 5 500.
 */
export const MAX_STRUCTURE_MARKS = 50_000;

/**
 * Counts the marks that make YAML/JSON structure (see {@link MAX_STRUCTURE_MARKS}), stopping as
 * soon as `limit` is passed. Marks inside quoted text count too: telling quotes apart needs the
 * full YAML grammar, and a count that may run high never lets a hostile file through.
 */
export function countStructureMarks(text: string, limit = MAX_STRUCTURE_MARKS): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3a || c === 0x5b || c === 0x7b || c === 0x0a) {
      if (++marks > limit) return marks;
    }
  }
  return marks;
}

type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number];

/**
 * True when JSON/YAML text nests collections deeper than `limit`. Nesting is measured on the
 * YAML library's own concrete syntax tree, built without recursion, so it is what the reader
 * would recurse on: indentation, `- ` markers, brackets, quotes, comments and block scalars are
 * read exactly as the reader reads them (a 1 000-column indent is one level, not 1 000). The
 * reader's recursion would otherwise overflow the stack on hostile input (and, repeated in one
 * process, crash it beyond recovery).
 */
export function nestsTooDeep(text: string, limit = MAX_NESTING): boolean {
  return tokensNestTooDeep(new Parser().parse(text), limit);
}

/** {@link nestsTooDeep} on tokens already read (so the reader can compose the same tokens). */
export function tokensNestTooDeep(tokens: Iterable<CST.Token>, limit = MAX_NESTING): boolean {
  for (const token of tokens) {
    if (deeperThan(token, limit)) return true;
  }
  return false;
}

function deeperThan(root: CST.Token, limit: number): boolean {
  const stack: [CST.Token, number][] = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type === 'document' && token.value !== undefined) {
      stack.push([token.value, depth]);
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > limit) return true;
      for (const item of token.items as readonly Item[]) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return false;
}
