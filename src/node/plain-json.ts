import { MAX_NESTING } from './nesting-depth.js';

/** Digits a JS number always holds exactly (any decimal of up to 15 significant digits). */
const SAFE_DIGITS = 15;

/**
 * Reads text that is plain JSON with the engine's built-in `JSON.parse` when that gives exactly
 * what the YAML reader would: no duplicate keys, no `__proto__` key, no number a JS number
 * cannot hold digit for digit, nesting within {@link MAX_NESTING}. Anything else, including
 * text that is not JSON, returns `undefined` and the caller reads it the careful way (which
 * words every problem). The YAML reader costs ~30× more on a cold start; most files the CLI
 * and portals exchange are JSON.
 *
 * @param text - File text without its BOM.
 */
export function readPlainJson(text: string): { data: unknown } | undefined {
  const first = firstSignificant(text);
  if (first !== 0x7b && first !== 0x5b) return undefined; // only `{` or `[` documents
  const scan = scanJson(text);
  if (scan === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Every member of a JSON object has one `:` outside strings; duplicates collapse in the
  // parsed value, so fewer own keys than colons means a key was repeated.
  return countMembers(data) === scan.colons ? { data } : undefined;
}

function firstSignificant(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return -1;
}

/** One linear pass outside strings: colons, depth and number shapes; `undefined` to bail. */
function scanJson(text: string): { colons: number } | undefined {
  let colons = 0;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i + 1;
      for (i = start; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
      // `"__proto__"` as a key would be a prototype in some readers: leave it to the careful path.
      if (i - start === 9 && text.startsWith('__proto__', start)) return undefined;
    } else if (c === 0x3a) {
      colons++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_NESTING) return undefined;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      if (!numberIsSafe(text, i, end)) return undefined;
      i = end - 1;
    }
  }
  return { colons };
}

function numberEnd(text: string, start: number): number {
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const numberChar =
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2d ||
      c === 0x2b ||
      c === 0x2e ||
      c === 0x65 ||
      c === 0x45;
    if (!numberChar) break;
  }
  return i;
}

/** True for a number of at most 15 significant digits and no exponent: exact as a JS number. */
function numberIsSafe(text: string, start: number, end: number): boolean {
  let digits = 0;
  let leading = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x65 || c === 0x45) return false;
    if (c < 0x30 || c > 0x39) continue;
    if (leading && c === 0x30) continue;
    leading = false;
    digits++;
  }
  return digits <= SAFE_DIGITS;
}

/** Own keys of every object in a parsed JSON value (iterative: depth is already bounded). */
function countMembers(root: unknown): number {
  let members = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        members++;
        const item = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
    }
  }
  return members;
}
