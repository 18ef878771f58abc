import type { EvidenceDocument, PointsUncertainty } from '../../model/assessment.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { compareDs, fastDecimal, isNegativeDs, scaledFloor } from './fast-decimal.js';
import { codeOf, fastDate, isPlainObject, noteOf } from './fast-text.js';
import type { NodePlan } from './reader-plan.js';

// The fields of an entry, read as the assessment schema reads them; `undefined` whenever the
// schema or the checks would refuse (or the input is unusual).

/** Non-empty text (`textSchema`). */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = noteOf(v);
  return t.length > 0 ? t : undefined;
}

/** A non-empty code key (`codeSchema`). */
export function code(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const c = codeOf(v);
  return c.length > 0 ? c : undefined;
}

/** A number checked like checkPoints: not negative, at most `max`, on the node's step grid. */
export function points(raw: unknown, plan: NodePlan): DecimalString | undefined {
  const v = fastDecimal(raw, false);
  return v !== undefined && pointsOk(v, plan) ? v : undefined;
}

/** checkPoints passes for `v` at the node. */
function pointsOk(v: DecimalString, plan: NodePlan): boolean {
  if (isNegativeDs(v) || compareDs(v, plan.max) > 0) return false;
  if (plan.stepUnits === 0) return true;
  if (plan.stepUnits < 0) return false;
  const units = scaledFloor(v, plan.stepPlaces);
  return units !== undefined && !units.cut && units.units % plan.stepUnits === 0;
}

/** `T` without `readonly`, to build a model object key by key. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function evidenceOf(raw: unknown): EvidenceDocument | undefined {
  if (!isPlainObject(raw)) return undefined;
  let number: string | undefined;
  let date: string | undefined;
  let issuer: string | undefined;
  let title: string | undefined;
  let section: string | undefined;
  let url: string | undefined;
  for (const k in raw) {
    const v = raw[k];
    switch (k) {
      case 'number':
        number = text(v);
        if (number === undefined) return undefined;
        break;
      case 'date':
        date = typeof v === 'string' ? fastDate(v) : undefined;
        if (date === undefined) return undefined;
        break;
      case 'issuer':
        issuer = text(v);
        if (issuer === undefined) return undefined;
        break;
      case 'title':
        title = text(v);
        if (title === undefined) return undefined;
        break;
      case 'section':
        section = text(v);
        if (section === undefined) return undefined;
        break;
      case 'url':
        url = text(v);
        if (url === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  // The schema's key order; the usual shapes as literals.
  if (number !== undefined && date !== undefined && issuer !== undefined) {
    if (section === undefined && url === undefined) {
      return title === undefined ? { number, date, issuer } : { number, date, issuer, title };
    }
  }
  const out: Mutable<EvidenceDocument> = {};
  if (number !== undefined) out.number = number;
  if (date !== undefined) out.date = date;
  if (issuer !== undefined) out.issuer = issuer;
  if (title !== undefined) out.title = title;
  if (section !== undefined) out.section = section;
  if (url !== undefined) out.url = url;
  return out;
}

/** Evidence documents (`[]` when absent). */
export function evidenceList(raw: unknown): EvidenceDocument[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return undefined;
  const out: EvidenceDocument[] = [];
  for (let i = 0; i < raw.length; i++) {
    const e = evidenceOf(raw[i]);
    if (e === undefined) return undefined;
    out.push(e);
  }
  return out;
}

/** `"reason"` or `{ reason }`. */
export function notApplicableOf(raw: unknown): { reason: string } | undefined {
  if (typeof raw === 'string') {
    const reason = text(raw);
    return reason === undefined ? undefined : { reason };
  }
  if (!isPlainObject(raw)) return undefined;
  let reason: string | undefined;
  for (const k in raw) {
    if (k !== 'reason') return undefined;
    reason = text(raw[k]);
  }
  return reason === undefined ? undefined : { reason };
}

function nonNegative(raw: unknown): DecimalString | undefined {
  const v = fastDecimal(raw, false);
  return v === undefined || isNegativeDs(v) ? undefined : v;
}

/** `{ low, high }` (low ≤ high) or `{ standardError }`. */
export function uncertaintyOf(raw: unknown): PointsUncertainty | undefined {
  if (!isPlainObject(raw)) return undefined;
  let low: DecimalString | undefined;
  let high: DecimalString | undefined;
  let standardError: DecimalString | undefined;
  let keys = 0;
  for (const k in raw) {
    const v = nonNegative(raw[k]);
    if (v === undefined) return undefined;
    if (k === 'low') low = v;
    else if (k === 'high') high = v;
    else if (k === 'standardError') standardError = v;
    else return undefined;
    keys++;
  }
  if (keys === 1 && standardError !== undefined) return { kind: 'standard-error', standardError };
  if (keys !== 2 || low === undefined || high === undefined || compareDs(low, high) > 0) {
    return undefined;
  }
  return { kind: 'interval', low, high };
}

/** One appraisal round or a list of one or two, each checked like points. */
export function appraisalOf(raw: unknown, plan: NodePlan): DecimalString[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const v = points(raw, plan);
    return v === undefined ? undefined : [v];
  }
  if (raw.length < 1 || raw.length > 2) return undefined;
  const out: DecimalString[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v = points(raw[i], plan);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}
