import commune2023 from '../../criteria/illustrative-commune-2023.json' with { type: 'json' };
import department2023 from '../../criteria/illustrative-department-2023.json' with { type: 'json' };
import district2023 from '../../criteria/illustrative-district-2023.json' with { type: 'json' };
import province2017 from '../../criteria/national-province-2017-fields.json' with { type: 'json' };
import type { AdminLevel, CriteriaSet, Provenance } from '../model/criteria-set.js';
import { parseCriteriaSet } from '../parse/parse-criteria-set.js';

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

const RAW: readonly unknown[] = [district2023, commune2023, department2023, province2017];

// Parsed on first use, once: importing the library does no work, and a bad bundled file
// fails loudly in tests rather than scoring silently.
const cache = new Map<string, CriteriaSet>();

function rawById(id: string): unknown {
  return RAW.find((r) => (r as { id?: unknown }).id === id);
}

/**
 * The criteria sets bundled with the library, with their provenance. Illustrative sets are
 * examples, not official numbers.
 *
 * @example
 * listCriteriaSets().map((s) => `${s.id} (${s.provenance})`);
 */
export function listCriteriaSets(): readonly CriteriaSetSummary[] {
  return RAW.map((raw) => {
    const set = getCriteriaSet((raw as { id: string }).id) as CriteriaSet;
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
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const raw = rawById(id);
  if (raw === undefined) return undefined;
  const set = parseCriteriaSet(raw);
  cache.set(id, set);
  return set;
}
