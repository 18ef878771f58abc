import type {
  AdjustmentEntry,
  Assessment,
  AssessmentEntry,
  UnitInfo,
} from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { compareDs, fastDecimal, isNegativeDs, scaledFloor } from './fast-decimal.js';
import { code, text } from './fast-fields.js';
import { isPlainObject, noteOf } from './fast-text.js';
import { entryOf, NOT_APPLICABLE, type ReadState } from './read-entry-fast.js';
import { type ReaderPlan, readerPlan } from './reader-plan.js';

// The fast reader returns `undefined` ("let the full parser decide") at the first thing that is
// unusual or would be a problem; what it returns is exactly what the full parser returns.

function unitOf(raw: unknown): UnitInfo | undefined {
  if (!isPlainObject(raw)) return undefined;
  let id: string | undefined;
  let name: string | undefined;
  let block: string | undefined;
  for (const k in raw) {
    const v = raw[k];
    if (k === 'id') id = code(v);
    else if (k === 'name') name = text(v);
    else if (k === 'block') block = code(v);
    else return undefined;
  }
  if (id === undefined || name === undefined || block === undefined) return undefined;
  return { id, name, block };
}

function periodOf(raw: unknown): string | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? String(raw) : undefined;
  return text(raw);
}

function numbersOf(e: AssessmentEntry): DecimalString[] {
  const out: DecimalString[] = [...e.appraisal];
  if (e.points !== undefined) out.push(e.points);
  if (e.selfScore !== undefined) out.push(e.selfScore);
  return out;
}

/**
 * checkApplicableMax for the entries on parents: no own points above the parent's applicable
 * maximum (its children's, less those not applicable). Leaves were checked against their max.
 */
function applicableOk(plan: ReaderPlan, state: ReadState): boolean {
  if (state.onParents.length === 0) return true;
  if (!state.notApplicable) {
    return state.onParents.every(([node, e]) =>
      numbersOf(e).every((v) => compareDs(v, node.fullMax) <= 0),
    );
  }
  const { parent, leafUnits, isLeaf } = plan;
  const marks = state.marks;
  const size = parent.length;
  // Children follow their parent in pre-order: one backward pass sums every subtree.
  const units = new Float64Array(size);
  const sums = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    const own =
      ((marks[i] ?? 0) & NOT_APPLICABLE) !== 0
        ? 0
        : isLeaf[i]
          ? (leafUnits[i] ?? 0)
          : (sums[i] ?? 0);
    units[i] = own;
    const p = parent[i] ?? -1;
    if (p >= 0) sums[p] = (sums[p] ?? 0) + own;
  }
  for (const [node, e] of state.onParents) {
    // Not applicable itself or under a node that is: its points are not counted at all.
    let under = false;
    for (let i = node.at; i >= 0; i = parent[i] ?? -1) {
      if (((marks[i] ?? 0) & NOT_APPLICABLE) !== 0) under = true;
    }
    if (under) continue;
    const max = units[node.at] ?? 0;
    for (const v of numbersOf(e)) {
      const s = scaledFloor(v, plan.scale);
      if (s === undefined || (s.cut ? s.units >= max : s.units > max)) return false;
    }
  }
  return true;
}

function adjustmentOf(raw: unknown, plan: ReaderPlan): AdjustmentEntry | undefined {
  if (!isPlainObject(raw)) return undefined;
  let id: string | undefined;
  let pts: DecimalString | undefined;
  let reason: string | undefined;
  for (const k in raw) {
    const v = raw[k];
    if (k === 'id') id = code(v);
    else if (k === 'points') pts = fastDecimal(v, false);
    else if (k === 'reason') {
      if (typeof v !== 'string') return undefined;
      reason = noteOf(v);
    } else return undefined;
  }
  if (id === undefined || pts === undefined) return undefined;
  const cap = plan.caps.get(id);
  if (cap === undefined || isNegativeDs(pts) || compareDs(pts, cap) > 0) return undefined;
  return { id, points: pts, ...(reason === undefined ? {} : { reason }) };
}

function listOf<T>(raw: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return undefined;
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = read(raw[i]);
    if (item === undefined) return undefined;
    out.push(item);
  }
  return out;
}

/**
 * Reads an assessment document straight into the model when it is plainly valid: the common
 * spellings of every value, checked against the set as the full parser checks them. Gives
 * `undefined` whenever anything is unusual or wrong; then the full parser (schema and checks)
 * decides and words every problem. What it returns equals what the full parser returns.
 */
export function readAssessmentFast(input: unknown, set: CriteriaSet): Assessment | undefined {
  const plan = readerPlan(set);
  if (plan === undefined || !isPlainObject(input)) return undefined;
  let criteriaSet: string | undefined;
  let unitIn: unknown;
  let periodIn: unknown;
  let entriesIn: unknown;
  let adjustmentsIn: unknown;
  for (const k in input) {
    const v = input[k];
    if (v === undefined) return undefined;
    switch (k) {
      case '$schema':
        if (typeof v !== 'string') return undefined;
        break;
      case 'criteriaSet':
        criteriaSet = text(v);
        break;
      case 'unit':
        unitIn = v;
        break;
      case 'period':
        periodIn = v;
        break;
      case 'entries':
        entriesIn = v;
        break;
      case 'adjustments':
        adjustmentsIn = v;
        break;
      default:
        return undefined;
    }
  }
  if (criteriaSet === undefined || criteriaSet !== plan.setId) return undefined;
  const unit = unitOf(unitIn);
  const period = periodOf(periodIn);
  if (unit === undefined || period === undefined) return undefined;
  const state: ReadState = {
    marks: new Uint8Array(plan.parent.length),
    onParents: [],
    notApplicable: false,
    next: 0,
  };
  const entries = listOf(entriesIn, (e) => entryOf(e, plan, state));
  if (entries === undefined || !applicableOk(plan, state)) return undefined;
  const adjustments = listOf(adjustmentsIn, (a) => adjustmentOf(a, plan));
  if (adjustments === undefined) return undefined;
  return { criteriaSetId: criteriaSet, unit, period, entries, adjustments };
}
