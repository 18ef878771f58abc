import type { DecimalString } from './decimal-string.js';

/** Selects nodes of the tree by code or by tag. */
export type NodeSelector =
  | { readonly code: string; readonly tag?: undefined }
  | { readonly tag: string; readonly code?: undefined };

/** A condition of a trigger. Conditions compare unrounded values. */
export type TriggerCondition =
  /** The unit's band is one of these codes. */
  | { readonly kind: 'band-in'; readonly bands: readonly string[] }
  /** The index (percent) is strictly below the threshold. */
  | { readonly kind: 'index-below'; readonly percent: DecimalString }
  /** Some selected node's points are strictly below `percent` of its applicable maximum. */
  | { readonly kind: 'node-below'; readonly node: NodeSelector; readonly percent: DecimalString }
  /** Some rated criterion has one of these rating codes (default: any weak rating). */
  | { readonly kind: 'criterion-rated'; readonly ratings?: readonly string[] | undefined }
  /** Any of the conditions holds. */
  | { readonly kind: 'any'; readonly conditions: readonly TriggerCondition[] }
  /** All of the conditions hold. */
  | { readonly kind: 'all'; readonly conditions: readonly TriggerCondition[] };

/** A declarative rule that flags a unit, e.g. "remediation plan due 2023-04-10". */
export interface TriggerRule {
  /** Identifier, e.g. `"remediation-plan"`. */
  readonly id: string;
  /** Vietnamese label. */
  readonly label: string;
  /** English label. */
  readonly labelEn?: string | undefined;
  /** When the trigger fires. */
  readonly when: TriggerCondition;
  /** What the unit must do (Vietnamese). */
  readonly action?: string | undefined;
  /** Due date of the action (ISO). */
  readonly due?: string | undefined;
}
