import type { AdminLevel, CriteriaSet, Provenance } from '../model/criteria-set.js';
// The files of criteria/ as parseCriteriaSet builds them (scripts/write-bundled-sets.ts; a test
// checks they are current): loading a bundled set needs no schema, so the core stays small.
import bundled from './bundled-sets.json' with { type: 'json' };

/** What {@link listCriteriaSets} tells about a bundled set without parsing it. */
export interface CriteriaSetSummary {
  /** Stable identifier, as passed to {@link getCriteriaSet}. */
  readonly id: string;
  /** Vietnamese title. */
  readonly title: string;
  /** Which units the set scores (province, district, commune, …). */
  readonly level: AdminLevel;
  /** Whether the numbers are official or only illustrative. */
  readonly provenance: Provenance;
  /** True when only part of the official set is encoded (e.g. fields only). */
  readonly partial: boolean;
  /** The year assessed, when the set is for one year. */
  readonly year?: number | undefined;
}

const SETS = bundled as unknown as readonly CriteriaSet[];

/**
 * The criteria sets bundled with the library, with their provenance. Illustrative sets are
 * examples, not official numbers.
 *
 * @example
 * listCriteriaSets().map((s) => `${s.id} (${s.provenance})`);
 */
export function listCriteriaSets(): readonly CriteriaSetSummary[] {
  return SETS.map((set) => {
    return {
      id: set.id,
      title: set.title,
      level: set.level,
      provenance: set.provenance,
      partial: set.partial,
      ...(set.year !== undefined ? { year: set.year } : {}),
    };
  });
}

/**
 * A bundled criteria set by id, validated; `undefined` when no bundled set has this id.
 *
 * @example
 * const set = getCriteriaSet('illustrative-district-2023');
 */
export function getCriteriaSet(id: string): CriteriaSet | undefined {
  return SETS.find((s) => s.id === id);
}
