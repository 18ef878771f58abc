// Decodes a set recipe into criteria-set authoring JSON (docs/criteria-format.md) using every
// rule kind, bands, criterion ratings, bonus/penalty and triggers of every kind.
import { h2s, LEAF_MAX, type LeafSpec, pick, type SetSpec } from './gen-recipes.js';

// ---------------------------------------------------------------- decoded sets

/** What the assessment decoder needs to know about a node. */
export interface NodeInfo {
  readonly code: string;
  readonly maxH: number;
  readonly depth: number;
  readonly children: NodeInfo[];
  readonly rule?: Record<string, unknown> | undefined;
  /** Step of a direct leaf, in hundredths (1 when none). */
  readonly stepH: number;
}

export interface DecodedSet {
  readonly id: string;
  readonly json: Record<string, unknown>;
  readonly tree: NodeInfo[];
  readonly leaves: NodeInfo[];
  readonly parents: NodeInfo[];
  /** Index percentages worth hitting exactly: band and rating minima and publication edges. */
  readonly edges: readonly string[];
  readonly places: number;
  readonly bandCodes: readonly string[];
  readonly hasAdjustments: boolean;
}

const BAND_SCALES: readonly (readonly [string, string, number, boolean][])[] = [
  [],
  [
    ['htxs', 'Hoàn thành xuất sắc nhiệm vụ', 90, false],
    ['htt', 'Hoàn thành tốt nhiệm vụ', 80, false],
    ['htnv', 'Hoàn thành nhiệm vụ', 50, false],
    ['khtnv', 'Không hoàn thành nhiệm vụ', 0, true],
  ],
  [
    ['tot', 'Tốt', 80, false],
    ['kha', 'Khá', 65, false],
    ['tb', 'Trung bình', 50, false],
    ['yeu', 'Yếu', 0, true],
  ],
  [
    ['dat', 'Đạt', 50, false],
    ['khong-dat', 'Không đạt', 0, true],
  ],
];
const RATING_SCALES: readonly (readonly [string, string, number, boolean][])[] = [
  [
    ['tot', 'Tốt', 80, false],
    ['kha', 'Khá', 65, false],
    ['tb', 'Trung bình', 50, true],
    ['yeu', 'Yếu', 0, true],
  ],
  [
    ['dat', 'Đạt', 50, false],
    ['yeu', 'Yếu', 0, true],
  ],
  [
    ['tot', 'Tốt', 75, false],
    ['yeu', 'Yếu', 0, true],
  ],
];

function levels(scale: readonly (readonly [string, string, number, boolean])[]) {
  return scale.map(([code, label, min, weak]) => ({ code, label, min, ...(weak ? { weak } : {}) }));
}

function ruleFor(spec: LeafSpec, maxH: number): { rule: Record<string, unknown>; stepH: number } {
  const half = Math.floor(maxH / 2);
  const quarter = Math.floor(maxH / 4);
  switch (spec.rule) {
    case 0: {
      const steps = [0, 25, 50].filter((s) => s === 0 || maxH % s === 0);
      const s = pick(steps, spec.p);
      return s === 0
        ? { rule: { kind: 'direct' }, stepH: 1 }
        : { rule: { kind: 'direct', step: h2s(s) }, stepH: s };
    }
    case 1:
      return {
        rule: pick(
          [
            { kind: 'yes-no' },
            { kind: 'yes-no', yes: h2s(half), no: 0 },
            { kind: 'yes-no', yes: h2s(maxH), no: h2s(quarter) },
          ],
          spec.p,
        ),
        stepH: 1,
      };
    case 2:
      return {
        rule: {
          kind: 'ratio-linear',
          lower: pick([0, 50, 20], spec.p),
          upper: pick([100, 80], Math.floor(spec.p / 3)),
          origin: pick(['zero', 'lower'], Math.floor(spec.p / 6)),
        },
        stepH: 1,
      };
    case 3:
      return {
        rule: pick(
          [
            {
              kind: 'ratio-tiers',
              direction: 'higher-better',
              tiers: [
                { at: 100, points: h2s(maxH) },
                { at: 80, points: h2s(half) },
              ],
              otherwise: 0,
            },
            {
              kind: 'ratio-tiers',
              direction: 'higher-better',
              tiers: [
                { at: 90, points: h2s(maxH) },
                { at: 50, points: h2s(quarter) },
              ],
              otherwise: 0,
            },
            {
              kind: 'ratio-tiers',
              direction: 'lower-better',
              tiers: [
                { at: 0, points: h2s(maxH) },
                { at: 5, points: h2s(half) },
                { at: 10, points: h2s(quarter) },
              ],
            },
          ],
          spec.p,
        ),
        stepH: 1,
      };
    case 4:
      return {
        rule: {
          kind: 'deduction',
          perItem: h2s(Math.min(maxH, pick([25, 50, 100], spec.p))),
          floor: h2s(pick([0, Math.min(25, maxH)], Math.floor(spec.p / 3))),
          freeItems: pick([0, 1, 2], Math.floor(spec.p / 6)),
        },
        stepH: 1,
      };
    case 5:
      return {
        rule: {
          kind: 'deadline',
          ...(spec.p % 2 === 0 ? { due: '2023-11-30' } : {}),
          ...(spec.p % 3 === 2
            ? {}
            : {
                tiers: [
                  { daysLate: 5, points: h2s(half) },
                  { daysLate: 10, points: h2s(quarter) },
                ],
              }),
          otherwise: 0,
        },
        stepH: 1,
      };
    case 6:
      return {
        rule: {
          kind: 'survey-options',
          options: pick(
            [
              [
                ['A', 100],
                ['B', 60],
                ['C', 20],
                ['D', 0],
              ],
              [
                ['A', 100],
                ['B', 50],
                ['C', '33.33'],
                ['D', 0],
              ],
              [
                ['A', 100],
                ['B', 75],
                ['C', 25],
                ['D', 0],
              ],
            ],
            spec.p,
          ).map(([code, weight]) => ({ code, weight })),
        },
        stepH: 1,
      };
    default:
      return {
        rule: {
          kind: 'survey-scale',
          ...pick(
            [
              { min: 1, max: 5 },
              { min: 0, max: 10 },
              { min: 1, max: 4 },
            ],
            spec.p,
          ),
        },
        stepH: 1,
      };
  }
}

/** Decodes a set recipe into authoring JSON and the facts the assessment decoder needs. */
export function decodeSet(spec: SetSpec, id: string): DecodedSet {
  const leaves: NodeInfo[] = [];
  const parents: NodeInfo[] = [];
  const tags = (n: number): string[] =>
    pick([[], ['tthc'], [], ['digital'], ['tthc', 'digital'], []], n);
  const leafJson = (code: string, depth: number, s: LeafSpec) => {
    const maxH = pick(LEAF_MAX, s.max);
    const { rule, stepH } = ruleFor(s, maxH);
    const isSurveyRule = rule['kind'] === 'survey-options' || rule['kind'] === 'survey-scale';
    const info: NodeInfo = { code, maxH, depth, children: [], rule, stepH };
    leaves.push(info);
    const json: Record<string, unknown> = {
      code,
      name: `Tiêu chí ${code}`,
      max: h2s(maxH),
      rule,
      ...(tags(s.tag).length > 0 ? { tags: tags(s.tag) } : {}),
      ...(isSurveyRule && s.survey ? { method: 'survey' } : {}),
    };
    return { json, info };
  };
  const tree: NodeInfo[] = [];
  const fieldsJson = spec.fields.map((f, i) => {
    const code = `${i + 1}`;
    if (f.children.length === 0) {
      const { json, info } = leafJson(code, 1, f.leaf);
      tree.push(info);
      return { ...json, name: `Lĩnh vực ${code}` };
    }
    const kids = f.children.map((m, j) => {
      const mcode = `${code}.${j + 1}`;
      if (m.children.length === 0) return leafJson(mcode, 2, m.leaf);
      const grand = m.children.map((l, k) => leafJson(`${mcode}.${k + 1}`, 3, l));
      const maxH = grand.reduce((s, g) => s + g.info.maxH, 0);
      const info: NodeInfo = {
        code: mcode,
        maxH,
        depth: 2,
        children: grand.map((g) => g.info),
        stepH: 1,
      };
      parents.push(info);
      const json = {
        code: mcode,
        name: `Tiêu chí ${mcode}`,
        max: h2s(maxH),
        ...(tags(m.leaf.tag).length > 0 ? { tags: tags(m.leaf.tag) } : {}),
        children: grand.map((g) => g.json),
      };
      return { json, info };
    });
    const maxH = kids.reduce((s, k) => s + k.info.maxH, 0);
    const info: NodeInfo = { code, maxH, depth: 1, children: kids.map((k) => k.info), stepH: 1 };
    parents.push(info);
    tree.push(info);
    return {
      code,
      name: `Lĩnh vực ${code}`,
      max: h2s(maxH),
      ...(f.survey && f.leaf.tag % 3 === 0 ? { method: 'survey' } : {}),
      ...(tags(f.leaf.tag).length > 0 ? { tags: tags(f.leaf.tag) } : {}),
      children: kids.map((k) => k.json),
    };
  });
  const hasDepth2 = tree.some((n) => n.children.length > 0);
  const places = spec.places === 3 ? 3 : 2;
  const json: Record<string, unknown> = {
    id,
    title: `Bộ chỉ số ${id}`,
    level: 'district',
    provenance: 'illustrative',
    rounding: { places, mode: spec.halfEven ? 'half-even' : 'half-up' },
    fields: fieldsJson,
  };
  // the keys are written in about one set in six each (explicit default or the other choice)
  if (spec.classifyOn === 10) json['classifyOn'] = 'exact';
  if (spec.classifyOn === 11) json['classifyOn'] = 'published';
  if (spec.totalCap === 10) json['totalCap'] = 'none';
  if (spec.totalCap === 11) json['totalCap'] = 'max';
  const bandScale = pick(BAND_SCALES, spec.bands);
  if (bandScale.length > 0) json['bands'] = { name: 'Xếp loại', levels: levels(bandScale) };
  let ratingScale: readonly (readonly [string, string, number, boolean])[] = [];
  if (spec.rating !== 2) {
    ratingScale = pick(RATING_SCALES, spec.rating === 3 ? 2 : spec.rating);
    const depth = spec.rating === 1 || !hasDepth2 ? 1 : 2;
    json['criterionRating'] = { depth, levels: levels(ratingScale) };
  }
  if (spec.adjust) {
    json['adjustments'] = [
      { id: 'sang-kien', name: 'Sáng kiến CCHC', kind: 'bonus', cap: 1 },
      { id: 'ky-luat', name: 'Vi phạm kỷ luật', kind: 'penalty', cap: 2 },
    ];
  }
  const allNodes: NodeInfo[] = [];
  const walk = (n: NodeInfo) => {
    allNodes.push(n);
    for (const c of n.children) walk(c);
  };
  for (const t of tree) walk(t);
  const usedTags = new Set(
    JSON.stringify(fieldsJson)
      .match(/"tags":\[[^\]]*\]/g)
      ?.flatMap((m) => m.match(/tthc|digital/g) ?? []) ?? [],
  );
  const percents = ['50', '80', '75', '65', '90', '100', '79.995', '0'];
  const condition = (kind: number, a: number, b: number): Record<string, unknown> => {
    if (kind === 1 && bandScale.length > 0) {
      return {
        kind: 'band-in',
        bands: [pick(bandScale, a)[0], ...(b % 2 === 1 ? [pick(bandScale, b)[0]] : [])].filter(
          (x, i, l) => l.indexOf(x) === i,
        ),
      };
    }
    if ((kind === 2 || kind === 3) && allNodes.length > 0) {
      if (kind === 3 && usedTags.size > 0)
        return {
          kind: 'node-below',
          node: { tag: pick([...usedTags], a) },
          percent: pick(percents, b),
        };
      return {
        kind: 'node-below',
        node: { code: pick(allNodes, a).code },
        percent: pick(percents, b),
      };
    }
    if (kind === 4 && ratingScale.length > 0) {
      const choice = a % 3;
      if (choice === 0) return { kind: 'criterion-rated' };
      return { kind: 'criterion-rated', ratings: [pick(ratingScale, b)[0]] };
    }
    return { kind: 'index-below', percent: pick(percents, a) };
  };
  const triggers = spec.triggers.map((t, i) => ({
    id: `canh-bao-${i + 1}`,
    label: `Cảnh báo ${i + 1}`,
    when:
      t.kind === 5 && t.subs.length > 0
        ? {
            kind: t.a % 2 === 0 ? 'any' : 'all',
            conditions: t.subs.map((s) => condition(s.kind, s.a, s.b)),
          }
        : condition(t.kind, t.a, t.b),
  }));
  if (triggers.length > 0) json['triggers'] = triggers;
  const edges = new Set<string>(['84.575', '84.585', '84.565', '50', '100']);
  for (const [, , min] of [...bandScale, ...ratingScale]) if (min > 0) edges.add(String(min));
  return {
    id,
    json,
    tree,
    leaves,
    parents,
    edges: [...edges],
    places,
    bandCodes: bandScale.map(([c]) => c),
    hasAdjustments: spec.adjust,
  };
}
