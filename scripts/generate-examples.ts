/**
 * Generates the fictional example province "tỉnh Minh Sơn (hư cấu)" under examples/minh-son:
 * one assessment YAML per unit for 2023 (every leaf of the bundled illustrative sets) and field
 * totals for the districts in 2022. Every unit and number is invented.
 *
 * Deterministic: each unit draws from its own seeded PRNG, so the output only changes when this
 * script or the criteria sets change. Run: `npx tsx scripts/generate-examples.ts`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { match } from 'ts-pattern';
import { stringify } from 'yaml';
import { findNode } from '../src/engine/find-node.js';
import { scoreAssessment } from '../src/engine/score-assessment.js';
import { D, dec } from '../src/internal/decimal.js';
import type { CriteriaNode } from '../src/model/criteria-node.js';
import type { CriteriaSet } from '../src/model/criteria-set.js';
import type { ScoringRule } from '../src/model/scoring-rule.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'examples', 'minh-son');

/** A fictional unit and the story its numbers tell. */
interface Profile {
  readonly id: string;
  readonly name: string;
  readonly block: string;
  /** Issuer prefix of its documents and the suffix of their numbers. */
  readonly issuer: string;
  readonly suffix: string;
  /** Overall quality 0..1 in 2023; roughly the share of points obtained. */
  readonly q: number;
  /** Quality offsets per field code (a unit weak in one field). */
  readonly offsets?: Readonly<Record<string, number>> | undefined;
  /** Quality in 2022 (districts only). */
  readonly q2022?: number | undefined;
  /** Not applicable nodes: code → reason. */
  readonly notApplicable?: Readonly<Record<string, string>> | undefined;
  readonly adjustments?: readonly { id: string; points: number; reason: string }[] | undefined;
  /** Raw values fixed by the story (code → value), drawn values elsewhere. */
  readonly forced?: Readonly<Record<string, unknown>> | undefined;
  /** Same values as this unit with some outcomes swapped: a tie on the index. */
  readonly twinOf?: string | undefined;
}

/** Per-set knobs: where the files go and which codes tell a story. */
interface Kind {
  readonly setId: string;
  readonly folder: string;
  /** Respondents per survey question: satisfaction (first criterion of the survey field), others. */
  readonly respondents: readonly [number, number];
  /** Dossiers handled in the year (range), for ratios written as counts. */
  readonly dossiers: readonly [number, number];
  /**
   * Sampling error of the survey's leaves, as a share of each leaf's maximum: written as the
   * entry's `uncertainty` (a standard error) for what-if's Monte Carlo. No draw: numbers stay.
   */
  readonly surveyError?: number | undefined;
  /** Late-dossier leaf and apology leaf: no late dossier → apology not applicable. */
  readonly late?: { readonly ratio: string; readonly apology: string } | undefined;
  readonly profiles: readonly Profile[];
}

const NO_UNLAWFUL = 'Trong năm không phát hiện văn bản trái pháp luật';
const huyen = (
  id: string,
  name: string,
  q: number,
  q2022: number,
  extra: Partial<Profile> = {},
) => ({
  id,
  name,
  block: 'cấp huyện',
  issuer: `UBND ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
  suffix: 'UBND',
  q,
  q2022,
  ...extra,
});
const xa = (id: string, name: string, block: string, q: number, extra: Partial<Profile> = {}) => ({
  id,
  name,
  block,
  issuer: `UBND ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
  suffix: 'UBND',
  q,
  ...extra,
});
const so = (id: string, name: string, suffix: string, q: number, extra: Partial<Profile> = {}) => ({
  id,
  name,
  block: 'sở, ban, ngành',
  issuer: name,
  suffix,
  q,
  ...extra,
});

const KINDS: readonly Kind[] = [
  {
    setId: 'illustrative-district-2023',
    folder: 'districts',
    respondents: [300, 50],
    surveyError: 0.05,
    dossiers: [1500, 6000],
    late: { ratio: '3.3.2', apology: '3.3.3' },
    profiles: [
      huyen('ben-may', 'Thành phố Bến Mây', 0.97, 0.92, {
        notApplicable: { '2.3.2': NO_UNLAWFUL },
        adjustments: [
          {
            id: 'initiative',
            points: 1,
            reason: 'Sáng kiến "Bộ phận Một cửa không giấy" được UBND tỉnh công nhận',
          },
        ],
      }),
      huyen('may-ngan', 'Huyện Mây Ngàn', 0.95, 0.95),
      huyen('suoi-bac', 'Huyện Suối Bạc', 0.91, 0.88),
      huyen('an-lac', 'Huyện An Lạc', 0.87, 0.78, {
        offsets: { '3': 0.06 },
        adjustments: [
          {
            id: 'initiative',
            points: 0.5,
            reason: 'Sáng kiến "Số hóa hồ sơ đất đai tại xã" được huyện công nhận',
          },
        ],
      }),
      huyen('lua-vang', 'Huyện Lúa Vàng', 0.89, 0.91, { notApplicable: { '2.3.2': NO_UNLAWFUL } }),
      huyen('song-ngoc', 'Huyện Sông Ngọc', 0.92, 0.84, {
        // Good overall, but its one-stop office lags: the TTHC field falls below 75 %.
        forced: { '3.3.1': '4630/5230', '3.3.2': '412/5230', '3.4.1': 93.1, '3.4.2': 94.2 },
      }),
      huyen('doi-sim', 'Huyện Đồi Sim', 0.86, 0.86),
      huyen('gio-nam', 'Huyện Gió Nam', 0.86, 0.83, { twinOf: 'doi-sim' }),
      huyen('canh-dieu', 'Huyện Cánh Diều', 0.83, 0.85),
      huyen('ho-sen', 'Huyện Hồ Sen', 0.8, 0.8, { offsets: { '7': -0.3 } }),
      huyen('rung-thong', 'Huyện Rừng Thông', 0.76, 0.64, {
        adjustments: [
          {
            id: 'discipline',
            points: 0.5,
            reason: 'Công chức Bộ phận Một cửa bị kỷ luật khiển trách',
          },
        ],
      }),
      huyen('cat-trang', 'Thị xã Cát Trắng', 0.64, 0.7, {
        adjustments: [
          { id: 'discipline', points: 1, reason: 'Chậm khắc phục kết luận kiểm tra công vụ' },
        ],
      }),
    ],
  },
  {
    setId: 'illustrative-commune-2023',
    folder: 'communes',
    respondents: [120, 40],
    dossiers: [150, 900],
    late: { ratio: '3.2.2', apology: '3.2.5' },
    profiles: [
      xa('hoa-ban', 'Xã Hoa Ban', 'xã', 0.92),
      xa('suoi-trong', 'Xã Suối Trong', 'xã', 0.84, {
        adjustments: [
          {
            id: 'initiative',
            points: 0.5,
            reason: 'Mô hình "Tổ công nghệ số cộng đồng" được huyện công nhận',
          },
        ],
      }),
      xa('dong-co', 'Xã Đồng Cỏ', 'xã', 0.76, { offsets: { '7': -0.35 } }),
      xa('nuong-che', 'Xã Nương Chè', 'xã', 0.54, {
        notApplicable: { '3.4.1': 'Trong năm không nhận được phản ánh, kiến nghị về TTHC' },
      }),
      xa('ben-da', 'Phường Bến Đá', 'phường', 0.94),
      xa('pho-cu', 'Phường Phố Cũ', 'phường', 0.86),
      xa('cau-go', 'Phường Cầu Gỗ', 'phường', 0.8, { offsets: { '3': -0.3 } }),
      xa('cho-chieu', 'Phường Chợ Chiều', 'phường', 0.74, {
        notApplicable: { '2.3.1': 'Trong năm không có vụ việc hòa giải ở cơ sở' },
      }),
    ],
  },
  {
    setId: 'illustrative-department-2023',
    folder: 'departments',
    respondents: [200, 60],
    dossiers: [400, 3000],
    profiles: [
      so('so-noi-vu', 'Sở Nội vụ', 'SNV', 0.93, {
        notApplicable: { '3.5': 'Trong năm không nhận được phản ánh, kiến nghị về TTHC' },
      }),
      so('so-tu-phap', 'Sở Tư pháp', 'STP', 0.82, {
        notApplicable: { '6.2': 'Không được giao kế hoạch vốn đầu tư công' },
      }),
      so('so-tai-chinh', 'Sở Tài chính', 'STC', 0.75, {
        adjustments: [
          { id: 'initiative', points: 0.5, reason: 'Sáng kiến thanh toán phí, lệ phí trực tuyến' },
        ],
      }),
      so('so-xay-dung', 'Sở Xây dựng', 'SXD', 0.7, { offsets: { '3': -0.2, '7': -0.2 } }),
    ],
  },
];

// --- deterministic randomness -------------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
/** Roughly normal noise with standard deviation `sd` (sum of three uniforms). */
const noise = (rng: Rng, sd: number): number => (rng() + rng() + rng() - 1.5) * 2 * sd;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

// --- raw values, per rule kind --------------------------------------------------------------

/** An evidence document as written in the YAML file. */
interface EvidenceDoc {
  number: string;
  date: string;
  issuer: string;
  title: string;
  section?: string;
}

/** An assessment entry as written in the YAML file. */
interface RawEntry {
  code: string;
  value?: unknown;
  points?: number;
  notApplicable?: string;
  selfScore?: number;
  appraisal?: number[];
  appraisalNotes?: string[];
  unitAnswer?: string;
  evidence?: EvidenceDoc[];
  explanation?: string;
  uncertainty?: { standardError: number };
}

interface Ctx {
  readonly rng: Rng;
  readonly kind: Kind;
  readonly profile: Profile;
}

const byCount = (node: CriteriaNode): boolean => /hồ sơ/i.test(node.name);

function ratioValue(node: CriteriaNode, percent: number, ctx: Ctx): unknown {
  const r = Math.min(100, Math.max(0, percent));
  if (!byCount(node)) return round1(r);
  const total = int(ctx.rng, ctx.kind.dossiers[0], ctx.kind.dossiers[1]);
  return `${Math.round((total * r) / 100)}/${total}`;
}

function surveyAnswers(codes: readonly string[], n: number, p: number, rng: Rng): unknown {
  // Shares A, B, C, D from quality p: p², 2p(1−p), then the rest split 70/30.
  const probs = [p * p, 2 * p * (1 - p), 0.7 * (1 - p) ** 2];
  const counts = codes.map(() => 0);
  for (let i = 0; i < n; i++) {
    let u = rng();
    let k = 0;
    while (k < probs.length && u >= (probs[k] ?? 0)) u -= probs[k++] ?? 0;
    const at = Math.min(k, codes.length - 1);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return Object.fromEntries(codes.map((c, i) => [c, counts[i] ?? 0]));
}

/** The raw value (or points, for `direct`) a unit of quality `p` reports for a leaf. */
function rawFor(rule: ScoringRule, node: CriteriaNode, p: number, ctx: Ctx): Partial<RawEntry> {
  const { rng } = ctx;
  return match(rule)
    .with({ kind: 'direct' }, (r) => {
      const step = Number(r.step ?? '0.25');
      const max = Number(node.max);
      return { points: Math.round((max * clamp01(p + noise(rng, 0.1))) / step) * step };
    })
    .with({ kind: 'yes-no' }, () => ({ value: rng() < p ? 'Có' : 'Không' }))
    .with({ kind: 'ratio-tiers', direction: 'higher-better' }, (r) => {
      // Spread the ratio over the tiers' own range, so steep tiers (98 %, 95 %) and low ones
      // (online payment from 10 %) are both reached by good and weak units alike.
      const top = Number(r.tiers[0]?.at ?? '100');
      const bottom = Number(r.tiers[r.tiers.length - 1]?.at ?? '0');
      const percent =
        rng() < p * p
          ? top + (100 - top) * 0.5 * rng()
          : top - (top - bottom + 5) * (1 - clamp01(p + noise(rng, 0.15))) * 1.5;
      return { value: ratioValue(node, percent, ctx) };
    })
    .with({ kind: 'ratio-tiers', direction: 'lower-better' }, () => {
      const zero = rng() < p * p * 0.8;
      return { value: ratioValue(node, zero ? 0 : (1.02 - p) * 12 * rng(), ctx) };
    })
    .with({ kind: 'ratio-linear' }, (r) => {
      const lower = Number(r.lower);
      const upper = Number(r.upper);
      const share = Math.min(1.05, Math.max(-0.2, p + noise(rng, 0.12)));
      return { value: ratioValue(node, lower + (upper - lower) * share, ctx) };
    })
    .with({ kind: 'deduction' }, (r) => {
      const items = Math.ceil(Number(node.max) / Number(r.perItem)) + 1;
      return { value: Math.floor(rng() * (1 - p) * items * 1.5) };
    })
    .with({ kind: 'deadline' }, (r) => {
      const days = rng() < p ? -int(rng, 0, 12) : int(rng, 1, Math.round(40 * (1 - p)) + 5);
      const due = new Date(`${r.due ?? '2023-01-31'}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + days);
      return { value: isoDay(due) };
    })
    .with({ kind: 'survey-options' }, (r) => {
      const sipas = r.options.some((o) => o.label === 'Rất hài lòng');
      const n = ctx.kind.respondents[sipas ? 0 : 1];
      return {
        value: surveyAnswers(
          r.options.map((o) => o.code),
          n,
          p,
          rng,
        ),
      };
    })
    .with({ kind: 'survey-scale' }, (r) => {
      const min = Number(r.min);
      const span = Number(r.max) - min;
      return { value: Math.round((min + span * clamp01(p + noise(rng, 0.08))) * 100) / 100 };
    })
    .exhaustive();
}

// --- evidence, self-assessment and appraisal -------------------------------------------------

const lowerFirst = (s: string): string => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

function randomDate(rng: Rng, fromMonth: number, toMonth: number): string {
  return `2023-${pad(int(rng, fromMonth, toMonth))}-${pad(int(rng, 1, 28))}`;
}

/** A plausible (fictional) evidence document for a leaf. */
function evidenceFor(node: CriteriaNode, entry: RawEntry, ctx: Ctx): EvidenceDoc[] {
  const { rng, profile } = ctx;
  const plan = /kế hoạch/i.test(node.name) && /^Ban hành/i.test(node.name);
  const rule = node.rule?.kind ?? 'direct';
  const [type, title] = plan
    ? [
        'KH',
        `Kế hoạch ${node.name.replace(/^Ban hành kế hoạch /i, '').replace(/ đúng thời hạn$/, '')}`,
      ]
    : rule === 'deadline'
      ? ['QĐ', `Quyết định về việc ${lowerFirst(node.name.replace(/ đúng thời hạn$/, ''))}`]
      : /^(Ban hành quy chế|Quy chế|Quy định|Phê duyệt)/i.test(node.name)
        ? ['QĐ', `Quyết định về ${lowerFirst(node.name)}`]
        : ['BC', `Báo cáo kết quả: ${lowerFirst(node.name)}`];
  const year = / năm$/.test(title) ? ' 2023' : ' năm 2023';
  // Plans early in the year, decisions during it, reports before the 30/11 self-assessment.
  const months: Record<string, [number, number]> = { KH: [1, 3], QĐ: [1, 10], BC: [6, 11] };
  const [from, to] = months[type] ?? [1, 11];
  const date =
    rule === 'deadline' && typeof entry.value === 'string'
      ? entry.value
      : randomDate(rng, from, to);
  const doc: EvidenceDoc = {
    number: `${int(rng, 5, 480)}/${type}-${profile.suffix}`,
    date,
    issuer: profile.issuer,
    title: `${title}${year}`,
  };
  if (type === 'BC' && rng() < 0.3) doc.section = rng() < 0.5 ? 'Phụ lục I' : 'Mục II.3';
  const docs = [doc];
  if (rng() < 0.08) {
    docs.push({
      number: `${int(rng, 20, 900)}/BB-SNV`,
      date: randomDate(rng, 9, 11),
      issuer: 'Sở Nội vụ tỉnh Minh Sơn (hư cấu)',
      title: `Biên bản kiểm tra công tác cải cách hành chính năm 2023 tại ${lowerFirst(profile.name)}`,
    });
  }
  return docs;
}

/** The appraisal team's reason for cutting round 1, by rule kind (no draw: numbers stay put). */
function roundOneReason(node: CriteriaNode): string {
  return match(node.rule?.kind ?? 'direct')
    .with('yes-no', () => 'Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện')
    .with(
      'ratio-tiers',
      'ratio-linear',
      () => 'Tỷ lệ tính lại theo số liệu trong tài liệu kiểm chứng thấp hơn số kê khai',
    )
    .with('deduction', () => 'Có thêm trường hợp chậm theo số liệu theo dõi của Sở Nội vụ')
    .with('deadline', () => 'Văn bản ban hành sau thời hạn quy định')
    .with('direct', () => 'Tài liệu kiểm chứng chưa đủ cho mức điểm tự chấm')
    .otherwise(() => 'Thiếu tài liệu kiểm chứng cho một phần nội dung');
}

/** Adds self-scores, appraisal rounds and evidence, from the points the rules give. */
function addAppraisal(entry: RawEntry, node: CriteriaNode, points: string, ctx: Ctx): RawEntry {
  const { rng } = ctx;
  const out: RawEntry = { ...entry };
  if (node.method === 'survey' || entry.notApplicable !== undefined) return out;
  const pts = dec(points);
  const exact = pts.decimalPlaces() <= 3;
  const u = rng();
  const ratio = node.rule?.kind === 'ratio-tiers' || node.rule?.kind === 'ratio-linear';
  if (u < 0.1 && exact && pts.gte(0.5)) {
    // Appraisal found part of the claim unsupported; round 2 sometimes gives some back.
    const base = pts.times(4).floor().div(4);
    const r1 = D.max(0, base.minus(0.25 * int(rng, 1, 2)));
    out.selfScore = pts.toNumber();
    out.appraisal = [r1.toNumber()];
    out.appraisalNotes = [roundOneReason(node)];
    if (rng() < 0.5) {
      const r2 = D.min(pts, r1.plus(0.25));
      out.appraisal.push(r2.toNumber());
      const back = r2.minus(r1).toString().replace('.', ',');
      out.appraisalNotes.push(`Chấp nhận tài liệu kiểm chứng bổ sung, cộng lại ${back} điểm`);
      out.unitAnswer = 'Đơn vị đã gửi bổ sung tài liệu kiểm chứng kèm công văn giải trình.';
      out.explanation = 'Đơn vị đã bổ sung tài liệu kiểm chứng sau thẩm định vòng 1.';
    }
  } else if (u < 0.14 && exact && ratio && pts.lt(dec(node.max))) {
    // The unit declared full points; the appraisal applies the rule to the evidenced ratio.
    out.selfScore = dec(node.max).toNumber();
    out.appraisal = [pts.toNumber()];
    out.appraisalNotes = ['Đơn vị tự chấm điểm tối đa; chấm lại theo tỷ lệ đã kê khai'];
  } else if (u < 0.4 && exact && pts.gt(0) && entry.points === undefined) {
    out.selfScore = pts.toNumber();
  }
  if (entry.value === 'Không') {
    out.explanation = 'Nhiệm vụ chưa thực hiện trong năm 2023.';
  } else if (rng() < 0.04) {
    out.explanation =
      'Chưa thu thập đủ tài liệu kiểm chứng; đơn vị cam kết bổ sung trong kỳ thẩm định.';
  } else {
    out.evidence = evidenceFor(node, entry, ctx);
  }
  return out;
}

// --- units ------------------------------------------------------------------------------------

/** An assessment as written in the YAML file. */
interface RawAssessment {
  criteriaSet: string;
  unit: { id: string; name: string; block: string };
  period: string;
  entries: RawEntry[];
  adjustments?: { id: string; points: number; reason: string }[];
}

function* leavesOf(nodes: readonly CriteriaNode[]): Generator<CriteriaNode> {
  for (const n of nodes) {
    if (n.children.length === 0) yield n;
    else yield* leavesOf(n.children);
  }
}

const fieldOf = (code: string): string => code.split('.')[0] ?? code;

function score(set: CriteriaSet, raw: RawAssessment, stage: 'self' | 'final') {
  return scoreAssessment(set, parseAssessment(raw, set), { stage });
}

function rawAssessment(
  set: CriteriaSet,
  profile: Profile,
  period: string,
  entries: RawEntry[],
): RawAssessment {
  return {
    criteriaSet: set.id,
    unit: { id: profile.id, name: profile.name, block: profile.block },
    period,
    entries,
    ...(period === '2023' && profile.adjustments ? { adjustments: [...profile.adjustments] } : {}),
  };
}

/** Values for every leaf, drawn from the unit's quality. */
function valueEntries(set: CriteriaSet, ctx: Ctx): RawEntry[] {
  const { profile, rng } = ctx;
  const entries: RawEntry[] = [];
  for (const leaf of leavesOf(set.fields)) {
    const reason = profile.notApplicable?.[leaf.code];
    if (reason !== undefined) {
      entries.push({ code: leaf.code, notApplicable: reason });
      continue;
    }
    const p = clamp01(profile.q + (profile.offsets?.[fieldOf(leaf.code)] ?? 0) + noise(rng, 0.1));
    const drawn = rawFor(leaf.rule ?? { kind: 'direct' }, leaf, p, ctx);
    const forced = profile.forced?.[leaf.code];
    entries.push({ code: leaf.code, ...(forced === undefined ? drawn : { value: forced }) });
  }
  const late = ctx.kind.late;
  const lateEntry = entries.find((e) => e.code === late?.ratio);
  if (late && (lateEntry?.value === 0 || String(lateEntry?.value).startsWith('0/'))) {
    const i = entries.findIndex((e) => e.code === late.apology);
    if (i >= 0)
      entries[i] = { code: late.apology, notApplicable: 'Không có hồ sơ giải quyết quá hạn' };
  }
  return entries;
}

function unitEntries(set: CriteriaSet, ctx: Ctx): RawEntry[] {
  const leaves = new Map([...leavesOf(set.fields)].map((n) => [n.code, n]));
  const first = valueEntries(set, ctx);
  const self = score(set, rawAssessment(set, ctx.profile, '2023', first), 'self');
  const share = ctx.kind.surveyError;
  return first.map((e) => {
    const node = leaves.get(e.code);
    const points = findNode(self, e.code)?.points ?? '0';
    const out = node ? addAppraisal(e, node, points, ctx) : e;
    if (share === undefined || node?.method !== 'survey' || out.notApplicable !== undefined)
      return out;
    return { ...out, uncertainty: { standardError: dec(node.max).times(share).toNumber() } };
  });
}

/**
 * A twin of another unit: the same entries with some yes/no outcomes of equal weight swapped
 * (a different profile, the same total), then one ratio nudged so the unrounded indices differ
 * while the published (rounded) ones tie.
 */
function twinEntries(
  set: CriteriaSet,
  base: RawAssessment,
  twin: Profile,
  baseProfile: Profile,
): RawEntry[] {
  const text = JSON.stringify(base.entries).replaceAll(baseProfile.issuer, twin.issuer);
  const entries = JSON.parse(text) as RawEntry[];
  const plain = (e: RawEntry) => e.selfScore === undefined && e.appraisal === undefined;
  const maxOf = new Map([...leavesOf(set.fields)].map((n) => [n.code, n.max]));
  let swaps = 0;
  for (const yes of entries) {
    if (swaps >= 3 || yes.value !== 'Có' || !plain(yes)) continue;
    const no = entries.find(
      (e) => e.value === 'Không' && plain(e) && maxOf.get(e.code) === maxOf.get(yes.code),
    );
    if (no) {
      [yes.value, no.value] = ['Không', 'Có'];
      swaps++;
    }
  }
  const baseResult = score(set, base, 'final');
  const rules = new Map([...leavesOf(set.fields)].map((n) => [n.code, n.rule?.kind]));
  for (const e of entries) {
    if (rules.get(e.code) !== 'ratio-linear' || typeof e.value !== 'number' || !plain(e)) continue;
    for (const delta of [0.1, -0.1, 0.2, -0.2]) {
      const candidate = entries.map((x) =>
        x === e ? { ...x, value: round1((x.value as number) + delta) } : x,
      );
      const r = score(set, rawAssessment(set, twin, '2023', candidate), 'final');
      if (r.shown.index === baseResult.shown.index && r.index !== baseResult.index)
        return candidate;
    }
  }
  return entries;
}

/** 2022: field totals only (as published), from the unit's 2022 quality. */
function fieldTotals(set: CriteriaSet, profile: Profile): RawEntry[] {
  const rng = mulberry32(seedOf(`${set.id}/${profile.id}/2022`));
  return set.fields.map((f) => {
    const p = clamp01((profile.q2022 ?? profile.q) + noise(rng, 0.06));
    return { code: f.code, points: dec(f.max).times(p).toDecimalPlaces(2).toNumber() };
  });
}

// --- output -----------------------------------------------------------------------------------

const HEADER =
  '# Tỉnh Minh Sơn (hư cấu): mọi đơn vị và số liệu đều là giả định, chấm theo bộ chỉ số minh họa.\n' +
  '# Fictional province: every unit and number is invented. Generated by\n' +
  '# scripts/generate-examples.ts (npx tsx scripts/generate-examples.ts); do not edit by hand.\n';

function writeYaml(path: string, raw: RawAssessment): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, HEADER + stringify(raw, { lineWidth: 0 }));
}

function loadSet(id: string): CriteriaSet {
  return parseCriteriaSet(JSON.parse(readFileSync(join(ROOT, 'criteria', `${id}.json`), 'utf8')));
}

function main(): void {
  rmSync(join(OUT, '2023'), { recursive: true, force: true });
  rmSync(join(OUT, '2022'), { recursive: true, force: true });
  for (const kind of KINDS) {
    const set = loadSet(kind.setId);
    const done = new Map<string, RawAssessment>();
    const lines: [string, string][] = [];
    for (const profile of kind.profiles) {
      const ctx: Ctx = { rng: mulberry32(seedOf(`${set.id}/${profile.id}`)), kind, profile };
      const base = profile.twinOf === undefined ? undefined : done.get(profile.twinOf);
      const baseProfile = kind.profiles.find((p) => p.id === profile.twinOf);
      const entries =
        base && baseProfile ? twinEntries(set, base, profile, baseProfile) : unitEntries(set, ctx);
      const raw = rawAssessment(set, profile, '2023', entries);
      done.set(profile.id, raw);
      writeYaml(join(OUT, '2023', kind.folder, `${profile.id}.yaml`), raw);
      const r = score(set, raw, 'final');
      const fired = r.triggers.map((t) => t.id).join(',');
      let line = `${r.shown.index.padStart(6)}  ${(r.band?.code ?? '').padEnd(5)} ${profile.name} ${fired}`;
      if (profile.q2022 !== undefined) {
        const old = rawAssessment(set, profile, '2022', fieldTotals(set, profile));
        writeYaml(join(OUT, '2022', kind.folder, `${profile.id}.yaml`), old);
        line += `  (2022: ${score(set, old, 'final').shown.index})`;
      }
      lines.push([r.index, line]);
    }
    console.log(`\n${set.id}`);
    for (const [, line] of lines.sort((a, b) => dec(b[0]).comparedTo(dec(a[0])))) console.log(line);
  }
}

main();
