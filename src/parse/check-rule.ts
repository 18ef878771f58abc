import { match } from 'ts-pattern';
import { dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import type { ScoringRuleDraft } from '../schema/rule.js';
import { showEn, showVi } from './show.js';

type Path = readonly (string | number)[];

interface PointsAt {
  readonly points: DecimalString;
  readonly path: Path;
}

function aboveMax(items: readonly PointsAt[], max: DecimalString, code: string): Problem[] {
  return items
    .filter((it) => dec(it.points).greaterThan(dec(max)))
    .map((it) => ({
      code: 'rule_points_above_max',
      path: it.path,
      message: `Điểm ${showVi(it.points)} trong cách chấm của tiêu chí '${code}' vượt điểm tối đa ${showVi(max)}.`,
      messageEn: `Points ${showEn(it.points)} in the rule of '${code}' exceed its maximum ${showEn(max)}.`,
    }));
}

/** Points in best-to-worst order must never rise (the last entry is `otherwise`). */
function notMonotonic(items: readonly PointsAt[], code: string): Problem[] {
  const out: Problem[] = [];
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    if (prev && cur && dec(cur.points).greaterThan(dec(prev.points))) {
      out.push({
        code: 'tiers_not_monotonic',
        path: cur.path,
        message: `Tiêu chí '${code}': mức kém hơn lại được nhiều điểm hơn (${showVi(cur.points)} > ${showVi(prev.points)}).`,
        messageEn: `'${code}': a worse result earns more points (${showEn(cur.points)} > ${showEn(prev.points)}).`,
      });
    }
  }
  return out;
}

function unordered(
  values: readonly DecimalString[] | readonly number[],
  ascending: boolean,
  at: (i: number) => Path,
  code: string,
): Problem[] {
  const out: Problem[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = dec(values[i - 1] ?? 0);
    const b = dec(values[i] ?? 0);
    if (ascending ? b.lessThanOrEqualTo(a) : b.greaterThanOrEqualTo(a)) {
      const vi = ascending ? 'tăng dần' : 'giảm dần';
      const en = ascending ? 'strictly ascending' : 'strictly descending';
      out.push({
        code: 'tiers_unordered',
        path: at(i),
        message: `Tiêu chí '${code}': các mức phải xếp theo thứ tự ${vi}, không trùng nhau.`,
        messageEn: `'${code}': tiers must be in ${en} order.`,
      });
    }
  }
  return out;
}

function notBelow(
  lo: DecimalString,
  hi: DecimalString,
  path: Path,
  what: [string, string],
): Problem[] {
  if (dec(lo).lessThan(dec(hi))) return [];
  return [
    {
      code: 'invalid_value',
      path,
      message: `${what[0]}: ${showVi(hi)} phải lớn hơn ${showVi(lo)}.`,
      messageEn: `${what[1]}: ${showEn(hi)} must be greater than ${showEn(lo)}.`,
    },
  ];
}

/** Semantic checks of one leaf's rule against the node's max. `path` points at the rule. */
export function checkRule(rule: ScoringRuleDraft, max: DecimalString, code: string, path: Path) {
  const p = (...rest: (string | number)[]): Path => [...path, ...rest];
  return match(rule)
    .returnType<Problem[]>()
    .with({ kind: 'direct' }, () => [])
    .with({ kind: 'yes-no' }, (r) => {
      const items = [{ points: r.no, path: p('no') }];
      return aboveMax(r.yes ? [{ points: r.yes, path: p('yes') }, ...items] : items, max, code);
    })
    .with({ kind: 'ratio-tiers' }, (r) => {
      const items = [
        ...r.tiers.map((t, i) => ({ points: t.points, path: p('tiers', i, 'points') })),
        { points: r.otherwise, path: p('otherwise') },
      ];
      const ats = r.tiers.map((t) => t.at);
      const asc = r.direction === 'lower-better';
      return [
        ...aboveMax(items, max, code),
        ...unordered(ats, asc, (i) => p('tiers', i, 'at'), code),
        ...notMonotonic(items, code),
      ];
    })
    .with({ kind: 'ratio-linear' }, (r) =>
      notBelow(r.lower, r.upper, p('upper'), ["Ngưỡng trên 'upper'", "'upper'"]),
    )
    .with({ kind: 'deduction' }, (r) =>
      aboveMax(
        [
          { points: r.perItem, path: p('perItem') },
          { points: r.floor, path: p('floor') },
        ],
        max,
        code,
      ),
    )
    .with({ kind: 'deadline' }, (r) => {
      const tiers = r.tiers.map((t, i) => ({ points: t.points, path: p('tiers', i, 'points') }));
      const items = [...tiers, { points: r.otherwise, path: p('otherwise') }];
      const days = r.tiers.map((t) => t.daysLate);
      return [
        ...aboveMax(items, max, code),
        ...unordered(days, true, (i) => p('tiers', i, 'daysLate'), code),
        ...notMonotonic(items, code),
      ];
    })
    .with({ kind: 'survey-options' }, (r) =>
      duplicates(
        r.options.map((o) => o.code),
        (i) => p('options', i, 'code'),
        ['phương án trả lời', 'answer option'],
      ),
    )
    .with({ kind: 'survey-scale' }, (r) =>
      notBelow(r.min, r.max, p('max'), ["Thang đo: 'max'", "Scale: 'max'"]),
    )
    .exhaustive();
}

/** `duplicate_id` for every repeated id after the first. */
export function duplicates(
  ids: readonly string[],
  at: (i: number) => Path,
  what: readonly [string, string],
): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      out.push({
        code: 'duplicate_id',
        path: at(i),
        message: `Mã ${what[0]} '${id}' bị trùng (mỗi mã chỉ được dùng một lần).`,
        messageEn: `The ${what[1]} id '${id}' is used more than once.`,
      });
    }
    seen.add(id);
  });
  return out;
}
