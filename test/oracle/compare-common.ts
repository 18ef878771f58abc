// What the differential comparisons share: the list of disagreements and a scored unit.
import type { Assessment } from '../../src/model/assessment.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { toDecimalString } from './decimal-text.js';
import type * as E from './engine-adapter.js';
import type { DecodedSet, DecodedUnit } from './generators.js';
import type { Q } from './rational.js';
import type { OUnit } from './score.js';

/** One disagreement between the oracle and the engine. */
export interface Diff {
  /** Stable kind, e.g. `node.percent`, `rank.of`, `whatif.rank.pointsNeeded`. */
  readonly kind: string;
  /** Where: set / unit / node. */
  readonly where: string;
  readonly oracle: string;
  readonly engine: string;
}

export const text = (x: Q): string => toDecimalString(x);

export class Collector {
  readonly diffs: Diff[] = [];
  check(kind: string, where: string, oracle: unknown, engine: unknown): void {
    const o = typeof oracle === 'string' ? oracle : JSON.stringify(oracle);
    const e = typeof engine === 'string' ? engine : JSON.stringify(engine);
    if (o !== e)
      this.diffs.push({ kind, where, oracle: o ?? 'undefined', engine: e ?? 'undefined' });
  }
  add(kind: string, where: string, oracle: string, engine: string): void {
    this.diffs.push({ kind, where, oracle, engine });
  }
  /** Runs an engine call; a throw becomes an `engine.throw.<name>` diff. */
  call<T>(name: string, where: string, f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      this.add(
        `engine.throw.${name}`,
        where,
        'an answer',
        e instanceof Error ? e.message : String(e),
      );
      return undefined;
    }
  }
}

export interface Scored {
  readonly doc: DecodedUnit;
  readonly set: CriteriaSet;
  readonly decoded: DecodedSet;
  readonly assessment: Assessment;
  readonly oracle: OUnit;
  readonly engine: E.UnitView | undefined;
}

export function unitWhere(u: OUnit): string {
  return `${u.setId}/${u.unit.id}`;
}
