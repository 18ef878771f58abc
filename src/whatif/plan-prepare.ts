import {
  type Q,
  Q0,
  qCmp,
  qDiv,
  qFloor,
  qMax,
  qMin,
  qMul,
  qSign,
  qSub,
} from '../internal/rational.js';
import type { PlanItem } from '../model/whatif-plan.js';
import { readQ } from './grid.js';
import type { SolverItem } from './plan-solve.js';

const FN = 'planCheapest';

/** An unlocked item read for planning on a grid. Internal. */
export interface Prepared extends SolverItem {
  readonly name: string;
  readonly current: Q;
  /** Exact gain of an all-or-nothing item (its missing points). */
  readonly fullGain: Q;
}

function read(item: PlanItem, step: Q): Prepared | undefined {
  const locked = item.locked ?? item.method === 'survey';
  if (locked) return undefined;
  const current = readQ(item.current, 'current', FN);
  const max = readQ(item.upTo ?? item.max, 'max', FN);
  const cpp = readQ(item.costPerPoint ?? 1, 'costPerPoint', FN);
  if (qSign(cpp) < 0) throw new RangeError(`${FN}: costPerPoint of "${item.code}" is negative`);
  const missing = qMax(qSub(max, current), Q0);
  const cap = item.cap === undefined ? undefined : readQ(item.cap, 'cap', FN);
  const aon = item.allOrNothing ?? false;
  if (aon && cap !== undefined && qCmp(cap, missing) < 0) return undefined;
  const avail = cap === undefined ? missing : qMin(missing, qMax(cap, Q0));
  const units = Number(qFloor(qDiv(avail, step)));
  if (units === 0) return undefined;
  const fixedCost = aon
    ? item.fixedCost === undefined
      ? qMul(avail, cpp)
      : readQ(item.fixedCost, 'fixedCost', FN)
    : Q0;
  if (qSign(fixedCost) < 0) throw new RangeError(`${FN}: fixedCost of "${item.code}" is negative`);
  return {
    code: item.code,
    name: item.name,
    current,
    units,
    aon,
    unitCost: qMul(step, cpp),
    fixedCost,
    fullGain: avail,
  };
}

/** What an item was read from, field by field, with what it gave. */
interface Memo {
  readonly step: Q;
  readonly code: string;
  readonly name: string;
  readonly current: PlanItem['current'];
  readonly max: PlanItem['max'];
  readonly upTo: PlanItem['upTo'];
  readonly costPerPoint: PlanItem['costPerPoint'];
  readonly method: PlanItem['method'];
  readonly locked: PlanItem['locked'];
  readonly cap: PlanItem['cap'];
  readonly allOrNothing: PlanItem['allOrNothing'];
  readonly fixedCost: PlanItem['fixedCost'];
  readonly prepared: Prepared | undefined;
}

// One what-if answer reads the same items many times (winnable points for the rank, the band
// and each weak criterion, then every part of the plan). An item's reading is kept with the
// fields it came from and reused only while every one of them is still the same value, so an
// item changed in place is read again.
const memo = new WeakMap<PlanItem, Memo>();

/**
 * An item read for planning on the grid `step`: undefined when it is locked or can give no whole
 * step. The same item object with the same fields and step is read once.
 *
 * @throws RangeError for a negative cost or an unreadable number (never kept: read again).
 */
export function prepare(item: PlanItem, step: Q): Prepared | undefined {
  const m = memo.get(item);
  if (
    m !== undefined &&
    m.step === step &&
    m.code === item.code &&
    m.name === item.name &&
    m.current === item.current &&
    m.max === item.max &&
    m.upTo === item.upTo &&
    m.costPerPoint === item.costPerPoint &&
    m.method === item.method &&
    m.locked === item.locked &&
    m.cap === item.cap &&
    m.allOrNothing === item.allOrNothing &&
    m.fixedCost === item.fixedCost
  ) {
    return m.prepared;
  }
  const prepared = read(item, step);
  memo.set(item, {
    step,
    code: item.code,
    name: item.name,
    current: item.current,
    max: item.max,
    upTo: item.upTo,
    costPerPoint: item.costPerPoint,
    method: item.method,
    locked: item.locked,
    cap: item.cap,
    allOrNothing: item.allOrNothing,
    fixedCost: item.fixedCost,
    prepared,
  });
  return prepared;
}
