import type { DecimalString } from './decimal-string.js';

/** Selects nodes of the tree by code or by tag. */
export type NodeSelector =
  | {
      /** Code of the one node selected, e.g. `"3.2"`. */
      readonly code: string;
      /** Not used with `code`. */
      readonly tag?: undefined;
    }
  | {
      /** Tag of the nodes selected, e.g. `"tthc"`. */
      readonly tag: string;
      /** Not used with `tag`. */
      readonly code?: undefined;
    };

/** A condition of a trigger. Conditions compare unrounded values. */
export type TriggerCondition =
  /** The unit's band is one of these codes. */
  | {
      /** Discriminant: the band is one of a list. */
      readonly kind: 'band-in';
      /** Band codes of the set's bands, e.g. `["yeu", "kem"]`. */
      readonly bands: readonly string[];
    }
  /** The index (percent) is strictly below the threshold. */
  | {
      /** Discriminant: the index is below a threshold. */
      readonly kind: 'index-below';
      /** Threshold in percent (0–100), compared with the unrounded index. */
      readonly percent: DecimalString;
    }
  /** Some selected node's points are strictly below `percent` of its applicable maximum. */
  | {
      /** Discriminant: a node is below a share of its maximum. */
      readonly kind: 'node-below';
      /** The nodes checked, by code or by tag. */
      readonly node: NodeSelector;
      /** Threshold in percent (0–100) of the node's applicable maximum, compared unrounded. */
      readonly percent: DecimalString;
    }
  /** Some rated criterion has one of these rating codes (default: any weak rating). */
  | {
      /** Discriminant: a criterion has a given rating. */
      readonly kind: 'criterion-rated';
      /** Rating codes that fire; when absent, any level marked weak fires. */
      readonly ratings?: readonly string[] | undefined;
    }
  /** Any of the conditions holds. */
  | {
      /** Discriminant: at least one sub-condition holds. */
      readonly kind: 'any';
      /** The sub-conditions. */
      readonly conditions: readonly TriggerCondition[];
    }
  /** All of the conditions hold. */
  | {
      /** Discriminant: every sub-condition holds. */
      readonly kind: 'all';
      /** The sub-conditions. */
      readonly conditions: readonly TriggerCondition[];
    };

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
