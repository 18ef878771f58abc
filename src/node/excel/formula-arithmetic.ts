import { D, type Dec } from '../../internal/decimal.js';

/**
 * Evaluates the simple arithmetic formulas people type instead of a number (`=0.5+0.5`,
 * `=3*0.25`, `=(1+2)/4`), exactly: numbers with a decimal point, `+ - * /`, parentheses and
 * unary minus. Anything else (cell references, functions, a decimal comma, division by zero)
 * gives undefined: the caller then reports the formula instead of guessing.
 *
 * @param formula - The formula text, with or without the leading `=`.
 * @returns The exact value as a plain decimal string, or undefined.
 * @example
 * evaluateArithmetic('=0.1+0.2'); // '0.3'
 */
export function evaluateArithmetic(formula: string): string | undefined {
  const tokens = formula.replace(/^\s*=/, '').match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const expr = (): Dec | undefined => {
    let left = term();
    while (left !== undefined && (peek() === '+' || peek() === '-')) {
      const op = tokens[at++];
      const right = term();
      left = right === undefined ? undefined : op === '+' ? left.plus(right) : left.minus(right);
    }
    return left;
  };
  const term = (): Dec | undefined => {
    let left = factor();
    while (left !== undefined && (peek() === '*' || peek() === '/')) {
      const op = tokens[at++];
      const right = factor();
      if (right === undefined || (op === '/' && right.isZero())) return undefined;
      left = op === '*' ? left.times(right) : left.dividedBy(right);
    }
    return left;
  };
  const factor = (): Dec | undefined => {
    const t = tokens[at++];
    if (t === '-') return factor()?.negated();
    if (t === '+') return factor();
    if (t === '(') {
      const inner = expr();
      return tokens[at++] === ')' ? inner : undefined;
    }
    return t !== undefined && /^\d+(?:\.\d+)?$/.test(t) ? new D(t) : undefined;
  };
  if (tokens.length === 0 || tokens.length > 200) return undefined;
  const value = expr();
  if (value === undefined || at !== tokens.length) return undefined;
  return value.isZero() ? '0' : value.toFixed();
}
