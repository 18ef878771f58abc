import { dec, sum, toDs } from '../internal/decimal.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { CriteriaNode, ScoringMethod } from '../model/criteria-node.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { BandLevelDraft } from '../schema/band.js';
import type { CriteriaSetDraft } from '../schema/criteria-set.js';
import type { CriteriaNodeDraft } from '../schema/node.js';
import { resolveRule } from '../schema/rule.js';

interface Inherited {
  readonly method: ScoringMethod;
  /** Only an explicit `evidenceRequired` on an ancestor is inherited. */
  readonly evidenceRequired: boolean | undefined;
}

function buildNode(draft: CriteriaNodeDraft, from: Inherited): CriteriaNode {
  const method = draft.method ?? from.method;
  const explicitEvidence = draft.evidenceRequired ?? from.evidenceRequired;
  const down: Inherited = { method, evidenceRequired: explicitEvidence };
  const isLeaf = draft.children.length === 0;
  return {
    code: draft.code,
    name: draft.name,
    ...(draft.nameEn === undefined ? {} : { nameEn: draft.nameEn }),
    max: draft.max,
    method,
    tags: draft.tags,
    evidenceRequired: explicitEvidence ?? method === 'appraisal',
    ...(draft.description === undefined ? {} : { description: draft.description }),
    ...(isLeaf ? { rule: resolveRule(draft.rule ?? { kind: 'direct' }, draft.max) } : {}),
    children: draft.children.map((child) => buildNode(child, down)),
  };
}

function buildLevels(levels: readonly BandLevelDraft[]): BandLevel[] {
  return levels.map((level, i) => {
    const below = level.below ?? levels[i - 1]?.min;
    return {
      code: level.code,
      label: level.label,
      ...(level.labelEn === undefined ? {} : { labelEn: level.labelEn }),
      min: level.min,
      ...(below === undefined ? {} : { below }),
      weak: level.weak ?? false,
    };
  });
}

function buildScale(name: string | undefined, levels: readonly BandLevelDraft[]): BandScale {
  return { ...(name === undefined ? {} : { name }), levels: buildLevels(levels) };
}

/**
 * Turns a checked draft into the model: inherited methods and evidence flags, leaf rules with
 * their defaults, inferred band bounds, and the set's maximum.
 */
export function buildCriteriaSet(draft: CriteriaSetDraft): CriteriaSet {
  const top: Inherited = { method: 'appraisal', evidenceRequired: undefined };
  const fields = draft.fields.map((f) => buildNode(f, top));
  const { bands, criterionRating: rating } = draft;
  const optional = {
    titleEn: draft.titleEn,
    year: draft.year,
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    provenanceNote: draft.provenanceNote,
    bands: bands === undefined ? undefined : buildScale(bands.name, bands.levels),
    criterionRating:
      rating === undefined
        ? undefined
        : { depth: rating.depth, scale: buildScale(rating.name, rating.levels) },
  };
  return {
    id: draft.id,
    title: draft.title,
    level: draft.level,
    provenance: draft.provenance,
    partial: draft.partial,
    decisions: draft.decisions.map((d) => withoutUndefined(d)),
    rounding: draft.rounding,
    classifyOn: draft.classifyOn,
    totalCap: draft.totalCap,
    fields,
    adjustments: draft.adjustments,
    triggers: draft.triggers,
    max: toDs(sum(fields.map((f) => dec(f.max)))),
    ...withoutUndefined(optional),
  };
}

/** Drops keys whose value is undefined, so outputs compare equal to hand-written objects. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
