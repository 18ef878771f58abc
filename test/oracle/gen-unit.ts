// Decodes a unit recipe into an assessment document (docs/assessment-format.md) for a decoded set:
// values for every rule kind (1/3, 0/0, dates, survey answers), not applicable on leaves and
// parents, points/self scores/appraisal rounds on parents and leaves, bonus and penalty, and
// field totals that put the index exactly on a band minimum or a publication edge (x.xx5).
import { toDecimalString } from './decimal-text.js';
import {
  amount,
  h2s,
  type LeafRecipe,
  type ParentRecipe,
  pick,
  type UnitSpec,
} from './gen-recipes.js';
import type { DecodedSet, NodeInfo } from './gen-set.js';
import { div, minQ, mul, parseQ, type Q, q, sub, ZERO } from './rational.js';

// ---------------------------------------------------------------- decoded assessments

export const NAMES = [
  'An Lạc',
  'Ân Thi',
  'An Lão',
  'Bình Minh',
  'Đông Hưng',
  'Dương Kinh',
  'Đồng Văn',
  'Ea Kar',
  'Ân Phú',
  'Anh Sơn',
  'Bảo Lâm',
  'Bảo Lạc',
  'Cẩm Giàng',
  'Cam Lộ',
  'Đức Cơ',
  'Duy Tiên',
];

const RATIO_VALUES: readonly (string | number)[] = [
  '1/3',
  100,
  '2/3',
  80,
  '45/50',
  50,
  '5/6',
  '1/7',
  0,
  '79.995%',
  99.99,
  '150/100',
  20,
  65,
  90,
  10,
  5,
  '1/20',
  '199/200',
  '7/9',
  '0/0',
];
const DAYS = [0, 5, 6, 10, 11, -2, 3, 30];
const YES_NO: readonly (string | boolean)[] = ['Có', 'Không', true, false, 'co', 'khong'];
const ANSWERS: readonly Record<string, number>[] = [
  { A: 1, B: 2 },
  { A: 120, B: 30, C: 5, D: 0 },
  { A: 1, B: 1, C: 1 },
  { A: 2, C: 1 },
  { B: 3 },
  { A: 0, B: 0, C: 0, D: 0 },
];
const SCALE_FRACTIONS = [100, 0, 70, 45, 33, 50];

function isoPlusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** The raw value a leaf gets under recipe number n (zeroDen: 0/0 and empty surveys allowed). */
function leafValue(info: NodeInfo, n: number, zeroDen: boolean): unknown {
  const rule = info.rule ?? { kind: 'direct' };
  switch (rule['kind']) {
    case 'yes-no':
      return pick(YES_NO, n);
    case 'ratio-linear':
    case 'ratio-tiers': {
      const list = zeroDen ? RATIO_VALUES : RATIO_VALUES.filter((v) => v !== '0/0');
      const v = pick(list, n);
      return n % 7 === 6 && typeof v === 'string' && v.includes('/')
        ? { numerator: Number(v.split('/')[0]), denominator: Number(v.split('/')[1]) }
        : v;
    }
    case 'deduction':
      return pick([0, 1, 2, 3, 5, 8], n);
    case 'deadline': {
      const days = pick(DAYS, n);
      if (rule['due'] !== undefined && n % 3 === 1) return isoPlusDays(String(rule['due']), days);
      return n % 3 === 2 ? { daysLate: days } : days;
    }
    case 'survey-options': {
      const list = zeroDen ? ANSWERS : ANSWERS.slice(0, -1);
      return pick(list, n);
    }
    case 'survey-scale': {
      const lo = Number(rule['min']);
      const hi = Number(rule['max']);
      const f = pick(SCALE_FRACTIONS, n);
      return h2s(lo * 100 + (hi - lo) * f);
    }
    default:
      return undefined;
  }
}

export type StageName = 'self' | 'appraisal' | 'final';
export const STAGES: readonly StageName[] = ['final', 'self', 'appraisal'];

/** One decoded assessment (authoring JSON) with its set. */
export interface DecodedUnit {
  readonly setId: string;
  readonly json: Record<string, unknown>;
}

export interface UnitContext {
  readonly set: DecodedSet;
  readonly id: string;
  readonly name: string;
  readonly block: string;
  readonly stage: StageName;
  readonly zeroDen: boolean;
}

/** Decodes a unit recipe into an assessment document for its set. */
export function decodeUnit(spec: UnitSpec, ctx: UnitContext): DecodedUnit {
  const { set } = ctx;
  const na = new Set<string>();
  const entries = new Map<string, Record<string, unknown>>();
  const leafIndex = new Map(set.leaves.map((l, i) => [l.code, i] as const));
  const parentIndex = new Map(set.parents.map((p, i) => [p.code, i] as const));
  const leafRecipe = (code: string): LeafRecipe => {
    const i = leafIndex.get(code) ?? 0;
    return spec.leaves[i] ?? { what: 0, a: i, self: 0, appr: 0, b: 0 };
  };
  const parentRecipe = (code: string): ParentRecipe =>
    spec.parents[parentIndex.get(code) ?? 0] ?? { what: 0, a: 0, b: 0 };

  // 1. not applicable, top down (nothing is entered under a node marked not applicable)
  const markNa = (n: NodeInfo, above: boolean): void => {
    const isLeaf = n.children.length === 0;
    const mine =
      !above && (isLeaf ? leafRecipe(n.code).what === 7 : parentRecipe(n.code).what === 4);
    if (mine) entries.set(n.code, { code: n.code, notApplicable: 'Không phát sinh nhiệm vụ' });
    if (above || mine) na.add(n.code);
    for (const c of n.children) markNa(c, above || mine);
  };
  for (const t of set.tree) markNa(t, false);
  // 2. applicable maxima (hundredths)
  const appMax = new Map<string, number>();
  const maxOf = (n: NodeInfo): number => {
    const m = na.has(n.code)
      ? 0
      : n.children.length === 0
        ? n.maxH
        : n.children.reduce((s, c) => s + maxOf(c), 0);
    appMax.set(n.code, m);
    return m;
  };
  for (const t of set.tree) maxOf(t);
  // 3. own entries
  const rounds = (cap: number, step: number, appr: number, b: number): string[] =>
    appr % 3 === 0
      ? []
      : appr % 3 === 1
        ? [h2s(amount(cap, step, b))]
        : [h2s(amount(cap, step, b + 1)), h2s(amount(cap, step, b))];
  const visit = (n: NodeInfo): void => {
    if (na.has(n.code)) return;
    const cap = appMax.get(n.code) ?? 0;
    if (n.children.length === 0) {
      const r = leafRecipe(n.code);
      const direct = (n.rule?.['kind'] ?? 'direct') === 'direct';
      const e: Record<string, unknown> = { code: n.code };
      if (r.what <= 5 || r.what >= 9) {
        if (direct) e['points'] = h2s(amount(cap, n.stepH, r.a));
        else e['value'] = leafValue(n, r.a, ctx.zeroDen);
      } else if (r.what === 8) {
        e['points'] = h2s(amount(cap, n.stepH, r.a));
      } else if (r.what === 6 && r.self === 0 && r.appr % 3 === 0) {
        return; // nothing entered
      }
      if (r.self % 3 === 1) e['selfScore'] = h2s(amount(cap, n.stepH, r.b + 2));
      const a = rounds(cap, n.stepH, r.appr, r.b);
      if (a.length > 0) e['appraisal'] = a;
      if (Object.keys(e).length > 1) entries.set(n.code, e);
      return;
    }
    const r = parentRecipe(n.code);
    const e: Record<string, unknown> = { code: n.code };
    if (r.what === 5) e['points'] = h2s(amount(cap, 1, r.a));
    if (r.what === 6) e['appraisal'] = rounds(cap, 1, 1 + (r.b % 2), r.a);
    if (r.what === 7) {
      e['selfScore'] = h2s(amount(cap, 1, r.a));
      e['appraisal'] = rounds(cap, 1, 1 + (r.b % 2), r.b);
    }
    if (Object.keys(e).length > 1) entries.set(n.code, e);
    for (const c of n.children) visit(c);
  };
  for (const t of set.tree) visit(t);

  // 4. boundary overlay: field totals at the stage that put the index exactly on an edge
  let boundary = false;
  if (spec.boundary % 10 >= 7) {
    const fields = set.tree.filter((f) => !na.has(f.code));
    const unitMax = fields.reduce((s, f) => s + (appMax.get(f.code) ?? 0), 0);
    if (unitMax > 0) {
      boundary = true;
      const edge = parseQ(pick(set.edges, Math.floor(spec.boundary / 10)));
      const tiny = q(5n, 10n ** BigInt(set.places + 1)); // half of the last published digit
      const shifts: Q[] = [
        ZERO,
        tiny,
        sub(tiny, q(1n, 10n ** BigInt(set.places + 4))),
        q(1n, 10n ** BigInt(set.places)),
      ];
      const target = sub(edge, pick(shifts, spec.boundary));
      let left = div(mul(target, q(BigInt(unitMax), 100n)), q(100n));
      for (const f of fields) {
        const fm = q(BigInt(appMax.get(f.code) ?? 0), 100n);
        // a field that is a direct leaf with a step only takes multiples of it: give it 0
        const free = f.children.length > 0 || f.stepH === 1;
        const x = left.n > 0n && free ? minQ(fm, left) : ZERO;
        left = sub(left, x);
        const text = toDecimalString(x);
        const e: Record<string, unknown> = { code: f.code };
        if (ctx.stage === 'self') e['points'] = text;
        else if (ctx.stage === 'appraisal' || spec.boundary % 2 === 0) e['appraisal'] = [text];
        else {
          e['points'] = h2s(appMax.get(f.code) ?? 0);
          e['appraisal'] = [h2s(0), text];
        }
        entries.set(f.code, e);
      }
    }
  }

  // 5. adjustments
  const adjustments: Record<string, unknown>[] = [];
  if (set.hasAdjustments && !boundary) {
    const a = spec.adjust % 5;
    if (a === 1) adjustments.push({ id: 'sang-kien', points: 0.5 });
    if (a === 2) adjustments.push({ id: 'sang-kien', points: 1 }, { id: 'sang-kien', points: 1 });
    if (a === 3) adjustments.push({ id: 'ky-luat', points: 2 }, { id: 'ky-luat', points: 1.5 });
    if (a === 4) adjustments.push({ id: 'sang-kien', points: 1 }, { id: 'ky-luat', points: 0.25 });
  }
  const ordered: Record<string, unknown>[] = [];
  const order = (n: NodeInfo) => {
    const e = entries.get(n.code);
    if (e !== undefined) ordered.push(e);
    for (const c of n.children) order(c);
  };
  for (const t of set.tree) order(t);
  return {
    setId: set.id,
    json: {
      criteriaSet: set.id,
      unit: { id: ctx.id, name: ctx.name, block: ctx.block },
      period: '2023',
      entries: ordered,
      ...(adjustments.length > 0 ? { adjustments } : {}),
    },
  };
}
