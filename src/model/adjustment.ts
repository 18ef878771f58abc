import type { DecimalString } from './decimal-string.js';

/** A bonus or penalty that a set allows (điểm thưởng / điểm trừ), with its cap. */
export interface AdjustmentDefinition {
  /** Identifier referenced by assessments. */
  readonly id: string;
  /** Vietnamese name, e.g. `"Sáng kiến cải cách hành chính được công nhận"`. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string | undefined;
  /** `bonus` adds to the total, `penalty` subtracts. */
  readonly kind: 'bonus' | 'penalty';
  /** Most points this adjustment can move (the cap). */
  readonly cap: DecimalString;
}
