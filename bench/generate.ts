/**
 * Seeded generator of national-scale PAR Index data for the benchmarks: 63 provinces, each with
 * its own commune and department criteria sets (~120 leaves using every rule kind, bands,
 * criterion rating, adjustments, a trigger), ~3 300 commune and ~1 200 department assessments
 * with raw values for every leaf, some self-scores and appraisals, some N/A.
 *
 * Everything is plain authoring data (docs/criteria-format.md, docs/assessment-format.md), as a
 * province office would write it in JSON; the same seed always gives the same data.
 */

/** A scoring rule as authored (the subset of shapes this generator writes). */
export type RuleDoc =
  | { kind: 'direct'; step?: number }
  | { kind: 'yes-no'; yes?: number; no?: number }
  | {
      kind: 'ratio-tiers';
      direction: 'higher-better' | 'lower-better';
      tiers: { at: number; points: number }[];
      otherwise?: number;
    }
  | { kind: 'ratio-linear'; lower: number; upper: number; origin: 'zero' | 'lower' }
  | { kind: 'deduction'; perItem: number; floor: number; freeItems: number }
  | {
      kind: 'deadline';
      due: string;
      tiers: { daysLate: number; points: number }[];
      otherwise?: number;
    }
  | { kind: 'survey-options'; options: { code: string; label: string; weight: number }[] }
  | { kind: 'survey-scale'; min: number; max: number };

/** A criteria node as authored. */
export interface NodeDoc {
  code: string;
  name: string;
  max: number;
  method?: 'appraisal' | 'survey';
  tags?: string[];
  rule?: RuleDoc;
  children?: NodeDoc[];
}

/** A criteria set as authored. */
export interface CriteriaSetDoc {
  id: string;
  title: string;
  level: 'commune' | 'department';
  year: number;
  provenance: 'illustrative';
  rounding: { places: number; mode: 'half-up' };
  fields: NodeDoc[];
  bands: { name: string; levels: { code: string; label: string; min: number; weak?: boolean }[] };
  criterionRating: {
    depth: number;
    levels: { code: string; label: string; min: number; weak?: boolean }[];
  };
  adjustments: { id: string; name: string; kind: 'bonus' | 'penalty'; cap: number }[];
  triggers: unknown[];
}

/** One entry of an assessment as authored; `value` takes every written form the format allows. */
export interface EntryDoc {
  code: string;
  value?: unknown;
  points?: number | string;
  selfScore?: number | string;
  appraisal?: (number | string)[];
  notApplicable?: string;
  evidence?: { number: string; date: string; issuer: string }[];
}

/** An assessment as authored. */
export interface AssessmentDoc {
  criteriaSet: string;
  unit: { id: string; name: string; block: string };
  period: string;
  entries: EntryDoc[];
  adjustments: { id: string; points: number | string; reason: string }[];
}

/** One province's data. */
export interface ProvinceData {
  readonly code: string;
  readonly communeSet: CriteriaSetDoc;
  readonly departmentSet: CriteriaSetDoc;
  readonly communes: AssessmentDoc[];
  readonly departments: AssessmentDoc[];
}

/** Sizes of the generated country. */
export interface NationOptions {
  readonly seed?: number | undefined;
  readonly provinces?: number | undefined;
  readonly communes?: number | undefined;
  readonly departments?: number | undefined;
  readonly leaves?: number | undefined;
}

/** mulberry32: small, fast, good enough for test data; deterministic for a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const SCALE = [
  { code: 'tot', label: 'Tốt', min: 80 },
  { code: 'kha', label: 'Khá', min: 70 },
  { code: 'tb', label: 'Trung bình', min: 60 },
  { code: 'yeu', label: 'Yếu', min: 0, weak: true },
];
const FIELD_NAMES = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Xây dựng và tổ chức thực hiện văn bản QPPL',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính',
  'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC',
  'Cải cách tài chính công',
  'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
  'Tác động của cải cách hành chính (điều tra xã hội học)',
];
// Share of the leaves per field; the last field is the survey.
const FIELD_LEAVES = [12, 10, 20, 10, 14, 10, 20, 24];
const APPRAISAL_KINDS = [
  'direct',
  'yes-no',
  'ratio-tiers-up',
  'ratio-tiers-down',
  'ratio-linear',
  'deduction',
  'deadline',
] as const;
type LeafKind = (typeof APPRAISAL_KINDS)[number] | 'survey-options' | 'survey-scale';

/** Quarter points → a number with at most 2 decimals (exact in the authoring text). */
const q = (quarters: number): number => quarters / 4;

function ruleFor(kind: LeafKind, maxQ: number, r: Rand, year: number): RuleDoc {
  const max = q(maxQ);
  // Halves and quarters of a quarter-point max are exact decimals with up to 4 places.
  const half = max / 2;
  const quarter = max / 4;
  switch (kind) {
    case 'direct':
      return { kind: 'direct', step: pick(r, [0.25, 0.05]) };
    case 'yes-no':
      return r() < 0.7 ? { kind: 'yes-no' } : { kind: 'yes-no', yes: max, no: quarter };
    case 'ratio-tiers-up':
      return {
        kind: 'ratio-tiers',
        direction: 'higher-better',
        tiers: [
          { at: 100, points: max },
          { at: pick(r, [80, 85, 90]), points: half },
          { at: pick(r, [50, 60, 70]), points: quarter },
        ],
        otherwise: 0,
      };
    case 'ratio-tiers-down':
      return {
        kind: 'ratio-tiers',
        direction: 'lower-better',
        tiers: [
          { at: 0, points: max },
          { at: pick(r, [2, 3, 5]), points: half },
          { at: pick(r, [10, 15]), points: quarter },
        ],
        otherwise: 0,
      };
    case 'ratio-linear':
      return r() < 0.5
        ? { kind: 'ratio-linear', lower: 0, upper: 100, origin: 'zero' }
        : {
            kind: 'ratio-linear',
            lower: pick(r, [30, 50]),
            upper: pick(r, [90, 100]),
            origin: 'lower',
          };
    case 'deduction':
      return {
        kind: 'deduction',
        perItem: pick(r, [0.05, 0.1, 0.2, 0.25]),
        floor: 0,
        freeItems: int(r, 0, 1),
      };
    case 'deadline': {
      const month = String(int(r, 1, 11)).padStart(2, '0');
      const day = String(int(r, 1, 28)).padStart(2, '0');
      return {
        kind: 'deadline',
        due: `${year}-${month}-${day}`,
        tiers: [
          { daysLate: 5, points: half },
          { daysLate: 15, points: quarter },
        ],
        otherwise: 0,
      };
    }
    case 'survey-options':
      return {
        kind: 'survey-options',
        options: [
          { code: 'A', label: 'Rất hài lòng', weight: 100 },
          { code: 'B', label: 'Hài lòng', weight: 60 },
          { code: 'C', label: 'Bình thường', weight: 20 },
          { code: 'D', label: 'Không hài lòng', weight: 0 },
        ],
      };
    case 'survey-scale':
      return { kind: 'survey-scale', min: 1, max: 5 };
  }
}

/** Splits `totalQ` quarter points over `n` leaves, each at least 2 quarters. */
function splitQuarters(r: Rand, totalQ: number, n: number): number[] {
  const parts = Array.from({ length: n }, () => 2);
  for (let left = totalQ - 2 * n; left > 0; left--) {
    const i = int(r, 0, n - 1);
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** One criteria set: 8 fields (the last a survey), ~`leaves` leaves, 100 points. */
export function generateCriteriaSet(
  id: string,
  level: 'commune' | 'department',
  seed: number,
  leaves = 120,
): CriteriaSetDoc {
  const r = rng(seed);
  const year = 2023;
  const counts = FIELD_LEAVES.map((c) => Math.max(3, Math.round((c * leaves) / 120)));
  const total = counts.reduce((a, b) => a + b, 0);
  const leafQ = splitQuarters(r, 400, total);
  let next = 0;
  const fields: NodeDoc[] = counts.map((n, f) => {
    const survey = f === FIELD_NAMES.length - 1;
    const criteria: NodeDoc[] = [];
    let made = 0;
    for (let c = 1; made < n; c++) {
      const k = Math.min(n - made, int(r, 2, 5));
      const children: NodeDoc[] = [];
      for (let s = 1; s <= k; s++) {
        const maxQ = leafQ[next++] ?? 2;
        const kind: LeafKind = survey
          ? r() < 0.6
            ? 'survey-options'
            : 'survey-scale'
          : (APPRAISAL_KINDS[(made + s + f) % APPRAISAL_KINDS.length] ?? 'direct');
        children.push({
          code: `${f + 1}.${c}.${s}`,
          name: `Tiêu chí thành phần ${f + 1}.${c}.${s}`,
          max: q(maxQ),
          rule: ruleFor(kind, maxQ, r, year),
        });
      }
      made += k;
      const maxQ = children.reduce((a, ch) => a + ch.max * 4, 0);
      criteria.push({
        code: `${f + 1}.${c}`,
        name: `Tiêu chí ${f + 1}.${c}`,
        max: q(maxQ),
        children,
      });
    }
    const maxQ = criteria.reduce((a, ch) => a + ch.max * 4, 0);
    return {
      code: String(f + 1),
      name: FIELD_NAMES[f] ?? `Lĩnh vực ${f + 1}`,
      max: q(maxQ),
      ...(survey ? { method: 'survey' as const } : {}),
      ...(f === 2 ? { tags: ['tthc'] } : f === 6 ? { tags: ['digital-government'] } : {}),
      children: criteria,
    };
  });
  return {
    id,
    title: `Bộ chỉ số CCHC ${level === 'commune' ? 'cấp xã' : 'sở, ngành'} (sinh tự động, ${id})`,
    level,
    year,
    provenance: 'illustrative',
    rounding: { places: 2, mode: 'half-up' },
    fields,
    bands: { name: 'Xếp loại', levels: SCALE },
    criterionRating: { depth: 2, levels: SCALE },
    adjustments: [
      { id: 'initiative', name: 'Sáng kiến CCHC được công nhận', kind: 'bonus', cap: 1 },
      { id: 'discipline', name: 'Vi phạm kỷ luật, kỷ cương hành chính', kind: 'penalty', cap: 2 },
    ],
    triggers: [
      {
        id: 'remediation-plan',
        label: 'Phải xây dựng kế hoạch khắc phục',
        due: '2024-04-10',
        when: {
          kind: 'any',
          conditions: [
            { kind: 'band-in', bands: ['tb', 'yeu'] },
            { kind: 'node-below', node: { tag: 'tthc' }, percent: 75 },
            { kind: 'node-below', node: { tag: 'digital-government' }, percent: 75 },
          ],
        },
      },
    ],
  };
}

/** Every leaf of a set, in tree order. */
export function leavesOf(nodes: readonly NodeDoc[]): NodeDoc[] {
  return nodes.flatMap((n) => (n.children && n.children.length > 0 ? leavesOf(n.children) : [n]));
}

function addDays(iso: string, days: number): string {
  const t = Date.UTC(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
  );
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Written forms of a raw value, as clerks type them. */
function valueFor(rule: RuleDoc, r: Rand, skill: number): unknown {
  switch (rule.kind) {
    case 'direct':
      return undefined;
    case 'yes-no': {
      const yes = r() < skill;
      return pick(r, yes ? ['Có', true, 'x', 'co', 1] : ['Không', false, 'khong', 0]);
    }
    case 'ratio-tiers':
    case 'ratio-linear': {
      const down = rule.kind === 'ratio-tiers' && rule.direction === 'lower-better';
      const den = int(r, 1, 400);
      const share = down ? (1 - skill) * r() * 0.2 : Math.min(1, skill + (r() - 0.5) * 0.4);
      const num = Math.max(0, Math.min(den, Math.round(den * share)));
      const form = r();
      if (form < 0.4) return `${num}/${den}`;
      if (form < 0.7) return { numerator: num, denominator: den };
      const pct = Math.round((num / den) * 1000) / 10;
      return form < 0.85 ? pct : `${String(pct).replace('.', ',')} %`;
    }
    case 'deduction':
      return r() < skill ? 0 : int(r, 1, 6);
    case 'deadline': {
      const late = r() < skill ? -int(r, 0, 10) : int(r, 1, 25);
      return r() < 0.6 ? addDays(rule.due, late) : { daysLate: Math.max(0, late) };
    }
    case 'survey-options': {
      const n = int(r, 50, 400);
      const a = Math.round(n * skill * r());
      const b = Math.round((n - a) * r());
      const c = Math.round((n - a - b) * r());
      return { A: a, B: b, C: c, D: n - a - b - c };
    }
    case 'survey-scale': {
      const mean = Math.round((1 + 4 * Math.min(1, skill + (r() - 0.5) * 0.3)) * 100) / 100;
      return r() < 0.5 ? mean : String(mean).replace('.', ',');
    }
  }
}

/**
 * A multiple of `step` in [0, max], written with at most 3 decimals as a person types it.
 * Steps of 0.05 make totals like 63.785 common: exact in decimal, not in binary floats.
 */
function onGrid(r: Rand, max: number, step: number): number {
  return Number((Math.floor((r() * max) / step) * step).toFixed(3));
}

/** One unit's assessment for a set. */
export function generateAssessment(
  set: CriteriaSetDoc,
  unit: { id: string; name: string; block: string },
  seed: number,
): AssessmentDoc {
  const r = rng(seed);
  const skill = 0.7 + r() * 0.3;
  const entries: EntryDoc[] = [];
  const evidence = [{ number: `${int(r, 1, 999)}/KH-UBND`, date: '2023-01-10', issuer: unit.name }];
  // Half the units get their survey field as one published total with 2 decimals (the survey
  // team's figure), the others the raw answers of every question.
  const surveyField = set.fields.find((f) => f.method === 'survey');
  const publishedSurvey = surveyField !== undefined && r() < 0.5;
  if (surveyField !== undefined && publishedSurvey) {
    entries.push({
      code: surveyField.code,
      points: Math.round(surveyField.max * (0.6 + 0.4 * r()) * 100) / 100,
    });
  }
  for (const leaf of leavesOf(
    publishedSurvey ? set.fields.filter((f) => f !== surveyField) : set.fields,
  )) {
    const rule = leaf.rule ?? { kind: 'direct' };
    if (r() < 0.015) {
      entries.push({ code: leaf.code, notApplicable: 'Không có nhiệm vụ này trong năm' });
      continue;
    }
    const entry: EntryDoc = { code: leaf.code };
    const step = rule.kind === 'direct' ? (rule.step ?? 0.05) : 0.05;
    if (rule.kind === 'direct') entry.points = onGrid(() => skill, leaf.max, step);
    else entry.value = valueFor(rule, r, skill);
    if (leaf.method !== 'survey' && r() < 0.15) entry.selfScore = onGrid(r, leaf.max, step);
    const a = r();
    if (a < 0.2) entry.appraisal = [onGrid(r, leaf.max, step)];
    else if (a < 0.25) entry.appraisal = [onGrid(r, leaf.max, step), onGrid(r, leaf.max, step)];
    if (r() < 0.8) entry.evidence = evidence;
    entries.push(entry);
  }
  const adjustments: AssessmentDoc['adjustments'] = [];
  if (r() < 0.2)
    adjustments.push({
      id: 'initiative',
      points: pick(r, [0.25, 0.5, 1, '0,75']),
      reason: 'Sáng kiến',
    });
  if (r() < 0.1)
    adjustments.push({ id: 'discipline', points: pick(r, [0.5, 1, '1,5']), reason: 'Vi phạm' });
  return { criteriaSet: set.id, unit, period: '2023', entries, adjustments };
}

/** The whole country: `provinces` provinces, their sets and their units' assessments. */
export function generateNation(options: NationOptions = {}): ProvinceData[] {
  const seed = options.seed ?? 20231130;
  const provinces = options.provinces ?? 63;
  const communes = options.communes ?? 3300;
  const departments = options.departments ?? 1200;
  const leaves = options.leaves ?? 120;
  const out: ProvinceData[] = [];
  for (let p = 0; p < provinces; p++) {
    const code = `p${String(p + 1).padStart(2, '0')}`;
    const communeSet = generateCriteriaSet(
      `${code}-commune-2023`,
      'commune',
      seed + p * 7919,
      leaves,
    );
    const departmentSet = generateCriteriaSet(
      `${code}-department-2023`,
      'department',
      seed + p * 7919 + 1,
      leaves,
    );
    const nC = Math.floor(communes / provinces) + (p < communes % provinces ? 1 : 0);
    const nD = Math.floor(departments / provinces) + (p < departments % provinces ? 1 : 0);
    const make = (set: CriteriaSetDoc, n: number, kind: 'xa' | 'so', block: string) =>
      Array.from({ length: n }, (_, i) =>
        generateAssessment(
          set,
          {
            id: `${code}-${kind}-${i + 1}`,
            name: `${kind === 'xa' ? 'Xã' : 'Sở'} ${i + 1} (${code})`,
            block,
          },
          seed * 31 + p * 100_003 + i * 17 + (kind === 'xa' ? 0 : 50_000),
        ),
      );
    out.push({
      code,
      communeSet,
      departmentSet,
      communes: make(communeSet, nC, 'xa', 'xã'),
      departments: make(departmentSet, nD, 'so', 'sở'),
    });
  }
  return out;
}
