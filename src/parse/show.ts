import { formatNumber } from '../format/number-format.js';
import type { DecimalString } from '../model/decimal-string.js';

function places(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** An exact decimal for a Vietnamese message: `9,5`, `1.234,25` (nothing rounded away). */
export function showVi(value: DecimalString | string): string {
  return formatNumber(value, { places: places(value), lang: 'vi' });
}

/** An exact decimal for an English message: `9.5`, `1,234.25`. */
export function showEn(value: DecimalString | string): string {
  return formatNumber(value, { places: places(value), lang: 'en' });
}

/** A path as people read it: `fields.2.children.0.max`. */
export function showPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(gốc)' : path.join('.');
}
