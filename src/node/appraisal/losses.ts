import { walkScores } from '../../engine/find-node.js';
import { scoreAssessment } from '../../engine/score-assessment.js';
import { dec, toDs } from '../../internal/decimal.js';
import type { Assessment, UnitInfo } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { DecimalString } from '../../model/decimal-string.js';
import type { BandResult, NodeScore } from '../../model/score-result.js';

/** A node whose appraisal differs from what the unit declared, in tree order. */
export interface LossRow {
  /** Node code. */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** English name, when the set has one. */
  readonly nameEn?: string | undefined;
  /** 1 for a field, 2 for a criterion, … */
  readonly depth: number;
  /** The node's applicable maximum. */
  readonly max: DecimalString;
  /** Points the unit declared for the node (its children's sum for a parent appraised whole). */
  readonly self: DecimalString;
  /** Appraisal round 1. */
  readonly round1?: DecimalString | undefined;
  /** Appraisal round 2, after the unit's answer. */
  readonly round2?: DecimalString | undefined;
  /** The points that count: round 2, else round 1. */
  readonly final: DecimalString;
  /** self − final (negative when the team gave more). */
  readonly lost: DecimalString;
  /** The team's reason for round 1. */
  readonly note1?: string | undefined;
  /** The team's reason for round 2. */
  readonly note2?: string | undefined;
  /** The unit's answer to round 1. */
  readonly answer?: string | undefined;
  /** The unit's explanation given with its self-assessment. */
  readonly explanation?: string | undefined;
}

/** A field's totals through the appraisal. */
export interface FieldLossTotals {
  /** Field code. */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** English name, when the set has one. */
  readonly nameEn?: string | undefined;
  /** Applicable maximum. */
  readonly max: DecimalString;
  /** Self-assessed points. */
  readonly self: DecimalString;
  /** Points after round 1. */
  readonly round1: DecimalString;
  /** Points after the last round. */
  readonly final: DecimalString;
  /** self − final. */
  readonly lost: DecimalString;
}

/** Totals of one stage: points (with bonus and penalty), index and band, exact and published. */
export interface StageTotals {
  /** Sum of the fields. */
  readonly basePoints: DecimalString;
  /** Total points (bonus and penalty applied). */
  readonly points: DecimalString;
  /** Index in percent (exact). */
  readonly index: DecimalString;
  /** Published total points and index (the set's rounding). */
  readonly shown: {
    /** Total points, published. */
    readonly points: string;
    /** Index, published. */
    readonly index: string;
  };
  /** Band at this stage. */
  readonly band?: BandResult | undefined;
}

/** "Where the points went": one unit's appraisal against its self-assessment. */
export interface UnitLosses {
  /** The unit. */
  readonly unit: UnitInfo;
  /** Period assessed. */
  readonly period: string;
  /** The criteria set. */
  readonly criteriaSet: {
    /** Set id. */
    readonly id: string;
    /** Vietnamese title. */
    readonly title: string;
    /** English title, when the set has one. */
    readonly titleEn?: string | undefined;
  };
  /** Decimal places and rounding mode of published values (the set's). */
  readonly places: number;
  /** Rounding mode of published values. */
  readonly roundingMode: 'half-up' | 'half-even';
  /** Applicable maximum of the unit. */
  readonly max: DecimalString;
  /** Every node appraised differently from what the unit declared (in either round). */
  readonly rows: readonly LossRow[];
  /** Every field's totals. */
  readonly fields: readonly FieldLossTotals[];
  /** Totals at the self stage, after round 1 and after the last round. */
  readonly totals: {
    /** As the unit declared. */
    readonly self: StageTotals;
    /** After appraisal round 1. */
    readonly round1: StageTotals;
    /** After the last round. */
    readonly final: StageTotals;
  };
  /** Total points lost at appraisal: self − final (fields only). */
  readonly lost: DecimalString;
}

/**
 * Where a unit's points went at appraisal (điểm bị trừ khi thẩm định): every node whose round 1
 * or round 2 differs from what the unit declared, with both values, the team's reasons, the
 * unit's answer; each field's totals through the rounds; the totals, index and band before and
 * after. All numbers come from the engine (`scoreAssessment` at the three stages), exact;
 * writers round them with the set's rule.
 *
 * @param set - The criteria set.
 * @param assessment - The unit's assessment, with its appraisal rounds.
 * @returns The unit's losses.
 * @example
 * const losses = appraisalLosses(set, assessment);
 * losses.rows.map((r) => [r.code, r.self, r.final]); // [['1.2', '3', '1.5'], …]
 */
export function appraisalLosses(set: CriteriaSet, assessment: Assessment): UnitLosses {
  const self = scoreAssessment(set, assessment, { stage: 'self' });
  const round1 = scoreAssessment(set, assessment, { stage: 'appraisal' });
  const final = scoreAssessment(set, assessment, { stage: 'final' });
  const rows: LossRow[] = [];
  for (const node of walkScores(final.fields)) {
    const row = lossRow(node);
    if (row !== undefined) rows.push(row);
  }
  const after1 = new Map(round1.fields.map((f) => [f.code, f.points]));
  const stage = (r: typeof final): StageTotals => ({
    basePoints: r.basePoints,
    points: r.points,
    index: r.index,
    shown: { points: r.shown.points, index: r.shown.index },
    ...(r.band === undefined ? {} : { band: r.band }),
  });
  return {
    unit: assessment.unit,
    period: assessment.period,
    criteriaSet: {
      id: set.id,
      title: set.title,
      ...(set.titleEn === undefined ? {} : { titleEn: set.titleEn }),
    },
    places: final.places,
    roundingMode: final.roundingMode,
    max: final.max,
    rows,
    fields: final.fields.map((f) => ({
      code: f.code,
      name: f.name,
      ...(f.nameEn === undefined ? {} : { nameEn: f.nameEn }),
      max: f.max,
      self: f.selfPoints,
      round1: after1.get(f.code) ?? f.points,
      final: f.points,
      lost: f.lostAtAppraisal,
    })),
    totals: { self: stage(self), round1: stage(round1), final: stage(final) },
    lost: toDs(dec(self.basePoints).minus(dec(final.basePoints))),
  };
}

function lossRow(node: NodeScore): LossRow | undefined {
  const entry = node.entry;
  if (entry === undefined || entry.appraisal.length === 0) return undefined;
  // Below a node appraised whole, or not applicable: its rounds do not count.
  if (node.status !== 'scored') return undefined;
  const [round1, round2] = entry.appraisal;
  const differs = entry.appraisal.some((r) => !dec(r).equals(dec(node.selfPoints)));
  if (!differs || round1 === undefined) return undefined;
  const final = round2 ?? round1;
  const [note1, note2] = entry.appraisalNotes ?? [];
  return {
    code: node.code,
    name: node.name,
    ...(node.nameEn === undefined ? {} : { nameEn: node.nameEn }),
    depth: node.depth,
    max: node.max,
    self: node.selfPoints,
    round1,
    ...(round2 === undefined ? {} : { round2 }),
    final,
    lost: toDs(dec(node.selfPoints).minus(dec(final))),
    ...(note1 === undefined || note1 === null ? {} : { note1 }),
    ...(note2 === undefined || note2 === null ? {} : { note2 }),
    ...(entry.unitAnswer === undefined ? {} : { answer: entry.unitAnswer }),
    ...(entry.explanation === undefined ? {} : { explanation: entry.explanation }),
  };
}
