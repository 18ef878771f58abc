import { getCriteriaSet } from '../../criteria-sets/registry.js';
import { dec } from '../../internal/decimal.js';
import type { BandLevel } from '../../model/bands.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { ScoreResult } from '../../model/score-result.js';

/** Colours of one band: `strong` for chart bars and legend swatches, `light` for cell fills. */
export interface BandColour {
  /** Hex colour `#rrggbb` for bars. */
  readonly strong: string;
  /** Hex colour `#rrggbb` for cell backgrounds (dark text on it). */
  readonly light: string;
}

/** One criteria set's bands, best first, with their colours: what a legend shows. */
export interface BandLegend {
  /** Criteria set id. */
  readonly setId: string;
  /** Criteria set title (the legend's caption). */
  readonly setTitle: string;
  /** English title, when the set has one. */
  readonly setTitleEn?: string | undefined;
  /** The bands, best first. */
  readonly items: readonly {
    readonly code: string;
    readonly label: string;
    readonly labelEn?: string | undefined;
    readonly colour: BandColour;
  }[];
}

/** Band colours of every criteria set in a report, and one legend per set. */
export interface BandColours {
  /** Colour by set id, then band code. */
  readonly bySet: ReadonlyMap<string, ReadonlyMap<string, BandColour>>;
  /** One legend per criteria set, in the order the sets first appear. */
  readonly legends: readonly BandLegend[];
}

// Green (best) to red (failing); a scale of n bands takes n evenly spread stops.
const STRONG = ['#1b7837', '#5aae61', '#d9a21b', '#e0663a', '#b2182b'] as const;
const LIGHT = ['#c6efce', '#e2f0d9', '#ffeb9c', '#fcd5b4', '#ffc7ce'] as const;

/** Colour of units with no band. */
export const NO_BAND_COLOUR: BandColour = { strong: '#8c8c8c', light: '#ededed' };

/**
 * Colours for a scale of `count` bands, best first: the best green, the last (failing or weak)
 * red, those between graded through light green, amber and orange.
 *
 * @example
 * bandPalette(3).map((c) => c.strong); // ['#1b7837', '#d9a21b', '#b2182b']
 */
export function bandPalette(count: number): BandColour[] {
  return Array.from({ length: count }, (_, i) => {
    const at = count <= 1 ? 0 : Math.round((i * (STRONG.length - 1)) / (count - 1));
    return { strong: STRONG[at] ?? STRONG[0], light: LIGHT[at] ?? LIGHT[0] };
  });
}

/**
 * Assigns band colours per criteria set, in the set's band order (best first). A set is taken
 * from `sets`, else from the bundled sets; a set known neither way has its bands ordered by the
 * best index among the units holding each (on one scale a better band holds higher indices).
 *
 * @param results - The scored units.
 * @param sets - The criteria sets the results were scored with.
 * @returns Colours by set and band, and one legend per set.
 * @example
 * bandColours(results, [set]).bySet.get(set.id)?.get('tot')?.strong; // '#1b7837'
 */
export function bandColours(
  results: readonly ScoreResult[],
  sets: readonly CriteriaSet[] = [],
): BandColours {
  const bySet = new Map<string, Map<string, BandColour>>();
  const legends: BandLegend[] = [];
  for (const r of results) {
    const id = r.criteriaSet.id;
    if (bySet.has(id)) continue;
    const set = sets.find((s) => s.id === id) ?? getCriteriaSet(id);
    const levels =
      set?.bands?.levels ?? inferredLevels(results.filter((x) => x.criteriaSet.id === id));
    if (levels.length === 0) continue;
    const palette = bandPalette(levels.length);
    const items = levels.map((level, i) => ({
      code: level.code,
      label: level.label,
      ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
      colour: palette[i] ?? NO_BAND_COLOUR,
    }));
    bySet.set(id, new Map(items.map((item) => [item.code, item.colour])));
    legends.push({
      setId: id,
      setTitle: r.criteriaSet.title,
      ...(r.criteriaSet.titleEn !== undefined ? { setTitleEn: r.criteriaSet.titleEn } : {}),
      items,
    });
  }
  return { bySet, legends };
}

type Level = Pick<BandLevel, 'code' | 'label' | 'labelEn'>;

function inferredLevels(results: readonly ScoreResult[]): Level[] {
  const best = new Map<string, { level: Level; index: string }>();
  for (const r of results) {
    if (r.band === undefined) continue;
    const seen = best.get(r.band.code);
    if (seen === undefined || dec(r.index).greaterThan(dec(seen.index))) {
      best.set(r.band.code, { level: r.band, index: r.index });
    }
  }
  return [...best.values()]
    .sort((a, b) => dec(b.index).comparedTo(dec(a.index)) || (a.level.code < b.level.code ? -1 : 1))
    .map((x) => x.level);
}

/**
 * The colour of a unit's band in its criteria set, grey when it has none or it is unknown.
 *
 * @example
 * colourOf(colours, result.criteriaSet.id, result.band?.code).light; // '#c6efce'
 */
export function colourOf(
  colours: BandColours,
  setId: string | undefined,
  code: string | undefined,
): BandColour {
  if (code === undefined) return NO_BAND_COLOUR;
  if (setId !== undefined) return colours.bySet.get(setId)?.get(code) ?? NO_BAND_COLOUR;
  // A ranked unit without a result: its band code in the only set that has it.
  const holders = [...colours.bySet.values()].filter((m) => m.has(code));
  return holders.length === 1 ? (holders[0]?.get(code) ?? NO_BAND_COLOUR) : NO_BAND_COLOUR;
}
