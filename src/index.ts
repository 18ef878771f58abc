/**
 * par-index: the pure, exact core. Runs in Node and in browsers; no I/O.
 * @packageDocumentation
 */

export type { Issue, IssueCode, SafeParseResult } from './errors.js';
export { isParIndexError, ParIndexError } from './errors.js';
export type { DecimalInput, DecimalString } from './model/decimal-string.js';
export { parseDecimal } from './parse/decimal-input.js';
